import { defineRule } from '../rules/define.js';
import { byClose, inSpeechVerbObject, insideReportedClause, quotedWords } from './reported-context.js';
import { plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';
const LOWER_WORD_NEXT = plainPattern(String.raw`^\s+([\p{Ll}][\p{Ll}-]*)`, 'u');

const MAX_SCARE_WORDS = 3;
const BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:^|\s)${anyOf.wordsBeforeScareQuote}\s*$`, 'iu');

/**
 * A short quoted word used as a modifier is a scare quote, not speech: `a “woke” rewrite`,
 * `dismissed as 'woke' hand-wringing`, `the so-called “experts” panel`. It stands where an adjective does: after a
 * determiner (or "as"), before a noun.
 */
export const scareQuote = defineRule({
  name: 'scare-quote',
  stage: 'quotes',
  description: `Rejects quotes of at most ${MAX_SCARE_WORDS} words that sit between a determiner and the noun they modify.`,
  apply(ctx) {
    const closing = byClose(ctx.candidates);
    for (const c of ctx.candidates) {
      if (c.rejected) continue;
      const { content, words } = quotedWords(ctx.text, c, MAX_SCARE_WORDS);
      if (words.length === 0 || words.length > MAX_SCARE_WORDS || /[.!?,;:]$/u.test(content)) continue;
      if (!plainTest(ctx.lexicon.once(BEFORE), ctx.text.slice(Math.max(0, c.open - 12), c.open))) continue;
      if (insideReportedClause(ctx, c.open, closing) || inSpeechVerbObject(ctx, c.open)) continue;
      const next = plainExec(LOWER_WORD_NEXT, ctx.text.slice(c.close, c.close + 40))?.[1];
      if (next && !ctx.lexicon.functionWords.has(next) && !ctx.lexicon.verbForms.has(next)) {
        ctx.reject(c, 'a scare quote: a quoted word used as a modifier, not speech');
      }
    }
  },
});
