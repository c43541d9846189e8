import { defineRule } from '../rules/define.js';
import { closeOf, openOf } from './quote-site.js';

/**
 * One quote interrupted by its attribution is one quote in several parts, however long the attribution:
 * `“We will rebuild,” she said, “and start tomorrow.”`, `“We will rebuild,” said Jane Doe, the mayor. “It starts now.”`
 * The next quote must open right after the sentence that holds the attribution, in its paragraph or the next.
 */
export const interruptedQuote = defineRule({
  name: 'interrupted-quote',
  stage: 'attribute',
  description: 'Merges a quote with the next one when only the sentence of its own attribution stands between them.',
  apply(ctx) {
    const list = ctx.attributions.filter((a) => a.kind === 'direct');
    for (let i = 0; i + 1 < list.length; i++) {
      const first = list[i]!;
      const second = list[i + 1]!;
      if (first.dropped || !first.mention || !first.cue) continue;
      // the second piece is unattributed, or was given the same attribution from the words before it
      if ((second.mention || second.cue) && (second.cue !== first.cue || second.mention !== first.mention)) continue;
      const close = closeOf(first);
      const open = openOf(second);
      const { mention, cue } = first;
      // the attribution sits between the two quotes, with no other quotation between (a title set aside is fine)
      if (mention.start < close || cue.start < close || mention.end > open || cue.end > open) continue;
      if (ctx.quotes.some((q) => q.open >= close && q.open < open)) continue;
      // the second quote opens in the attribution's sentence, or starts the sentence right after it, which may open
      // the next paragraph: `“...,” he continued.` + `“In this moment ...”`
      const cueSentence = ctx.doc.sentenceAt(cue.start);
      const openSentence = ctx.doc.sentenceAt(open);
      if (openSentence !== cueSentence && !(openSentence === cueSentence + 1 && ctx.doc.sentences[openSentence]!.start === open)) continue;
      ctx.merge(first, second);
      list.splice(i + 1, 1);
      i--;
    }
  },
});
