import { defineRule } from '../rules/define.js';
import { closeOf } from './quote-site.js';

/**
 * A quoted clause handed on to its attribution may go on, unquoted, after it: `“Only the night ferry,” she said, would
 * keep the island connected`, `“It was our mistake,” he said, that nobody checked the tide`. The words after the
 * attribution open with what cannot start a clause of their own there (an auxiliary or modal verb with no subject, or
 * "that"), so they finish the speaker's clause in the writer's words: the quote and the rest of the sentence are one
 * mixed quote. A participle (`she said, adding that ...`), a phrase (`he said, to applause`) or a verb coordinated with
 * the attribution (`she said, and was cheered`) is the writer's.
 */
export const quoteRunsOnPastAttribution = defineRule({
  name: 'quote-runs-on-past-attribution',
  stage: 'attribute',
  description: 'Makes a quote mixed when, after its trailing attribution and a comma, the sentence goes on with an auxiliary or "that" that finishes the quoted clause.',
  apply(ctx) {
    const { tenseAndModalAuxiliaries } = ctx.lexicon;
    for (const a of ctx.attributions) {
      if (a.kind === 'indirect' || !a.mention || a.cue?.kind !== 'verb' || a.quotes.length === 0) continue;
      const close = closeOf(a);
      const last = a.parts[a.parts.length - 1]!;
      // the quoted words hand on with a comma, and the speaker and verb follow the closing mark
      if (!/,[”"’'»]*\s*$/u.test(ctx.text.slice(last.start, last.end)) || a.mention.start < close || a.cue.start < close) continue;
      const from = Math.max(a.mention.end, a.cue.end);
      const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(from)];
      if (!sentence || ctx.doc.sentenceAt(close - 1) !== ctx.doc.sentenceAt(from)) continue;
      const gap = /^,\s+/u.exec(ctx.text.slice(from, sentence.end));
      if (!gap) continue;
      const start = from + gap[0].length;
      let end = sentence.end;
      while (end > start && /[\s.!?]/u.test(ctx.text[end - 1]!)) end--;
      const tail = ctx.text.slice(start, end);
      // (another quotation in the rest of the sentence is a report of its own)
      if (/[“”"«»‘’]|''/u.test(tail)) continue;
      const first = tail.split(/\s/u, 1)[0]!.toLowerCase();
      if (!(first === 'that' || tenseAndModalAuxiliaries.has(first)) || !/\s/u.test(tail)) continue;
      ctx.reshape(a, { kind: 'mixed', parts: [...a.parts.map((p) => ({ start: p.start, end: p.end })), { start, end }] });
    }
  },
});
