import type { ParagraphDraft } from '../pipeline/draft.js';

const WORD = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu;

/**
 * The number of words in a line, counted up to `upTo` (callers only compare with small numbers, so a megabyte-long
 * line costs no more than a short one).
 */
export function wordCount(line: string, upTo = Infinity): number {
  let n = 0;
  for (const _ of line.matchAll(WORD)) if (++n >= upTo) break;
  return n;
}

/** A line that reads as prose: a long line, or one that ends like a sentence. */
export function isProse(p: ParagraphDraft): boolean {
  const words = wordCount(p.text, 20);
  return words >= 20 || (words >= 8 && /[.!?…:;,”"’)]$/u.test(p.text));
}

/** A short line without closing punctuation: a heading, a label or a header field. */
export function isShortLabel(p: ParagraphDraft, maxWords = 8): boolean {
  const words = wordCount(p.text, maxWords + 1);
  return words > 0 && words <= maxWords && !/[.!?…:;,”"’]$/u.test(p.text) && !/^[“"«‘]/u.test(p.text);
}

/** Index of the first paragraph that is article prose and not already labelled, or -1. */
export function firstBodyIndex(paragraphs: readonly ParagraphDraft[]): number {
  return paragraphs.findIndex((p) => p.label !== 'boilerplate' && p.label !== 'title' && isProse(p));
}
