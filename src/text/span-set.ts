import type { Span } from '../schema/result.js';

/**
 * A growing set of spans kept sorted by start, answering "does this span overlap any?" with a binary search and a
 * scan back no further than the longest span. Reported-speech rules use it to stay linear on long articles.
 */
export class SpanSet {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  /** The longest span added: no span starting further back than this can reach a given offset. */
  private longest = 0;

  constructor(spans: Iterable<Span> = []) {
    for (const s of spans) this.add(s);
  }

  add(span: Span): void {
    const at = this.indexAfter(span.start);
    this.starts.splice(at, 0, span.start);
    this.ends.splice(at, 0, span.end);
    this.longest = Math.max(this.longest, span.end - span.start);
  }

  overlaps(span: Span): boolean {
    // spans starting before `span.end`, nearest first, back to where even the longest one could not reach
    for (let i = this.indexAfter(span.end - 1) - 1; i >= 0 && this.starts[i]! >= span.start - this.longest; i--) {
      if (this.ends[i]! > span.start) return true;
    }
    return false;
  }

  /** The start of the first span that starts inside `span` (after its first character), or null. */
  firstStartInside(span: Span): number | null {
    const start = this.starts[this.indexAfter(span.start)];
    return start !== undefined && start < span.end ? start : null;
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
