import { defineRule } from '../rules/define.js';
import { looksPastParticiple, type Token } from '../text/tokens.js';
import { isCapitalisedPossessive, plainExec, plainPattern, plainTest, startsAlnum, startsUpper } from '../text/plain-pattern.js';
import { isInflectedVerbForm, type Lexicon } from '../lexicon/lexicon.js';

const WORD_HEAD = plainPattern(String.raw`^(?:\p{L}|\p{N}+-\p{L})`, 'u');

const QUANTITY = /(?:^|(?<=[\s,;:(]))(?:(?:[Aa]bout|[Nn]early|[Aa]lmost|[Jj]ust|[Oo]nly|[Rr]oughly|[Oo]ver)\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per cent)|(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out of)\s+(?:10|ten))\s+$/u;
// what QUANTITY ends in before its white space ("per cent" and "percent" in "cent"): a test without scanning the lead
const quantityEnds = (lead: string): boolean => {
  const bare = lead.trimEnd();
  return bare.length < lead.length && (bare.endsWith('%') || bare.endsWith('cent') || bare.endsWith('10') || bare.endsWith('ten'));
};
const GLOSS = /\([^()]*\)\s*/u;
const LOWER_WORD = plainPattern(String.raw`^\p{Ll}[\p{L}\p{N}-]*$`, 'u');

