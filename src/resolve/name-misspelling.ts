import { distance } from 'fastest-levenshtein';
import { defineRule } from '../rules/define.js';

/** At most this share of a word's letters may differ: "Hadoti" for "Haddouti" is 2 edits in 8 letters. */
const MAX_EDIT_SHARE = 0.4;

/**
 * A one-word name that matches no-one is a misspelling of a known speaker's name when it is close enough, starts
 * with the same letter, and is used as a speaker: "Hadoti added" after "Samir Haddouti said".
 */
export const nameMisspelling = defineRule({
  name: 'name-misspelling',
  stage: 'resolve',
  description: `Links a one-word name to the person with a name word within ${MAX_EDIT_SHARE * 100}% edits and the same initial.`,
  apply(ctx) {
    const m = ctx.mention;
    const words = ctx.nameWords(m.name?.text ?? m.text);
    if (m.type !== 'name' || words.length !== 1 || words[0]!.length < 4) return;
    const w = words[0]!;
    // a one-letter slip in a long name is a misspelling wherever it stands; a looser match must be a speaker
    const isSpeaker = ctx.speaking.has(m);
    let best = null;
    let bestScore = Infinity;
    for (const s of ctx.speakers) {
      if (s.type !== 'person') continue;
      for (const theirs of ctx.nameWords(s.name)) {
        if (theirs[0] !== w[0] || theirs.length < 4) continue;
        const share = distance(w, theirs) / Math.max(w.length, theirs.length);
        const close = isSpeaker ? share <= MAX_EDIT_SHARE : distance(w, theirs) <= 1 && w.length >= 6;
        if (close && share < bestScore) {
          best = s;
          bestScore = share;
        }
      }
    }
    if (best) ctx.link(best);
  },
});
