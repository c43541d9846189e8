import type { ParagraphDraft } from '../pipeline/draft.js';

export const wordCount = (line: string): number => (line.match(/[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu) ?? []).length;

/** A line that reads as prose: a long line, or one that ends like a sentence. */
export function isProse(p: ParagraphDraft): boolean {
  const words = wordCount(p.text);
  return words >= 20 || (words >= 8 && /[.!?…:;,”"’)]$/u.test(p.text));
}

/** A short line without closing punctuation: a heading, a label or a header field. */
export function isShortLabel(p: ParagraphDraft, maxWords = 8): boolean {
  const words = wordCount(p.text);
  return words > 0 && words <= maxWords && !/[.!?…:;,”"’]$/u.test(p.text) && !/^[“"«‘]/u.test(p.text);
}

/** Index of the first paragraph that is article prose and not already labelled, or -1. */
export function firstBodyIndex(paragraphs: readonly ParagraphDraft[]): number {
  return paragraphs.findIndex((p) => p.label !== 'boilerplate' && p.label !== 'title' && isProse(p));
}
