import type { AttributionDraft, CueDraft, SentenceDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Span } from '../schema/result.js';
import { SpanSet } from '../text/span-set.js';

/** Cues already used by a quote, so reported-speech rules leave them alone. */
export function usedCues(ctx: Pick<AttributeContext, 'attributions'>): Set<CueDraft> {
  const used = new Set<CueDraft>();
  for (const a of ctx.attributions) if (a.cue) used.add(a.cue);
  return used;
}

/** The spans of every quote and attribution found so far. */
export function takenSpans(ctx: Pick<AttributeContext, 'attributions'>): SpanSet {
  return new SpanSet(ctx.attributions.flatMap((a: AttributionDraft) => a.parts));
}

/** True when the span overlaps a quote or attribution already found, or holds a quotation mark. */
export function isTaken(ctx: Pick<AttributeContext, 'text'>, span: Span, taken: SpanSet): boolean {
  return /[“”"«»]/u.test(ctx.text.slice(span.start, span.end)) || taken.overlaps(span);
}

/** Records a new indirect attribution and its spans as taken. */
export function report(ctx: Pick<AttributeContext, 'addIndirect'>, taken: SpanSet, attribution: Parameters<AttributeContext['addIndirect']>[0]): void {
  ctx.addIndirect(attribution);
  for (const p of attribution.parts) taken.add(p);
}

// a reported clause ends where a new clause with its own subject or a participle starts:
// "its deficit has tripled, and it still has not published ...", "..., adding that ..."
const NEXT_CLAUSE = /,\s+(?:(?:and|but|while|although|though|whereas|yet)\s+(?:it|he|she|they|we|i|there|the|this|its|his|her|their)\b|(?:adding|saying|noting|according|citing|whom)\b)/u;

/** Trims a clause of white space, a leading comma and trailing sentence punctuation; cuts it at the next clause. */
export function trimClause(text: string, start: number, end: number): Span | null {
  let s = start;
  const next = NEXT_CLAUSE.exec(text.slice(start, end));
  let e = next ? start + next.index : end;
  while (s < e && /[\s,]/u.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?]/u.test(text[e - 1]!)) e--;
  return (text.slice(s, e).match(/[\p{L}\p{N}]+/gu) ?? []).length >= 3 ? { start: s, end: e } : null;
}

/** The reporting verbs no quote used yet, each with its sentence, in text order. */
export function* freeCues(ctx: Pick<AttributeContext, 'attributions' | 'cues' | 'doc'>): Generator<{ cue: CueDraft; sentence: SentenceDraft }> {
  const used = usedCues(ctx);
  for (const cue of ctx.cues) {
    if (cue.kind !== 'verb' || used.has(cue)) continue;
    const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
    if (sentence) yield { cue, sentence };
  }
}
