import { defineRule } from '../rules/define.js';
import { forText, plainPattern } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// the quoted words end as speech handed to an attribution: `“...,”`, `“...?”`, `“...!”`
const HANDED_ON = /[,?!][”"’'»]*$/u;
// a past-tense or present-tense verb no word list needs to know: "barked", "fumed", "quips"; or "read" for a text
const VERB = String.raw`(?:\p{Ll}{2,}ed|\p{Ll}{3,}[^s\W]s|reads?)`;
// who speaks: a pronoun, up to four capitalised words, or a determiner and up to three more words ("the 46-year-old")
// (or a possessive name in place of the determiner: "Moss’s aide"; or "one", "another" alone: "read another")
const WHO = ({ anyOf }: Lexicon) => String.raw`(?:${anyOf.personalSubjectPronounsWithoutI}|I|(?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*|(?:${anyOf.articlesAndOne}|\p{Lu}[\p{L}-]*[’']s)\s+(?:[\p{L}\p{N}’'-]+\s+){0,2}[\p{L}\p{N}’'-]+|one|another)`;
// the attribution ends its clause: punctuation, or a time, place or manner phrase
const ENDS = ({ anyOf }: Lexicon) => String.raw`(?=\s*(?:[.,;:!?]|$|${anyOf.wordsAfterFrameVerb}\b))`;
const SUBJECT_FIRST = (lexicon: Lexicon) => plainPattern(String.raw`^\s*${WHO(lexicon)}\s+(?:${lexicon.anyOf.adverbsBeforeFrameVerb}\s+)?(${VERB})${ENDS(lexicon)}`, 'du');
const VERB_FIRST = (lexicon: Lexicon) => plainPattern(String.raw`^\s*(${VERB})\s+${WHO(lexicon)}${ENDS(lexicon)}`, 'du');

/**
 * The verb of an attribution right after a quotation that hands its words on (`,” ?” !”`), whatever the verb:
 * `“...,” Petra Holm fumed.`, `“...?” barked the host.`, `“...,” the notice read.` The frame alone makes it a speech verb.
 */
export const quoteFrameVerb = defineRule({
  name: 'quote-frame-verb',
  stage: 'cues',
  description: 'Marks the unlisted verb of "“...,” SPEAKER VERB." or "“...,” VERB SPEAKER." right after a quotation as a reporting verb.',
  apply(ctx) {
    for (const q of ctx.quotes) {
      if (q.rejected || !HANDED_ON.test(ctx.text.slice(q.start, q.close).trimEnd())) continue;
      const after = ctx.text.slice(q.close, q.close + 120).split('\n')[0]!;
      const m = forText(ctx.lexicon.once(SUBJECT_FIRST), after).exec(after) ?? forText(ctx.lexicon.once(VERB_FIRST), after).exec(after);
      if (!m) continue;
      const word = m[1]!;
      if (ctx.lexicon.verbForms.has(word.toLowerCase()) || ctx.lexicon.functionWords.has(word.toLowerCase())) continue;
      // the speaker's words are nouns and names: not "the council somehow managed", "the man from Ohio seems"
      const who = m[0].slice(0, m.indices![1]![0]).concat(m[0].slice(m.indices![1]![1])).trim().split(/\s+/u).slice(1);
      if (who.some((w) => ctx.lexicon.functionWords.has(w.toLowerCase()) || ctx.lexicon.adverbsBetween.has(w.toLowerCase()) || /ly$/u.test(w))) continue;
      const at = q.close + m.indices![1]![0];
      ctx.add({ start: at, end: at + word.length, text: word, lemma: word.toLowerCase(), belief: false, kind: 'verb' });
    }
  },
});
