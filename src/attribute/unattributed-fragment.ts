import { defineRule } from '../rules/define.js';
import { pending } from './quote-site.js';
import { alnumRuns } from '../text/plain-pattern.js';

export const MAX_FRAGMENT_WORDS = 5;
/** Without closing punctuation, a phrase of fewer words than this is a name or a phrase, not a statement. */
const MIN_UNPUNCTUATED_STATEMENT_WORDS = 12;

/** Words in an attribution's content. */
export const contentWords = (text: string, a: { parts: readonly { start: number; end: number }[] }): number =>
  a.parts.reduce((n, p) => n + alnumRuns(text.slice(p.start, p.end)), 0);

/**
 * A short quoted phrase with no speaker is a scare quote, a title or a nickname, not speech:
 * the so-called “woke” agenda, the film 'Jaws', the bill known as “the Clean Air Act”. So is a longer phrase that does
 * not end like a sentence: the slogan “a chicken in every pot and a car in every garage” on the banner.
 */
export const unattributedFragment = defineRule({
  name: 'unattributed-fragment',
  stage: 'attribute',
  description: `Drops unattributed quotes of at most ${MAX_FRAGMENT_WORDS} words, or under ${MIN_UNPUNCTUATED_STATEMENT_WORDS} words without closing punctuation.`,
  apply(ctx) {
    for (const a of pending(ctx)) {
      const words = contentWords(ctx.text, a);
      const last = a.parts[a.parts.length - 1]!;
      const punctuated = /[.!?,;:…]$/u.test(ctx.text.slice(last.start, last.end));
      if (words <= MAX_FRAGMENT_WORDS) ctx.drop(a, 'short quote with no speaker: a scare quote, title or nickname');
      else if (!punctuated && words < MIN_UNPUNCTUATED_STATEMENT_WORDS) ctx.drop(a, 'a phrase with no speaker that does not end like a sentence: a slogan, title or name');
    }
  },
});
