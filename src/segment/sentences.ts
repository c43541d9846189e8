import type { Lexicon } from '../lexicon/lexicon.js';
import type { ParagraphDraft, SentenceDraft } from '../pipeline/draft.js';
import { forText, plainPattern, plainTest, startsLetter } from '../text/plain-pattern.js';

// a sentence ends at . ! ? or … (closing quotes and brackets stay with it) before white space and a new sentence's start:
// `.” He added` splits after the closing quote; `Mr. Smith` and `U.S. officials` do not split. A quoted sentence may
// open with a bracket or an ellipsis: `said. “[The mayor] ...`, `said. “. . . We`.
// The look-behind and the (?=(…))\1 groups make both runs atomic: without them a long run of marks ("....", "!?!?")
// that no capital follows is retried from every position and every length, which is quadratic.
const END = plainPattern(String.raw`(?<![.!?…])(?=([.!?…]+))\1(?=([”"’'»)\]]*))\2(?=\s+(?:''|[“"‘'«„‹(\[]\s?)?(?:[(\[]|…\s?|(?:\.\s?){3})?[\p{Lu}\p{N}])`, 'gu');
// an initial: "John F. Kennedy"
const ONE_CAPITAL = plainPattern(String.raw`^\p{Lu}$`, 'u');

/**
 * A longer "sentence" is a run the splitter could not break (no end punctuation, or none before a capital): it is cut
 * at white space so that every later stage works on bounded pieces. Real sentences stay far below this.
 */
export const MAX_SENTENCE_LENGTH = 2_000;

/** Where to cut a run that is too long: the last white space in its second half, else the cap (never inside a surrogate pair). */
function cutPoint(text: string, start: number, end: number): number {
  const limit = Math.min(end, start + MAX_SENTENCE_LENGTH);
  if (limit === end) return end;
  for (let i = limit; i > start + MAX_SENTENCE_LENGTH / 2; i--) if (/\s/u.test(text[i - 1]!)) return i;
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

function endsWithAbbreviation(text: string, periodAt: number, lexicon: Lexicon): boolean {
  let i = periodAt;
  while (i > 0 && periodAt - i < 24 && (text[i - 1] === '.' || startsLetter(text[i - 1]!))) i--;
  const word = text.slice(i, periodAt);
  if (word.length === 0) return false;
  if (plainTest(ONE_CAPITAL, word)) return true; // an initial: "John F. Kennedy"
  return lexicon.abbreviations.has(word) || lexicon.abbreviations.has(word.replace(/\.$/, ''));
}

/** Splits each paragraph into sentences. Sentences never cross a paragraph boundary. */
export function splitSentences(text: string, paragraphs: readonly ParagraphDraft[], lexicon: Lexicon): SentenceDraft[] {
  const sentences: SentenceDraft[] = [];
  const push = (start: number, end: number, paragraph: number) => {
    while (start < end) {
      while (start < end && /\s/u.test(text[start]!)) start++;
      let stop = cutPoint(text, start, end);
      const next = stop;
      while (stop > start && /\s/u.test(text[stop - 1]!)) stop--;
      if (stop > start) sentences.push({ index: sentences.length, start, end: stop, paragraph, firstToken: 0, endToken: 0 });
      start = next;
    }
  };
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    let from = 0;
    for (const m of body.matchAll(forText(END, body))) {
      const punct = m[1]!;
      if (punct === '.' && endsWithAbbreviation(body, m.index, lexicon)) continue;
      // the dots of an ellipsis that opens a quoted sentence are no sentence of their own: `". . . We won."`
      if (/^[\s“"‘'«.]*$/u.test(body.slice(from, m.index))) continue;
      const end = m.index + m[0].length;
      push(p.start + from, p.start + end, p.index);
      from = end;
    }
    push(p.start + from, p.end, p.index);
  }
  return sentences;
}
