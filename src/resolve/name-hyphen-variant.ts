import { defineRule } from '../rules/define.js';

/** The words of a name with its hyphenated parts taken apart: ["ana", "ruiz-vela"] -> ["ana", "ruiz", "vela"]. */
const parts = (words: readonly string[]): string[] => words.flatMap((w) => w.split('-')).filter(Boolean);

/** True when the shorter list of words ends the longer one: ["ruiz", "vela"] ends ["ana", "ruiz", "vela"]. */
function endsWith(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.every((w, i) => w === long[long.length - short.length + i]);
}

/**
 * A double surname written once with a hyphen and once without is one person: "Ana Ruiz-Vela" ... "Ruiz Vela", and the
 * other way round. Only names that hold a hyphen on one side are compared (the rest is name-match's), and the shorter
 * must end the longer with two words at least (so "Cuban-American" is not "American", nor "Jon Ali-Frazier" "Jon Ali");
 * of several matches, the most recently mentioned person wins.
 */
export const nameHyphenVariant = defineRule({
  name: 'name-hyphen-variant',
  stage: 'resolve',
  description: 'Links a name to the person whose name has the same words once hyphens are taken apart ("Ruiz Vela" -> "Ana Ruiz-Vela").',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'name') return;
    const words = ctx.nameWords(m.name?.text ?? m.text);
    const hyphenated = words.some((w) => w.includes('-'));
    // most articles hold no hyphenated name: take the words apart only when a pair could match
    let mine: string[] | null = null;
    let best = null;
    let bestAt = -1;
    for (const s of ctx.speakers) {
      if (s.type !== 'person' || (!hyphenated && !s.name.includes('-'))) continue;
      const theirWords = ctx.nameWords(s.name);
      if (!hyphenated && !theirWords.some((w) => w.includes('-'))) continue;
      mine ??= parts(words);
      // one word of a hyphenated pair is not enough ("Vela" alone may be another person)
      if (mine.length < 2) return;
      const theirs = parts(theirWords);
      if (theirs.length < 2 || !endsWith(mine, theirs)) continue;
      const last = s.mentions[s.mentions.length - 1]!.start;
      if (last > bestAt) {
        best = s;
        bestAt = last;
      }
    }
    if (best) ctx.link(best);
  },
});
