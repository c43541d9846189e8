import type { Draft, ParagraphDraft, SentenceDraft } from './draft.js';
import { tokenIndexAt, type Token } from '../text/tokens.js';
import { spanIndexAt } from '../text/spans.js';

/** Read-only queries over a segmented article, shared by every stage after segmentation. */
export interface DocView {
  readonly text: string;
  readonly paragraphs: readonly ParagraphDraft[];
  readonly sentences: readonly SentenceDraft[];
  readonly tokens: readonly Token[];
  /** Index of the sentence holding `offset`, or -1 (between sentences or in boilerplate). */
  sentenceAt(offset: number): number;
  paragraphAt(offset: number): number;
  /** Index of the first token ending after `offset`. */
  tokenAt(offset: number): number;
  /** True when the paragraph is article prose (not header, heading or boilerplate). */
  isBody(paragraph: number): boolean;
  /**
   * How many body paragraphs have an index in (min(a, b), max(a, b)]: the paragraph distance between two paragraph
   * indexes (-1 for "none") counting only prose. O(1), where a loop over the paragraphs between is O(distance).
   */
  bodyParagraphsBetween(a: number, b: number): number;
  /**
   * A value derived from this article, computed once on first use and shared by every rule that asks with the same
   * key (e.g. the runs of capitalised words that both the name and organisation rules read).
   */
  memo<T>(key: string, compute: () => T): T;
}

export function docView(draft: Draft): DocView {
  const { text, paragraphs, sentences, tokens } = draft;
  const memos = new Map<string, unknown>();
  // bodyBefore[i]: body paragraphs among indexes < i; built on first use (labels are final once segmentation is done)
  let bodyBefore: Int32Array | null = null;
  const countBodyBefore = (i: number): number => {
    if (bodyBefore === null) {
      bodyBefore = new Int32Array(paragraphs.length + 1);
      paragraphs.forEach((p, k) => (bodyBefore![k + 1] = bodyBefore![k]! + (p.label === null ? 1 : 0)));
    }
    return bodyBefore[Math.max(0, Math.min(i, paragraphs.length))]!;
  };
  return {
    text,
    paragraphs,
    sentences,
    tokens,
    sentenceAt: (offset) => spanIndexAt(sentences, offset),
    paragraphAt: (offset) => spanIndexAt(paragraphs, offset),
    tokenAt: (offset) => tokenIndexAt(tokens, offset),
    isBody(i) {
      const p = paragraphs[i];
      return p !== undefined && p.label === null;
    },
    memo<T>(key: string, compute: () => T): T {
      if (!memos.has(key)) memos.set(key, compute());
      return memos.get(key) as T;
    },
    bodyParagraphsBetween(a, b) {
      const low = Math.min(a, b);
      const high = Math.max(a, b);
      return countBodyBefore(high + 1) - countBodyBefore(low + 1);
    },
  };
}
