import { plainPattern, plainTest, startsAlnum, startsUpper } from './plain-pattern.js';

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
// "3.5"), but "said.Holm" is two words; anything else is one token per character. `tokenize` scans by character
// class and gives the tokens of TOKEN_PATTERN in tokens.test.ts (whose \p{…} classes take ~15 ms to compile on the
// first call), which checks the two against each other.

/** Character classes of a code point, as bits: \p{L}, \p{N}, \p{M}, \s (as JavaScript regular expressions read them). */
export const LETTER = 1;
export const NUMBER = 2;
export const MARK = 4;
export const SPACE = 8;
const WORD = LETTER | NUMBER | MARK;
export const ALNUM = LETTER | NUMBER;

// ASCII and Latin-1 by table; Latin Extended-A/B are all letters; General Punctuation holds no letter, digit or mark
const LATIN1 = new Uint8Array(256);
for (let c = 0; c < 256; c++) {
  let k = 0;
  if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0xaa || c === 0xb5 || c === 0xba) k = LETTER;
  else if (c >= 0xc0 && c !== 0xd7 && c !== 0xf7) k = LETTER;
  else if ((c >= 48 && c <= 57) || c === 0xb2 || c === 0xb3 || c === 0xb9 || (c >= 0xbc && c <= 0xbe)) k = NUMBER;
  else if ((c >= 9 && c <= 13) || c === 32 || c === 0xa0) k = SPACE;
  LATIN1[c] = k;
}
// \p{L}, \p{N}, \p{M} and \s are disjoint, so the first that matches is the class; V8 compiles each on its first use
// (kept as sources: a \p{…} class in a pattern literal costs as much to check when the module is read as to compile)
const CLASS_PATTERNS: readonly (readonly [string, number])[] = [[String.raw`\p{L}`, LETTER], [String.raw`\p{N}`, NUMBER], [String.raw`\p{M}`, MARK], [String.raw`\s`, SPACE]];

/** The class bits of a code point (a lone surrogate is none of them). */
export function charClass(cp: number): number {
  if (cp < 256) return LATIN1[cp]!;
  if (cp < 0x250) return LETTER;
  if (cp >= 0x2000 && cp < 0x2070) return cp <= 0x200a || cp === 0x2028 || cp === 0x2029 || cp === 0x202f || cp === 0x205f ? SPACE : 0;
  if (cp >= 0xd800 && cp < 0xe000) return 0;
  const ch = String.fromCodePoint(cp);
  for (const [pattern, k] of CLASS_PATTERNS) if (new RegExp(pattern, 'u').test(ch)) return k;
  return 0;
}

/** Class bits of the code point at `i` (a surrogate pair read as one only when both halves are before `end`), plus 16 when it takes two code units. */
export function classAt(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c < 256) return LATIN1[c]!;
  if (c >= 0xd800 && c < 0xdc00 && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d < 0xe000) return charClass(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000) | 16;
  }
  return charClass(c);
}

/** End of the run of code points from `i` whose class has a bit of `mask`. */
export function runEnd(text: string, i: number, end: number, mask: number): number {
  while (i < end) {
    const k = classAt(text, i, end);
    if ((k & mask) === 0) break;
    i += k & 16 ? 2 : 1;
  }
  return i;
}

/** The run of one to three letters or digits from `i`: its end, or -1 when it is empty or longer. */
function shortRunEnd(text: string, i: number, end: number): number {
  let n = 0;
  while (i < end) {
    const k = classAt(text, i, end);
    if ((k & ALNUM) === 0) break;
    if (++n > 3) return -1;
    i += k & 16 ? 2 : 1;
  }
  return n === 0 ? -1 : i;
}

