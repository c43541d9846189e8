// A pattern with Unicode property classes (\p{L}, \p{Lu}, \p{Ll}, \p{N}, \p{M}) makes V8 build large character sets
// and code for them the first time it runs, a few milliseconds each, which a cold start pays for every such pattern.
// Most news text is "plain": ASCII plus General Punctuation (curly quotes, dashes, ellipsis) and the no-break space,
// where there is no letter, digit or mark but the ASCII ones. On plain text those classes match exactly what [A-Za-z],
// [A-Z], [a-z], [0-9] and nothing match, so the same pattern with ASCII classes gives the same result, and compiles at once.

/** Text of ASCII, General Punctuation (U+2000–U+206F) and no-break spaces only: no letter, digit or mark outside ASCII. */
// (the no-break space, a white space in both readings, is in a third of the articles: without it they ran the \p{…} patterns)
const PLAIN = /^[\0-\x7f\u00a0\u2000-\u206f]*$/;

const ASCII_CLASSES: Readonly<Record<string, string>> = { L: 'A-Za-z', Lu: 'A-Z', Ll: 'a-z', N: '0-9', M: '' };

/** The source of a pattern with its \p{…} classes read as ASCII classes: the same matches on plain text. */
export function asciiSource(source: string, flags: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const m = /^\\([pP])\{(\w+)\}/.exec(source.slice(i, i + 12));
      if (m === null) {
        out += source.slice(i, i + 2);
        i++;
        continue;
      }
      const set = ASCII_CLASSES[m[2]!];
      // \P inside a class, or under the i flag (where V8 folds the complement), has no simple ASCII reading
      if (set === undefined || (m[1] === 'P' && (inClass || flags.includes('i')))) throw new Error(`asciiSource: unsupported ${m[0]} in /${source}/`);
      out += inClass ? set : `[${m[1] === 'P' ? '^' : ''}${set}]`;
      i += m[0].length - 1;
      continue;
    }
    if (c === '[' && !inClass) inClass = true;
    else if (c === ']' && inClass) inClass = false;
    out += c;
  }
  return out;
}

/**
 * A pattern given by its source (a string, so that the JavaScript parser does not check its \p{…} classes, which costs
 * as much as compiling them) and its ASCII variant, compiled at once. `forText` picks the one to run on a text.
 */
export interface PlainPattern {
  readonly source: string;
  readonly flags: string;
  readonly ascii: RegExp;
}

// case-insensitive without u on plain text: no code point there folds to another outside it (as ſ to s, K to k
// under u), and ICU's case closure, costly on the first run, is not needed
const asciiFlags = (flags: string): string => (flags.includes('i') ? flags.replace('u', '') : flags);

export const plainPattern = (source: string, flags: string): PlainPattern => ({ source, flags, ascii: new RegExp(asciiSource(source, flags), asciiFlags(flags)) });

/**
 * The pattern to run on `text`: the ASCII variant when the text is plain, else the full pattern (V8 keeps compiled
 * patterns by source and flags, so building it again is a lookup). Not for a g or y pattern run with `exec` or `test`
 * in a loop: the full pattern is a new object each time, with `lastIndex` 0.
 */
export const forText = (p: PlainPattern, text: string): RegExp => (PLAIN.test(text) ? p.ascii : new RegExp(p.source, p.flags));

/** `pattern.test(text)`, `pattern.exec(text)` and `text.match(pattern)` with the pattern for the text. */
export const plainTest = (p: PlainPattern, text: string): boolean => forText(p, text).test(text);
export const plainExec = (p: PlainPattern, text: string): RegExpExecArray | null => forText(p, text).exec(text);
export const plainMatch = (p: PlainPattern, text: string): RegExpMatchArray | null => text.match(forText(p, text));

