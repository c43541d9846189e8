import { defineRule } from '../rules/define.js';
import { plainExec, plainPattern, plainTest, startsUpper } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const CAPITALISED_END = plainPattern(String.raw`\p{Lu}[\p{L}.-]*\s*$`, 'u');
const LEADING_CAPITALISED = plainPattern(String.raw`^((?:\p{Lu}[\p{L}&.-]*\s+)+)\p{Ll}`, 'u');

// the organisation after the last "at/of/for/with/from" of a role that names one:
// "professor of economics at Mohammed V University" -> "Mohammed V University", "chairman of the works council" -> "works council"
const PREPOSITION = ({ anyOf }: Lexicon) => new RegExp(String.raw`\b${anyOf.affiliationPrepositions}\s+(?:the\s+)?`, 'gu');

/** The organisation a role names, from "... at/of/for ORG": `spokesman for the Interior Ministry`. */
export const affiliationFromRole = defineRule({
  name: 'affiliation-from-role',
  stage: 'mentions',
  description: 'Reads an affiliation from the last at/of/for/with phrase of a role that is capitalised or ends in an organisation noun.',
  apply(ctx) {
    for (const m of ctx.mentions) {
      if (!m.role) continue;
      const role = m.role.text;
      let found: string | null = null;
      for (const p of role.matchAll(ctx.lexicon.once(PREPOSITION))) {
        // "of" inside a capitalised name belongs to it: "the University of Alvor"
        if (found !== null && /^of\b/u.test(p[0]) && plainTest(CAPITALISED_END, role.slice(0, p.index))) continue;
        // the organisation, not where it is: "at the Royal Institute in London" -> "Royal Institute"
        const phrase = role.slice(p.index + p[0].length).split(/[,;(]|\s+in\s+/u)[0]!.trim();
        const last = phrase.split(/\s+/u).pop()?.toLowerCase() ?? '';
        if (startsUpper(phrase) || ctx.lexicon.organizationNouns.has(last)) found = phrase;
      }
      // a capitalised name leading a role written before the person: "Harbour Watch spokesman X"
      const leading = plainExec(LEADING_CAPITALISED, role)?.[1]?.trim();
      if (!found && leading && m.role.rule === 'role-before-name' && leading.split(/\s+/u).length > 1) found = leading;
      if (found) ctx.setAffiliation(m, found);
    }
  },
});
