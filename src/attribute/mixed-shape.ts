import type { AttributionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import { closeOf } from './quote-site.js';

/** Where a mixed quote's clause ends: the end of its sentence, less the final punctuation outside the quote. */
export function mixedClauseEnd(ctx: AttributeContext, a: AttributionDraft, sentenceEnd: number): number {
  const close = closeOf(a);
  let end = sentenceEnd;
  while (end > close && /[\s.!?;:,]/u.test(ctx.text[end - 1]!)) end--;
  return Math.max(end, close);
}

/**
 * Makes an attribution mixed: its content becomes the whole reported clause [start, end) around the quote, and any
 * other quote inside that clause joins it: `She said the plan was “dead” and “useless.”` is one mixed quote.
 */
export function makeMixed(ctx: AttributeContext, a: AttributionDraft, start: number, end: number): void {
  if (end <= start) return;
  ctx.reshape(a, { kind: 'mixed', parts: [{ start, end }] });
  for (const other of ctx.attributions) {
    if (other === a || other.kind === 'indirect') continue;
    const o = other.parts[0]!;
    if (o.start >= start && other.parts[other.parts.length - 1]!.end <= end) {
      ctx.merge(a, other);
      ctx.reshape(a, { parts: [{ start, end }] });
    }
  }
}