// first-character tests that run on words: ASCII by char code, anything else by the \p{…} pattern
const UPPER_FIRST = String.raw`^\p{Lu}`;
const LOWER_FIRST = String.raw`^\p{Ll}`;
const LETTER_FIRST = String.raw`^\p{L}`;
const ALNUM_FIRST = String.raw`^[\p{L}\p{N}]`;
const UPPER_OR_DIGIT_FIRST = String.raw`^[\p{Lu}\p{N}]`;

// General Punctuation (curly quotes, dashes) holds no letter or digit, and an empty string has none
const notWordStart = (c: number) => (c >= 0x2000 && c < 0x2070) || Number.isNaN(c);

const isAsciiAlnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** `/^\p{Lu}/u.test(s)`. */
export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : !notWordStart(c) && new RegExp(UPPER_FIRST, 'u').test(s);
}
/** `/^\p{Ll}/u.test(s)`. */
export function startsLower(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? c >= 97 && c <= 122 : !notWordStart(c) && new RegExp(LOWER_FIRST, 'u').test(s);
}
/** `/^\p{L}/u.test(s)`. */
export function startsLetter(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : !notWordStart(c) && new RegExp(LETTER_FIRST, 'u').test(s);
}
/** `/^[\p{L}\p{N}]/u.test(s)`. */
export function startsAlnum(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? isAsciiAlnum(c) : !notWordStart(c) && new RegExp(ALNUM_FIRST, 'u').test(s);
}

/** `/^[\p{Lu}\p{N}]/u.test(s)`: a capital or a digit first. */
export function startsUpperOrDigit(s: string): boolean {
  const c = s.charCodeAt(0);
  return c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) : !notWordStart(c) && new RegExp(UPPER_OR_DIGIT_FIRST, 'u').test(s);
}

const LETTER_RUN = plainPattern(String.raw`\p{L}+`, 'gu');
/** The runs of letters in `s` (its words, less digits and punctuation). */
export const letterRuns = (s: string) => s.matchAll(forText(LETTER_RUN, s));

const CAPITALISED_POSSESSIVE = plainPattern(String.raw`^\p{Lu}[\p{L}-]*[’']s$`, 'u');
/** `/^\p{Lu}[\p{L}-]*[’']s$/u.test(word)`: a capitalised possessive ("Harbor's", "Ruiz-Vela’s"). */
export const isCapitalisedPossessive = (word: string): boolean => plainTest(CAPITALISED_POSSESSIVE, word);

const ANY_ALNUM = plainPattern(String.raw`[\p{L}\p{N}]`, 'u');
/** `/[\p{L}\p{N}]/u.test(s)`: the text holds a letter or a digit. */
export const hasAlnum = (s: string): boolean => plainTest(ANY_ALNUM, s);

const ALNUM_RUN = plainPattern(String.raw`[\p{L}\p{N}]+`, 'gu');
/** `(s.match(/[\p{L}\p{N}]+/gu) ?? []).length`: the runs of letters and digits in the text. */
export const alnumRuns = (s: string): number => (plainMatch(ALNUM_RUN, s) ?? []).length;

/** `alnumRuns(text.slice(start, end)) >= n`, reading only as far as the n-th run: a long clause costs no more than a short one. */
export function hasAlnumRuns(text: string, start: number, end: number, n: number): boolean {
  let runs = 0;
  let inRun = false;
  for (let i = start; i < end && runs < n; i++) {
    const c = text.charCodeAt(i);
    let width = 1;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) width = 2;
    }
    const alnum = c < 128 ? isAsciiAlnum(c) : startsAlnum(text.slice(i, i + width));
    if (alnum && !inRun) runs++;
    inRun = alnum;
    i += width - 1;
  }
  return runs >= n;
}

const NOT_LETTER_OR_HYPHEN = plainPattern(String.raw`[^\p{L}-]`, 'gu');
/** The word with everything but its letters and hyphens taken out: `“co-chair,”` -> `co-chair`. */
export const lettersAndHyphens = (s: string): string => s.replace(forText(NOT_LETTER_OR_HYPHEN, s), '');
