import { startsLetter, startsLower } from './plain-pattern.js';
import type { Token } from './tokens.js';

/**
 * True for a run of tokens set in title case, as a headline is: at least four words, and every word capitalised but
 * short function words ("Mayor Says Ferry Will Run on Time").
 */
export function isTitleCaseRun(tokens: readonly Token[], first: number, end: number, functionWords: ReadonlySet<string>): boolean {
  let words = 0;
  for (let k = first; k < end; k++) {
    const w = tokens[k]!.text;
    if (!startsLetter(w)) continue;
    words++;
    if (startsLower(w) && !(w.length <= 4 && functionWords.has(w))) return false;
  }
  return words >= 4;
}
