import { defineRule } from '../rules/define.js';
import { pending } from './quote-site.js';

export const MAX_FRAGMENT_WORDS = 5;

/** Words in an attribution's content. */
export const contentWords = (text: string, a: { parts: readonly { start: number; end: number }[] }): number =>
  a.parts.reduce((n, p) => n + (text.slice(p.start, p.end).match(/[\p{L}\p{N}]+/gu) ?? []).length, 0);

/**
 * A short quoted phrase with no speaker is a scare quote, a title or a nickname, not speech:
 * the so-called “woke” agenda, the film 'Jaws', the bill known as “the Clean Air Act”.
 */
export const unattributedFragment = defineRule({
  name: 'unattributed-fragment',
  stage: 'attribute',
  description: `Drops quotes of at most ${MAX_FRAGMENT_WORDS} words that no rule attributed.`,
  apply(ctx) {
    for (const a of pending(ctx)) {
      if (contentWords(ctx.text, a) <= MAX_FRAGMENT_WORDS) ctx.drop(a, 'short quote with no speaker: a scare quote, title or nickname');
    }
  },
});
