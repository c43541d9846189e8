import { defineRule } from '../rules/define.js';
import { quotedWords } from './reported-context.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';

const MAX_COMPOUND_WORDS = 3;
// a hyphen joins the closing mark to the next word, or the word before to the opening mark: “woke”-washing, anti-“woke”
const HYPHEN_THEN_WORD = plainPattern(String.raw`^[-‐]\p{L}`, 'u');
const WORD_THEN_HYPHEN = plainPattern(String.raw`\p{L}[-‐]$`, 'u');

/**
 * A short quotation joined by a hyphen to a word is part of a compound modifier, the writer's coinage around a word
 * someone used, not speech: `a list of “woke”-approved films`, `her anti-“elite” tour`.
 */
export const compoundModifierQuote = defineRule({
  name: 'compound-modifier-quote',
  stage: 'quotes',
  description: `Rejects quotes of at most ${MAX_COMPOUND_WORDS} words joined by a hyphen to the word after or before them.`,
  apply(ctx) {
    for (const c of ctx.candidates) {
      if (c.rejected) continue;
      const { words } = quotedWords(ctx.text, c, MAX_COMPOUND_WORDS);
      if (words.length === 0 || words.length > MAX_COMPOUND_WORDS) continue;
      if (plainTest(HYPHEN_THEN_WORD, ctx.text.slice(c.close, c.close + 2)) || plainTest(WORD_THEN_HYPHEN, ctx.text.slice(Math.max(0, c.open - 2), c.open))) {
        ctx.reject(c, 'part of a compound modifier joined by a hyphen, not speech');
      }
    }
  },
});
