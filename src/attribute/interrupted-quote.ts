import { defineRule } from '../rules/define.js';
import { closeOf, openOf } from './quote-site.js';

/**
 * One quote interrupted by its attribution is one quote in two parts:
 * `“We will rebuild,” she said, “and we will start tomorrow.”` and `“We will rebuild,” she said. “It starts now.”`
 */
export const interruptedQuote = defineRule({
  name: 'interrupted-quote',
  stage: 'attribute',
  description: 'Merges a quote with the next one when only its own attribution stands between them.',
  apply(ctx) {
    const list = ctx.attributions.filter((a) => a.kind === 'direct');
    for (let i = 0; i + 1 < list.length; i++) {
      const first = list[i]!;
      const second = list[i + 1]!;
      if (first.dropped || !first.mention || !first.cue || second.mention || second.cue) continue;
      const close = closeOf(first);
      const open = openOf(second);
      if (ctx.doc.paragraphAt(close - 1) !== ctx.doc.paragraphAt(open)) continue;
      // the attribution must sit between the two quotes, and nothing else
      const { mention, cue } = first;
      if (mention.start < close || cue.start < close || mention.end > open || cue.end > open) continue;
      let rest = ctx.text.slice(close, open);
      for (const s of [mention, cue, first.addressee].filter((x) => x !== null).sort((x, y) => y.start - x.start)) {
        rest = rest.slice(0, s.start - close) + ' '.repeat(s.end - s.start) + rest.slice(s.end - close);
      }
      if (!/^[\s,.;:—–-]*$/u.test(rest.replace(/\b(?:also|then|later|again)\b/gu, ''))) continue;
      ctx.merge(first, second);
      i++;
    }
  },
});
