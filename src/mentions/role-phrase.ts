import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokens.js';

/** The most words a role noun of several words has: "chief of staff", "secretary of state". */
const MAX_ROLE_WORDS = 4;

// the first words of the role nouns of several words (a token holds no space, so a phrase of tokens that is one of
// them starts with one of these: most words are turned away before a phrase is built)
const FIRST_WORDS = ({ roleNouns }: Lexicon): ReadonlySet<string> => new Set([...roleNouns].filter((r) => r.includes(' ')).map((r) => r.split(' ')[0]!));

/** Whether tokens `first`..`last` (`last` > `first`) of one sentence, written in lower case, are a role noun of the lexicon. */
function isRoleNoun(tokens: readonly Token[], first: number, last: number, lexicon: Lexicon): boolean {
  if (first < 0 || last >= tokens.length || tokens[first]!.sentence !== tokens[last]!.sentence) return false;
  if (!lexicon.once(FIRST_WORDS).has(tokens[first]!.lower)) return false;
  // (one pass without arrays: it is asked for every word and length of a phrase)
  let phrase = '';
  for (let k = first; k <= last; k++) {
    const w = tokens[k]!;
    if (w.text !== w.lower) return false;
    phrase += k > first ? ' ' + w.lower : w.lower;
  }
  return lexicon.roleNouns.has(phrase);
}

/**
 * The first token of a role noun of several words that ends at token `last` ("former [chief of staff] Jon Dahl"),
 * or -1. Only the role-noun list decides.
 */
export function multiWordRoleEndingAt(tokens: readonly Token[], last: number, lexicon: Lexicon): number {
  for (let n = MAX_ROLE_WORDS; n >= 2; n--) if (isRoleNoun(tokens, last - n + 1, last, lexicon)) return last - n + 1;
  return -1;
}

/** The last token of a role noun of several words that starts at token `first` ("the [secretary of state] said"), or -1. */
export function multiWordRoleStartingAt(tokens: readonly Token[], first: number, lexicon: Lexicon): number {
  for (let n = MAX_ROLE_WORDS; n >= 2; n--) if (isRoleNoun(tokens, first, first + n - 1, lexicon)) return first + n - 1;
  return -1;
}
