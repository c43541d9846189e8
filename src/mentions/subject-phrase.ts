import { defineRule } from '../rules/define.js';
import { plainExec, plainPattern, plainTest, startsAlnum } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const WORD_HEAD = plainPattern(String.raw`^(?:\p{L}|\p{N}+-\p{L})`, 'u');
const CAPITALISED_POSSESSIVE = plainPattern(String.raw`^\p{Lu}[\p{L}-]*[’']s$`, 'u');

// a determiner and up to three lower-case words that end the clause
// ("one of those advisers"), ending the clause or followed by what describes it ("who ...", "familiar with ...")
const INVERTED = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s+((?:${anyOf.partitiveCounts}\s+of\s+${anyOf.determinersAfterOf}\s+|${anyOf.articlesAndOne}\s+)(?:[\p{Ll}\p{N}][\p{L}\p{N}’'-]*\s+){0,2}[\p{Ll}\p{N}][\p{L}\p{N}’'-]*)(?=\s*[.,;:!?]|\s*$|\s+${anyOf.invertedSubjectFollowers}\s)`, 'u');

/**
 * Any short determiner-led noun phrase right before a reporting verb is its subject, even when no word list knows
 * the noun: `the congressional report said`, `the column noted`, `A statement from the campaign read`.
 */
export const subjectPhrase = defineRule({
  name: 'subject-phrase',
  stage: 'mentions',
  description: 'Adds a nominal (or organisation) mention for a determiner + up to four words ending right before a reporting verb.',
  apply(ctx) {
    const { tokens } = ctx.doc;
    const covered = new Set(ctx.mentions.map((m) => m.end));
    for (const cue of ctx.cues) {
      if (cue.kind !== 'verb') continue;
      const i = ctx.doc.tokenAt(cue.start);
      const sentence = tokens[i]?.sentence;
      // inverted after a quotation: `“...,” said the 46-year-old.`, `“...,” wrote one reader.`
      if (/[”"’'»]\s*,?\s*$/u.test(ctx.text.slice(Math.max(0, cue.start - 4), cue.start))) {
        const after = plainExec(ctx.lexicon.once(INVERTED), ctx.text.slice(cue.end, cue.end + 80));
        const words = after?.[1]!.split(/\s+/u) ?? [];
        if (after && !words.slice(/^\S+\s+of\s/u.test(after[1]!) ? 3 : 1).some((w) => ctx.lexicon.functionWords.has(w.toLowerCase()) || ctx.lexicon.verbForms.has(w.toLowerCase()))) {
          const start = cue.end + after[0].length - after[1]!.length;
          if (!ctx.mentions.some((m) => m.start < start + after[1]!.length && start < m.end)) ctx.add({ start, end: start + after[1]!.length, type: 'nominal' });
        }
        continue;
      }
      const head = tokens[i - 1];
      if (!head || head.sentence !== sentence || covered.has(head.end) || !plainTest(WORD_HEAD, head.text)) continue;
      // the head is a noun: not an adverb, nor a verb form unless that form is also a noun ("the report said")
      const verbOnly = ctx.lexicon.verbForms.get(head.lower)?.some((e) => !e.verb.nounLike);
      // nor a closed-class word: "the policy and said", "the crowd began to chant" end in no noun
      if (ctx.lexicon.adverbsBetween.has(head.lower) || verbOnly || ctx.lexicon.functionWords.has(head.lower)) continue;
      for (let k = i - 2; k >= 0 && k >= i - 6; k--) {
        const t = tokens[k]!;
        if (t.sentence !== sentence || !startsAlnum(t.text)) break;
        // a possessive name stands for a determiner: "Senator Lund’s office said"
        // (with nothing but content words after it: not "Lund’s support nationwide and in the north said")
        const possessive = plainTest(CAPITALISED_POSSESSIVE, t.text) && k < i - 1 && tokens.slice(k + 1, i).every((w) => !ctx.lexicon.functionWords.has(w.lower) && !/ly$/u.test(w.lower));
        if (ctx.lexicon.subjectDeterminers.has(t.lower) || possessive) {
          // "in a later interview said": a phrase governed by a preposition is not the subject
          if (ctx.lexicon.prepositionsBeforePhrase.has(tokens[k - 1]?.lower ?? '')) break;
          const type = ctx.lexicon.organizationNouns.has(head.lower) ? 'organization' : ctx.lexicon.groupNouns.has(head.lower) ? 'group' : 'nominal';
          ctx.add({ start: t.start, end: head.end, type });
          break;
        }
        if (ctx.lexicon.verbForms.has(t.lower)) break;
      }
    }
  },
});
