import type { Span } from '../schema/result.js';

export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘']);
/** True when the span is all a quotation holds: `“Good Morning Harbor”`, `"Harbor Nights,"`. */
export const isQuotedTitle = (text: string, s: Span): boolean => OPENING_MARKS.has(text[s.start - 1] ?? '') && /^[,.]?[”"’]/u.test(text.slice(s.end, s.end + 2));
const QUOTATION_MARK = /[“”"«»]|''/u;
/** True when the text holds a double quotation mark: curly, straight, angle or the archive's doubled `''`. */
export const hasQuotationMark = (s: string): boolean => QUOTATION_MARK.test(s);
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;

/** Index of the span containing `offset` in a sorted, non-overlapping list, or -1. */
export function spanIndexAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid]!;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

