import { defineRule } from '../rules/define.js';
import type { CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import { makeMixed, mixedClauseEnd } from './mixed-shape.js';
import { closeOf, cueIndexFrom, openOf, pending, sentenceSpan } from './quote-site.js';
import { anchorEnd } from './filler-gap.js';
import { subjectAfter } from './subject-after.js';
import { hasAlnum } from '../text/plain-pattern.js';


/**
 * The "according to X" right after a quotation of several sentences that closes on a comma, and X:
 * `“The log was lost. Nobody looked for it,” according to Jo Li.` The quotation is X's, word for word.
 */
function sourceAfterClosingMark(ctx: AttributeContext, close: number): { mention: MentionDraft; cue: CueDraft } | null {
  const cue = ctx.cues[cueIndexFrom(ctx.cues, close)];
  if (cue?.kind !== 'according' || /\S/u.test(ctx.text.slice(close, cue.start)) || !/,[”"’'»]?$/u.test(ctx.text.slice(close - 2, close))) return null;
  const mention = subjectAfter(ctx, cue);
  return mention ? { mention, cue } : null;
}

/**
 * A quotation in a sentence sourced with "according to X" is X's: `According to the survey, most riders call the
 * service “unreliable at best.”` and `The ferry was “never meant to last,” according to the harbour master.` The
 * clause around the quotation, less the source, is a mixed quote; a quotation that is the whole clause stays direct.
 */
export const accordingToQuote = defineRule({
  name: 'according-to-quote',
  stage: 'attribute',
  description: 'Attributes a quote in a sentence with "according to X" (or a quotation of several sentences right before it) to X; the clause around it, less the source, becomes mixed.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const close = closeOf(a);
      const s = sentenceSpan(ctx, open);
      if (!s) continue;
      if (close > s.end) {
        const source = sourceAfterClosingMark(ctx, close);
        if (source) ctx.attribute(a, { ...source, confidence: 0.8 });
        continue;
      }
      let cue = null;
      for (let i = cueIndexFrom(ctx.cues, s.start); i < ctx.cues.length && ctx.cues[i]!.start < s.end; i++) {
        if (ctx.cues[i]!.kind === 'according') {
          cue = ctx.cues[i]!;
          break;
        }
      }
      const mention = cue ? subjectAfter(ctx, cue) : null;
      if (!cue || !mention) continue;
      let start: number;
      let end: number;
      if (cue.start >= close) {
        // `CLAUSE, according to X.`: the clause runs from the sentence start to the cue
        if (!/,[”"’'»]?\s*$/u.test(ctx.text.slice(s.start, cue.start))) continue;
        start = s.start;
        end = cue.start;
        while (end > close && /[\s,”"’'»]/u.test(ctx.text[end - 1]!)) end--;
      } else {
        // `According to X, CLAUSE.` (or `For Y, according to X, CLAUSE.`): the clause starts after the source's comma
        const sourceEnd = anchorEnd(ctx, mention, open);
        const comma = /^[^,]*,/u.exec(ctx.text.slice(sourceEnd, open));
        if (!comma) continue;
        start = sourceEnd + comma[0].length;
        end = mixedClauseEnd(ctx, a, s.end);
      }
      while (start < open && /\s/u.test(ctx.text[start]!)) start++;
      ctx.attribute(a, { mention, cue, confidence: 0.8 });
      if (hasAlnum(ctx.text.slice(start, open)) || hasAlnum(ctx.text.slice(close, end))) makeMixed(ctx, a, start, Math.max(end, close));
    }
  },
});
