import type { Span } from '../schema/result.js';

/**
 * A growing set of spans kept sorted by start, answering "does this span overlap any?" in O(log n) (plus the spans
 * that start inside it). Reported-speech rules use it to stay linear on long articles.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];

  constructor(spans: Iterable<Span> = []) {
    for (const s of spans) this.add(s);
  }

  add(span: Span): void {
    const at = this.indexAfter(span.start);
    this.starts.splice(at, 0, span.start);
    this.ends.splice(at, 0, span.end);
  }

  overlaps(span: Span): boolean {
    // spans starting before `span.end`, nearest first; a long earlier span is caught by scanning back a little
    for (let i = this.indexAfter(span.end - 1) - 1, seen = 0; i >= 0 && seen < 8; i--, seen++) {
      if (this.ends[i]! > span.start && this.starts[i]! < span.end) return true;
    }
    return false;
  }

  /** Index of the first span starting after `offset`. */
  private indexAfter(offset: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
