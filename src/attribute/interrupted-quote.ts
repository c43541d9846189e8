import { defineRule } from '../rules/define.js';
import { closeOf, openOf } from './quote-site.js';

/**
 * One quote interrupted by its attribution is one quote in several parts, however long the attribution:
 * `“We will rebuild,” she said, “and start tomorrow.”`, `“We will rebuild,” said Jane Doe, the mayor. “It starts now.”`
 * The next quote must open right after the sentence that holds the attribution.
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
      if (ctx.doc.paragraphAt(close - 1) !== ctx.doc.paragraphAt(open)) continue;
      // the attribution sits between the two quotes, and the text between holds one sentence end at most
      if (mention.start < close || cue.start < close || mention.end > open || cue.end > open) continue;
      if (/[“”"«»]|''/u.test(ctx.text.slice(close, open))) continue;
      // the second quote opens in the attribution's sentence, or starts the sentence right after it
      const cueSentence = ctx.doc.sentenceAt(cue.start);
      const openSentence = ctx.doc.sentenceAt(open);
      if (openSentence !== cueSentence && !(openSentence === cueSentence + 1 && ctx.doc.sentences[openSentence]!.start === open)) continue;
      ctx.merge(first, second);
      list.splice(i + 1, 1);
      i--;
    }
  },
});
