import { defineRule } from '../rules/define.js';
import { isSubName } from './names.js';

/**
 * A name that repeats, shortens or lengthens a known person's name is that person: "Samir Haddouti" ... "Haddouti",
 * "Al-Nour Karim Abdel Fattah" ... "Al-Nour". When several match, the most recently mentioned wins.
 */
export const nameMatch = defineRule({
  name: 'name-match',
  stage: 'resolve',
  description: 'Links a name to the person whose name contains it word for word (or is contained in it).',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'name') return;
    const words = ctx.nameWords(m.name?.text ?? m.text);
    let best = null;
    let bestAt = -1;
    const candidates = new Set(words.flatMap((w) => [...ctx.speakersNamed(w)]));
    for (const s of candidates) {
      if (s.type !== 'person') continue;
      const theirs = ctx.nameWords(s.name);
      if (isSubName(words, theirs) || isSubName(theirs, words)) {
        const last = s.mentions[s.mentions.length - 1]!.start;
        if (last > bestAt) {
          best = s;
          bestAt = last;
        }
      }
    }
    if (best) ctx.link(best);
  },
});