// a determiner and up to four words, the last one lower-case ("a Danish user", "the printed campaign card"), that end the clause
// ("one of those advisers", "the mayor’s aide", "another"), ending the clause or followed by what describes it ("who ...", "familiar with ...")
const INVERTED = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s+((?:${anyOf.partitiveCounts}\s+of\s+${anyOf.determinersAfterOf}\s+|(?:${anyOf.articlesAndOne}|\p{Lu}[\p{L}-]*[’']s)\s+)(?:[\p{L}\p{N}][\p{L}\p{N}’'-]*\s+){0,3}(?:\([^()]{1,40}\)\s+)?[\p{Ll}\p{N}][\p{L}\p{N}’'-]*|one|another)(?=\s*[.,;:!?]|\s*$|\s+${anyOf.invertedSubjectFollowers}\s)`, 'u');

/**
 * The token before the comma that opens the phrase closed by the comma at `close`, or -1. Only a relative clause or
 * a prepositional or participial phrase counts ("which was filed ...", "on party letterhead", "obtained by the
 * paper"): an appositive ("Her colleague, the geologist Jo Li,") names the speaker better than the noun before it.
 */
function beforeSetOff(lexicon: Lexicon, tokens: readonly Token[], close: number): number {
  for (let k = close - 1; k > 0 && k >= close - 25 && tokens[k]!.sentence === tokens[close]!.sentence; k--) {
    if (/^[“”"«»;:]$/u.test(tokens[k]!.text)) return -1;
    if (tokens[k]!.text !== ',') continue;
    const first = tokens[k + 1]!.lower;
    return lexicon.relativePronouns.has(first) || lexicon.prepositionsBeforePhrase.has(first) || looksPastParticiple(first) || lexicon.irregularPastVerbs.has(first) ? k - 1 : -1;
  }
  return -1;
}

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
        // (a gloss in brackets before the noun is no part of its words: "the Vox Pop (Voice of the Street) column")
        const words = after?.[1]!.replace(GLOSS, ' ').split(/\s+/u) ?? [];
        if (after && !words.slice(/^\S+\s+of\s/u.test(after[1]!) ? 3 : 1).some((w) => ctx.lexicon.functionWords.has(w.toLowerCase()) || ctx.lexicon.verbForms.has(w.toLowerCase()))) {
          const start = cue.end + after[0].length - after[1]!.length;
          const end = start + after[1]!.length;
          // a name inside it is a modifier of its noun: "a Danish user"; what its gloss holds is no speaker either
          const gloss = GLOSS.exec(after[1]!);
          const inGloss = (m: { start: number; end: number }) => gloss !== null && m.start >= start + gloss.index && m.end <= start + gloss.index + gloss[0].length;
          if (!ctx.mentions.some((m) => m.start < end && start < m.end && !((m.type === 'name' || inGloss(m)) && start <= m.start && m.end < end))) ctx.add({ start, end, type: 'nominal' });
        }
        continue;
      }
      // a share of people polled: "21 percent said", "About four in 10 said"
      const lead = ctx.text.slice(Math.max(ctx.doc.sentences[sentence ?? -1]?.start ?? 0, cue.start - 40), cue.start);
      const share = quantityEnds(lead) ? QUANTITY.exec(lead) : null;
      if (share) {
        const start = cue.start - share[0].length + (share[0].length - share[0].trimStart().length);
        if (!ctx.mentions.some((m) => m.start < cue.start && start < m.end)) ctx.add({ start, end: start + share[0].trim().length, type: 'group' });
        continue;
      }
      // a perfect auxiliary or an adverb may stand between: "the committee has concluded", "the pastor further related"
      let h = i - 1;
      while (h > i - 3 && tokens[h] && tokens[h]!.sentence === sentence && (ctx.lexicon.perfectAuxiliaries.has(tokens[h]!.lower) || (ctx.lexicon.adverbsBetween.has(tokens[h]!.lower) && !ctx.lexicon.auxiliaries.has(tokens[h]!.lower)))) h--;
      // a phrase set off by commas may part them: "The complaint, which was filed on Monday, alleged"
      // (not before a participle: ", saying" follows a whole clause)
      if (tokens[h]?.text === ',' && tokens[h]!.sentence === sentence && !/ing$/u.test(cue.text.split(' ')[0]!)) h = beforeSetOff(ctx.lexicon, tokens, h);
      const head = tokens[h];
      if (!head || head.sentence !== sentence || covered.has(head.end) || !plainTest(WORD_HEAD, head.text)) continue;
      // `“...,” Will wrote`: a capitalised word alone between the closing mark and the verb names the speaker, whatever
      // else the word can be (a modal, a country: `“...,” Israel said`)
      // (so is a capitalised modal inside a sentence before an inflected verb, which no modal can take: "While Will argues")
      const inflected = isInflectedVerbForm(ctx.lexicon, tokens[i]!.lower);
      const modalName = h === i - 1 && inflected && startsUpper(head.text) && ctx.lexicon.tenseAndModalAuxiliaries.has(head.lower) && tokens[h - 1]?.sentence === sentence && startsAlnum(tokens[h - 1]!.text);
      if (modalName || (h === i - 1 && startsUpper(head.text) && /^[”"’»]$/u.test(tokens[h - 1]?.text === ',' ? tokens[h - 2]?.text ?? '' : tokens[h - 1]?.text ?? ''))) {
        if (!ctx.mentions.some((m) => m.start < head.end && head.start < m.end)) {
          const place = ctx.lexicon.places.has(head.text);
          ctx.add({ start: head.start, end: head.end, type: place ? 'organization' : 'name', name: place ? null : { start: head.start, end: head.end, text: head.text } });
        }
        continue;
      }
      // "Another wrote", "Someone called": an indefinite pronoun opening its clause
      if (ctx.lexicon.indefiniteSubjects.has(head.lower)) {
        const before = tokens[h - 1];
        if (!before || before.sentence !== sentence || before.text === ',' || before.lower === 'and' || before.lower === 'but') ctx.add({ start: head.start, end: head.end, type: 'nominal' });
        continue;
      }
      // the head is a noun: not an adverb, nor a verb form unless that form is also a noun ("the report said")
      const verbOnly = ctx.lexicon.verbForms.get(head.lower)?.some((e) => !e.verb.nounLike);
      // nor a closed-class word: "the policy and said", "the crowd began to chant" end in no noun
      if (ctx.lexicon.adverbsBetween.has(head.lower) || verbOnly || ctx.lexicon.functionWords.has(head.lower)) continue;
      for (let k = h - 1; k >= 0 && k >= h - 5; k--) {
        const t = tokens[k]!;
        // a comma between two modifiers: "the bespectacled, soft-spoken diplomat"
        if (t.text === ',' && k < h - 1 && tokens[k - 1]?.sentence === sentence && plainTest(LOWER_WORD, tokens[k - 1]!.text) && !ctx.lexicon.functionWords.has(tokens[k - 1]!.lower)) continue;
        if (t.sentence !== sentence || !startsAlnum(t.text)) break;
        // a possessive name stands for a determiner: "Senator Lund’s office said"
        // (with nothing but content words after it: not "Lund’s support nationwide and in the north said")
        const possessive = isCapitalisedPossessive(t.text) && k < h && tokens.slice(k + 1, h + 1).every((w) => !ctx.lexicon.functionWords.has(w.lower) && !/ly$/u.test(w.lower));
        if (ctx.lexicon.subjectDeterminers.has(t.lower) || possessive) {
          // "in a later interview said": a phrase governed by a preposition is not the subject
          if (ctx.lexicon.prepositionsBeforePhrase.has(tokens[k - 1]?.lower ?? '')) break;
          const type = ctx.lexicon.organizationNouns.has(head.lower) ? 'organization' : ctx.lexicon.groupNouns.has(head.lower) ? 'group' : 'nominal';
          ctx.add({ start: t.start, end: head.end, type });
          break;
        }
        // a verb, a subject pronoun or an auxiliary ends the phrase: not "that he won't agree", "the state must ensure"
        if (ctx.lexicon.verbForms.has(t.lower) || ctx.lexicon.pronouns.has(t.lower) || ctx.lexicon.auxiliaries.has(t.lower)) break;
      }
    }
  },
});
