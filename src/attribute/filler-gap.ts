// The words that may stand between a speaker and its verb, and where the text about a mention ends.
import type { MentionDraft } from '../pipeline/draft.js';
import { forText, plainPattern } from '../text/plain-pattern.js';
import type { Ctx } from './mention-context.js';

const GAP_WORD = plainPattern(String.raw`[\p{L}\p{N}’'.-]+|[,—–]`, 'gu');

// a contracted auxiliary left after the subject: "she’s said", "they’ve told"
const CONTRACTION = /^[’'](?:s|ve|d|ll)$/u;

/** True when `gap` holds only words that may separate a speaker from the verb: "further", "has also", ", on Tuesday,". */
export function isFillerGap(ctx: Ctx, gap: string): boolean {
  // a short parenthesis is filler too: "Rep. Jane Doe (D-Ohio) said"
  const text = gap.includes('(') ? gap.replace(/\([^()]{1,40}\)/gu, ' ') : gap;
  // (more than 8 words is no filler: stop reading at the 9th, as gaps may run for a whole sentence)
  const pattern = forText(GAP_WORD, text);
  pattern.lastIndex = 0;
  const words: string[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (words.push(m[0].toLowerCase()) > 8) return false;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === ',' || w === 'not' || w === 'never' || CONTRACTION.test(w) || ctx.lexicon.adverbsBetween.has(w) || /ly$/u.test(w) || ctx.lexicon.timeGapWords.has(w) || /^\d+$/u.test(w)) continue;
    const phrase = ctx.lexicon.timePhrasesByFirstWord.get(w)?.find((p) => p.every((pw, k) => words[i + k] === pw));
    if (phrase) {
      i += phrase.length - 1;
      continue;
    }
    return false;
  }
  return true;
}

/** Where the text about a mention ends: after its appositive role when it has one ("X, a researcher in Y,"). */
export function anchorEnd(ctx: Ctx, m: MentionDraft, limit: number): number {
  let end = m.end;
  const rest = ctx.text.slice(end, limit);
  const possessive = /^[’']s?/u.exec(rest);
  if (possessive) end += possessive[0].length;
  if (m.role && m.role.rule !== 'person-name' && m.role.rule !== 'role-before-name') {
    const at = ctx.text.indexOf(m.role.text, end);
    if (at >= 0 && at < limit) {
      end = at + m.role.text.length;
      // the comma that closes the appositive belongs to it
      const comma = /^\s*,/u.exec(ctx.text.slice(end, limit));
      if (comma) end += comma[0].length;
    }
  }
  return end;
}
