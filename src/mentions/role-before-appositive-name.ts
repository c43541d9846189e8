import { defineRule } from '../rules/define.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';

const LEADING_ARTICLE = ({ anyOf }: Lexicon) => new RegExp(String.raw`^${anyOf.articles}\s+`, 'iu');
// what may stand between the role noun and the name's comma: a phrase of its organisation ("for the Interior Ministry")
const ROLE_PHRASE_TO_COMMA = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s+${anyOf.affiliationPrepositions}\s+[^,;:.!?“”"«»()\[\]—–]{1,60}?\s*,\s*$`, 'u');
// a role after a possessive determiner, right before the name's comma: "Its parliamentary leader, "
const POSSESSIVE_ROLE = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:^|[\s(“"‘])${anyOf.thirdPersonPossessivesAndOur}\s+((?:[\p{Ll}-]+\s+){0,3}([\p{Ll}-]+))\s*,\s*$`, 'iu');
/** How many mentions after a nominal are looked at for the name set off after it. */
const NAME_LOOKAHEAD = 4;

/**
 * A role noun phrase with the name set off after it: `The authority's chair, Gordon MacLeish, told ...`,
 * `Her lawyer, Jane Doe, said`, `The spokesperson for the Harbour Board, Jane Doe, said`, `Its regional secretary,
 * Jane Doe, said`. The name takes the phrase (less its article or possessive) as its role.
 */
export const roleBeforeAppositiveName = defineRule({
  name: 'role-before-appositive-name',
  stage: 'mentions',
  description: 'Gives a name set off by commas the role of the nominal right before it ("the ministry\'s spokesman, X,", "its leader, X,").',
  apply(ctx) {
    const { text } = ctx;
    // (mentions come rule by rule, not in text order)
    const mentions = [...ctx.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    const closedAfter = (name: (typeof mentions)[number]) => /^\s*,/u.test(text.slice(name.end, name.end + 3));
    for (let i = 0; i < mentions.length; i++) {
      const m = mentions[i]!;
      if (m.type === 'name' && closedAfter(m)) {
        // "Its parliamentary leader, Jane Doe," (a possessive makes no nominal mention of its own)
        const possessive = plainExec(ctx.lexicon.once(POSSESSIVE_ROLE), text.slice(Math.max(0, m.start - 60), m.start));
        if (possessive && ctx.lexicon.roleNouns.has(possessive[2]!.toLowerCase()) && m.role === null) ctx.setRole(m, possessive[1]!);
        continue;
      }
      if (m.type !== 'nominal') continue;
      // the name starts after ", " (or after a phrase of the organisation and its comma) and is closed by a comma
      for (let k = i + 1; k < mentions.length && k <= i + NAME_LOOKAHEAD; k++) {
        const name = mentions[k]!;
        if (name.type !== 'name' || name.start - m.end > 80) continue;
        const between = text.slice(m.end, name.start);
        const bare = /^\s*,\s*$/u.test(between);
        if (!(bare || plainTest(ctx.lexicon.once(ROLE_PHRASE_TO_COMMA), between)) || !closedAfter(name)) continue;
        const role = bare ? m.text : text.slice(m.start, m.end + between.lastIndexOf(','));
        ctx.setRole(name, role.replace(ctx.lexicon.once(LEADING_ARTICLE), ''));
        break;
      }
    }
  },
});
