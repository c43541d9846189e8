import { forText, plainPattern } from '../text/plain-pattern.js';

// what is stripped from either end of a word of a name
const EDGE_PUNCTUATION = plainPattern(String.raw`^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$`, 'gu');

// most names are ASCII letters and single spaces, with no possessive or punctuation to strip: split at once
const LETTERS_AND_SPACES = /^[A-Za-z]+(?: [A-Za-z]+)*$/u;

/** Words of a name, lower-cased, possessive and punctuation stripped: "Al-Nour Karim" -> ["al-nour", "karim"]. */
export const nameWords = (name: string): string[] =>
  LETTERS_AND_SPACES.test(name)
    ? name.toLowerCase().split(' ')
    : name.toLowerCase().replace(/[’']s\b/gu, '').split(/\s+/u).map((w) => w.replace(forText(EDGE_PUNCTUATION, w), '')).filter(Boolean);

/** True when every word of `short` appears in `long`, in order: "Haddouti" in "Samir Haddouti". */
export function isSubName(short: readonly string[], long: readonly string[]): boolean {
  let k = 0;
  for (const w of long) if (w === short[k]) k++;
  return k === short.length && short.length > 0;
}
