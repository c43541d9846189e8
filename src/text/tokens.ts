/** A word or a punctuation mark, with its offsets into the input. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Index of the sentence that holds it. */
  sentence: number;
}

// words keep inner hyphens and apostrophes ("Al-Nour", "Norway’s", "don't") and short dotted parts ("U.S", "a.m",
// "3.5"), but "said.Trump" is two words; anything else is one token per character
const TOKEN = /(?:[\p{L}\p{N}]{1,3}\.)+[\p{L}\p{N}]{1,3}(?![\p{L}\p{M}\p{N}])|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-’'][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  for (const m of text.slice(start, end).matchAll(TOKEN)) {
    const t = m[0];
    tokens.push({ start: start + m.index, end: start + m.index + t.length, text: t, lower: t.toLowerCase(), sentence: -1 });
  }
  return tokens;
}

// ASCII first: these two run on every token of every sentence, and a char code test is far cheaper than \p{…}
export function isWord(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /^[\p{L}\p{N}]/u.test(t.text);
}
export function isCapitalized(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(t.text);
}
/** "Norway’s" -> "Norway". */
export const stripPossessive = (s: string): string => s.replace(/[’']s$/u, '');

/** Index of the first token that ends after `offset` (binary search). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
