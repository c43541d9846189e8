import type { AttributionDraft, CueDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';

type Ctx = Pick<AttributeContext, 'doc' | 'cues' | 'text'>;

/** The unattributed direct quotes, in text order. */
export const pending = (ctx: Pick<AttributeContext, 'attributions'>): AttributionDraft[] =>
  ctx.attributions.filter((a) => a.mention === null && a.cue === null && a.kind === 'direct');

/** Offset of the opening mark of an attribution's first quote (its content start for unquoted ones). */
export const openOf = (a: AttributionDraft): number => a.quotes[0]?.open ?? a.parts[0]!.start;
/** Offset just after the closing mark of its last quote. */
export const closeOf = (a: AttributionDraft): number => {
  const q = a.quotes[a.quotes.length - 1];
  return q ? q.close : a.parts[a.parts.length - 1]!.end;
};

/** Index of the first cue starting at or after `offset` (binary search). */
export function cueIndexFrom(cues: readonly CueDraft[], offset: number): number {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The verb cues before `offset` in the same sentence, nearest first. */
export function cuesBefore(ctx: Ctx, offset: number): CueDraft[] {
  const s = ctx.doc.sentences[ctx.doc.sentenceAt(offset)];
  const out: CueDraft[] = [];
  if (!s) return out;
  for (let i = cueIndexFrom(ctx.cues, offset) - 1; i >= 0; i--) {
    const cue = ctx.cues[i]!;
    if (cue.start < s.start) break;
    if ((cue.kind === 'verb' || cue.kind === 'according') && cue.end <= offset) out.push(cue);
  }
  return out;
}

/** The nearest verb cue before `offset` in the same sentence. */
export const cueBefore = (ctx: Ctx, offset: number): CueDraft | null => cuesBefore(ctx, offset)[0] ?? null;

/** The start and end of the sentence holding `offset`, or of the paragraph when it is between sentences. */
export function sentenceSpan(ctx: Ctx, offset: number): { start: number; end: number } | null {
  const s = ctx.doc.sentences[ctx.doc.sentenceAt(offset)];
  if (s) return { start: s.start, end: s.end };
  const p = ctx.doc.paragraphs[ctx.doc.paragraphAt(offset)];
  return p ? { start: p.start, end: p.end } : null;
}

/** Whether a cue is a participle set off by a comma, going on with the report before it: `..., adding that “...”`. */
export const isParticipleAfterComma = (ctx: Pick<AttributeContext, 'text'>, cue: CueDraft): boolean =>
  /ing$/u.test(cue.text.split(' ')[0]!) && /,[”"’'»]?\s*$/u.test(ctx.text.slice(Math.max(0, cue.start - 4), cue.start));
