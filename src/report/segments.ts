/** What a stretch of the article is part of. `owner` is the index of the quote (or speaker, for `alias`) it belongs to. */
export type MarkKind = 'quote' | 'cue' | 'mention' | 'alias' | 'boilerplate';

export interface Mark {
  readonly start: number;
  readonly end: number;
  readonly kind: MarkKind;
  readonly owner: number;
}

/** A maximal stretch of text covered by the same set of marks. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly marks: readonly Mark[];
}

/**
 * Cuts `[0, length)` at every mark boundary so overlapping and nested marks become flat segments,
 * each listing the marks that cover it. Empty marks are ignored; marks are clamped to the text.
 */
export function segmentText(length: number, marks: readonly Mark[]): Segment[] {
  const clamped = marks
    .map((m) => ({ ...m, start: Math.max(0, m.start), end: Math.min(length, m.end) }))
    .filter((m) => m.end > m.start);
  const cuts = new Set<number>([0, length]);
  for (const m of clamped) {
    cuts.add(m.start);
    cuts.add(m.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const byStart = [...clamped].sort((a, b) => a.start - b.start);
  const segments: Segment[] = [];
  let active: Mark[] = [];
  let next = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    active = active.filter((m) => m.end > start);
    while (next < byStart.length && byStart[next]!.start <= start) active.push(byStart[next++]!);
    segments.push({ start, end, marks: active.filter((m) => m.start <= start && m.end >= end) });
  }
  return segments;
}
