import { defineRule } from '../rules/define.js';
import { quotedWords } from './reported-context.js';

/** A subhead is short: a longer line quoted whole is a paragraph of speech. */
const MAX_SUBHEAD_WORDS = 8;

/**
 * A short line quoted whole in single marks between paragraphs of prose is a subhead: news headlines and section heads
 * quote in single marks (`‘A fight to the last ferry’`), prose in double ones. It repeats words the section quotes; it is
 * not a statement of its own.
 */
export const quotedSubhead = defineRule({
  name: 'quoted-subhead',
  stage: 'quotes',
  description: `Rejects a quote in single marks of at most ${MAX_SUBHEAD_WORDS} words that is a whole line between prose paragraphs (a subhead).`,
  apply(ctx) {
    const { paragraphs } = ctx.doc;
    for (const c of ctx.candidates) {
      if (c.rejected || c.marks !== 'single') continue;
      const i = ctx.doc.paragraphAt(c.open);
      const p = paragraphs[i];
      if (!p || (p.label !== null && p.label !== 'heading') || i === 0 || i === paragraphs.length - 1 || p.start !== c.open) continue;
      if (!/^[.\s]*$/u.test(ctx.text.slice(c.close, p.end))) continue;
      const { words } = quotedWords(ctx.text, c, MAX_SUBHEAD_WORDS);
      if (words.length > 0 && words.length <= MAX_SUBHEAD_WORDS) ctx.reject(c, 'a subhead quoted whole in single marks, not a statement of its own');
    }
  },
});
