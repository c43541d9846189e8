import type { Lexicon } from '../lexicon/lexicon.js';
import type { ParagraphDraft, SentenceDraft } from '../pipeline/draft.js';

// a sentence ends at . ! ? or … (closing quotes and brackets stay with it) before white space and a new sentence's start:
// `.” He added` splits after the closing quote; `Mr. Smith` and `U.S. officials` do not split.
const END = /([.!?…]+)([”"’'»)\]]*)(?=\s+(''|[“"‘'«(\[])?(\p{Lu}|\p{N}))/gu;

function endsWithAbbreviation(text: string, periodAt: number, lexicon: Lexicon): boolean {
  let i = periodAt;
  while (i > 0 && periodAt - i < 24 && /[\p{L}.]/u.test(text[i - 1]!)) i--;
  const word = text.slice(i, periodAt);
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  return lexicon.abbreviations.has(word) || lexicon.abbreviations.has(word.replace(/\.$/, ''));
}

/** Splits each paragraph into sentences. Sentences never cross a paragraph boundary. */
export function splitSentences(text: string, paragraphs: readonly ParagraphDraft[], lexicon: Lexicon): SentenceDraft[] {
  const sentences: SentenceDraft[] = [];
  const push = (start: number, end: number, paragraph: number) => {
    while (start < end && /\s/u.test(text[start]!)) start++;
    while (end > start && /\s/u.test(text[end - 1]!)) end--;
    if (end > start) sentences.push({ index: sentences.length, start, end, paragraph, firstToken: 0, endToken: 0 });
  };
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    let from = 0;
    END.lastIndex = 0;
    for (let m = END.exec(body); m !== null; m = END.exec(body)) {
      const punct = m[1]!;
      if (punct === '.' && endsWithAbbreviation(body, m.index, lexicon)) continue;
      const end = m.index + m[0].length;
      push(p.start + from, p.start + end, p.index);
      from = end;
    }
    push(p.start + from, p.end, p.index);
  }
  return sentences;
}
