import type { ParagraphDraft } from '../pipeline/draft.js';

/** Every non-empty line is a paragraph; its span is trimmed of surrounding white space. CRLF and lone CR end lines too. */
export function splitParagraphs(text: string): ParagraphDraft[] {
  const paragraphs: ParagraphDraft[] = [];
  const LINE = /[^\r\n]+/g;
  for (let m = LINE.exec(text); m !== null; m = LINE.exec(text)) {
    let start = m.index;
    let end = m.index + m[0].length;
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) {
      paragraphs.push({ index: paragraphs.length, start, end, text: text.slice(start, end), label: null, labelRule: null });
    }
  }
  return paragraphs;
}
