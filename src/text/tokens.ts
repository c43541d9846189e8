/** A word or a punctuation mark, with its offsets into the input. */
export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly lower: string;
  /** Index of the sentence that holds it. */
  sentence: number;
}

// words keep inner hyphens and apostrophes ("Al-Buraq", "Morocco’s", "don't") and short dotted parts ("U.S", "a.m",
// "3.5"), but "said.Trump" is two words; anything else is one token per character
const TOKEN = /(?:[\p{L}\p{N}]{1,3}\.)+[\p{L}\p{N}]{1,3}(?![\p{L}\p{M}\p{N}])|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-’'][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  const slice = text.slice(start, end);
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const t = m[0];
    tokens.push({ start: start + m.index, end: start + m.index + t.length, text: t, lower: t.toLowerCase(), sentence: -1 });
  }
  return tokens;
}

export const isWord = (t: Token | undefined): boolean => t !== undefined && /[\p{L}\p{N}]/u.test(t.text[0] ?? '');
export const isCapitalized = (t: Token | undefined): boolean => t !== undefined && /^\p{Lu}/u.test(t.text);
/** "Morocco’s" -> "Morocco". */
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
