import type { ParagraphDraft } from '../pipeline/draft.js';
import { ALNUM, classAt, runEnd } from '../text/tokens.js';

/**
 * The number of words in a line, counted up to `upTo` (callers only compare with small numbers, so a megabyte-long
 * line costs no more than a short one). A word is a run of letters and digits joined by single hyphens and apostrophes,
 * scanned by character class (line-shape.test.ts checks it against the pattern it stands for).
 */
export function wordCount(line: string, upTo = Infinity): number {
  const end = line.length;
  let n = 0;
  let i = 0;
  while (i < end) {
    const k = classAt(line, i, end);
    if ((k & ALNUM) === 0) {
      i += k & 16 ? 2 : 1;
      continue;
    }
    if (++n >= upTo) break;
    // letters and digits, joined by single hyphens and apostrophes
    let p = runEnd(line, i, end, ALNUM);
    while (p + 1 < end) {
      const c = line.charCodeAt(p);
      if ((c !== 45 && c !== 0x2019 && c !== 39) || (classAt(line, p + 1, end) & ALNUM) === 0) break;
      p = runEnd(line, p + 1, end, ALNUM);
    }
    i = p;
  }
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
