import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import { startsLetter } from '../text/plain-pattern.js';
import { multiWordRoleStartingAt } from './role-phrase.js';

// an abbreviation of capitals with inner periods, its last period a token of its own: "U.S", "U.N"
const ABBREVIATION = /^(?:[A-Z]\.)+[A-Z]$/u;

/**
 * A role noun phrase that names one person: `The same researcher`, `the analyst`, `the former minister`,
 * `a senior official`, `the former chief of staff`. Up to three modifiers may stand between the determiner and the role noun.
 */
export const nominal = defineRule({
  name: 'nominal',
  stage: 'mentions',
  description: 'Finds determiner + modifiers + role noun phrases ("the same international expert").',
  apply(ctx) {
    const { tokens } = ctx.doc;
    const inQuote = insideAny(ctx.quotes);
    for (let i = 0; i < tokens.length; i++) {
      const det = tokens[i]!;
      if (!ctx.lexicon.nominalDeterminers.has(det.lower) || inQuote(det.start)) continue;
      let head = -1;
      for (let j = i + 1; j < tokens.length && j <= i + 6; j++) {
        const t = tokens[j]!;
        // the period of an abbreviation among the modifiers: "a senior U.S. official"
        if (t.text === '.' && j > i + 1 && t.sentence === det.sentence && ABBREVIATION.test(tokens[j - 1]!.text) && tokens[j - 1]!.end === t.start) continue;
        if (t.sentence !== det.sentence || !startsLetter(t.text) || ctx.lexicon.functionWords.has(t.lower)) break;
        // a role noun of several words: "the former chief of staff"
        const multiWord = multiWordRoleStartingAt(tokens, j, ctx.lexicon);
        if (multiWord >= 0) {
          head = multiWord;
          break;
        }
        if (ctx.lexicon.roleNouns.has(t.lower)) {
          head = j;
          // a compound role: "the party leader", "the press secretary"
          const next = tokens[j + 1];
          if (next && next.sentence === t.sentence && ctx.lexicon.roleNouns.has(next.lower)) head = j + 1;
          break;
        }
      }
      if (head < 0) continue;
      // "the tourist office", "the police station": a role noun modifying an organisation is no person
      const after = tokens[head + 1];
      if (after && after.sentence === det.sentence && ctx.lexicon.organizationNouns.has(after.lower)) continue;
      ctx.add({ start: det.start, end: tokens[head]!.end, type: 'nominal' });
      i = head;
    }
  },
});
