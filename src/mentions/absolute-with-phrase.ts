import { defineRule } from '../rules/define.js';
import { startsAlnum } from '../text/plain-pattern.js';
import { SpanSet } from '../text/span-set.js';

/**
 * The noun phrase of an absolute "with" phrase is the subject of its participle, whatever its noun:
 * `with one of her flyers asking, “...”`, `the spot closes with a voice-over saying: “...”`. A phrase opening with a
 * determiner (or "one of ...") and holding no verb, auxiliary or pronoun of its own becomes a nominal mention, so the
 * participle has a speaker even when no word list knows the noun.
 */
export const absoluteWithPhrase = defineRule({
  name: 'absolute-with-phrase',
  stage: 'mentions',
  description: 'Adds a nominal mention for a determiner-led noun phrase between "with" and a reporting participle: "with one of her flyers asking".',
  apply(ctx) {
    const lx = ctx.lexicon;
    const participles = ctx.cues.filter((cue) => cue.kind === 'verb' && /ing$/u.test(cue.text.split(' ')[0]!));
    // the mentions found so far, to look for one in the phrase by binary search
    const found = new SpanSet(ctx.mentions);
    for (const i of participles.map((cue) => ctx.doc.tokenAt(cue.start))) {
      const { tokens } = ctx.doc;
      const sentence = tokens[i]?.sentence;
      // up to six words between "with" and the participle
      for (let k = i - 2; k >= 0 && k >= i - 7; k--) {
        const t = tokens[k]!;
        if (t.sentence !== sentence || !startsAlnum(t.text)) break;
        if (t.lower !== 'with') continue;
        const words = tokens.slice(k + 1, i);
        const first = words[0]!;
        const opens = lx.subjectDeterminers.has(first.lower) || (lx.partitiveCounts.has(first.lower) && words[1]?.lower === 'of');
        // (not "with voters saying", which a verb may govern, nor "with the mayor who is saying")
        const clause = words.some((w) => lx.verbForms.has(w.lower) || lx.auxiliaries.has(w.lower) || lx.relativePronouns.has(w.lower) || lx.personalSubjectPronouns.has(w.lower));
        const start = first.start;
        const end = words[words.length - 1]!.end;
        if (opens && !clause && !found.overlaps({ start, end })) ctx.add({ start, end, type: 'nominal' });
        break;
      }
    }
  },
});