/** End of the token that starts at `i` (not a space), of class `first`: `TOKEN_PATTERN`, alternative by alternative. */
function tokenEnd(text: string, i: number, end: number, first: number): number {
  if (first & ALNUM) {
    // (?:[LN]{1,3}\.)+[LN]{1,3}(?![LMN]): dotted parts of one to three letters or digits
    let p = i;
    let groups = 0;
    let lastDot = -1;
    for (;;) {
      const q = shortRunEnd(text, p, end);
      if (q < 0 || q >= end || text.charCodeAt(q) !== 46) break;
      groups++;
      lastDot = q;
      p = q + 1;
    }
    if (groups > 0) {
      const q = shortRunEnd(text, p, end);
      if (q >= 0 && (q >= end || (classAt(text, q, end) & WORD) === 0)) return q;
      if (groups >= 2) return lastDot; // one part fewer: the last part ends at a period
    }
  }
  if (first & NUMBER) {
    // \p{N}+(?:[.,]\p{N}+)+: 3.5, 1,200
    let p = runEnd(text, i, end, NUMBER);
    let groups = 0;
    while (p + 1 < end) {
      const c = text.charCodeAt(p);
      if ((c !== 46 && c !== 44) || (classAt(text, p + 1, end) & NUMBER) === 0) break;
      p = runEnd(text, p + 1, end, NUMBER);
      groups++;
    }
    if (groups > 0) return p;
  }
  if (first & WORD) {
    // [LMN]+(?:[-’'][LMN]+)*
    let p = runEnd(text, i, end, WORD);
    while (p + 1 < end) {
      const c = text.charCodeAt(p);
      if ((c !== 45 && c !== 0x2019 && c !== 39) || (classAt(text, p + 1, end) & WORD) === 0) break;
      p = runEnd(text, p + 1, end, WORD);
    }
    return p;
  }
  return i + (first & 16 ? 2 : 1); // any other character
}

/**
 * Scans the tokens of `text` between `start` and `end` (nothing outside is seen, as in a slice) onto `out`, each
 * with sentence index `sentence`.
 */
export function tokenizeInto(out: Token[], text: string, start: number, end: number, sentence: number): void {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    let j: number;
    if (c < 128) {
      const k = LATIN1[c]!;
      if (k === SPACE) {
        i++;
        continue;
      }
      j = i + 1;
      if (k !== 0) {
        // an ASCII word ending before ASCII other than . , - ' is a word whatever the alternatives: the common case
        while (j < end && (LATIN1[text.charCodeAt(j)]! & ALNUM) !== 0 && text.charCodeAt(j) < 128) j++;
        const d = j < end ? text.charCodeAt(j) : 32;
        if (d >= 128 || d === 46 || d === 44 || d === 45 || d === 39) j = tokenEnd(text, i, end, k);
      }
    } else {
      const k = classAt(text, i, end);
      if (k & SPACE) {
        i++;
        continue;
      }
      j = tokenEnd(text, i, end, k);
    }
    const t = text.slice(i, j);
    out.push({ start: i, end: j, text: t, lower: t.toLowerCase(), sentence });
    i = j;
  }
}

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  tokenizeInto(tokens, text, start, end, -1);
  return tokens;
}

// ASCII first: these two run on every token of every sentence, and a char code test is far cheaper than \p{…}
export function isWord(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return startsAlnum(t.text);
}
export function isCapitalized(t: Token | undefined): boolean {
  if (t === undefined) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return startsUpper(t.text);
}
const REGULAR_PAST_PARTICIPLE = plainPattern(String.raw`^\p{Ll}{3,}ed$`, 'u');
/** A lower-case word of at least three letters before "-ed", which reads as a past participle: "surveyed", "filed". */
export const looksPastParticiple = (word: string): boolean => plainTest(REGULAR_PAST_PARTICIPLE, word);
/** "Norway’s" -> "Norway". */
export function stripPossessive(s: string): string {
  // as s.replace(/[’']s$/u, ''), without a regular expression: it runs on most capitalised words
  const n = s.length;
  if (n < 2 || s.charCodeAt(n - 1) !== 115) return s;
  const c = s.charCodeAt(n - 2);
  return c === 0x2019 || c === 39 ? s.slice(0, n - 2) : s;
}

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
