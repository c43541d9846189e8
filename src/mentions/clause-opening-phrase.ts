import { defineRule } from '../rules/define.js';
import { isCapitalisedPossessive, plainPattern, plainTest, startsAlnum, startsLower } from '../text/plain-pattern.js';

const MAX_WORDS = 4;
// a finite verb: a past or third-person form (or a common irregular past, models/clause-words.json)
const FINITE = plainPattern(String.raw`^\p{Ll}+(?:ed|[^s’'\s]s)$`, 'u');

/**
 * A participle carries on the verb of its clause's subject: in `Her campaign sent an email to supporters saying “...”`
 * the campaign speaks, whatever noun it is. So for each participial cue the noun phrase opening the sentence (or the
 * clause after an introductory phrase and its comma) is a mention when a verb follows it: `The town released ...`.
 */
export const clauseOpeningPhrase = defineRule({
  name: 'clause-opening-phrase',
  stage: 'mentions',
  description: 'Adds a mention for a determiner-led noun phrase that opens the clause of a participial cue ("Her office sent a note saying").',
  apply(ctx) {
    const done = new Set<number>();
    const starts = new Set(ctx.mentions.map((m) => m.start));
    const ends = new Set(ctx.mentions.map((m) => m.end));
    const { tokens } = ctx.doc;
    for (const cue of ctx.cues) {
      if (cue.kind !== 'verb' || !/ing$/u.test(cue.text.split(' ')[0]!)) continue;
      const at = ctx.doc.tokenAt(cue.start);
      const s = ctx.doc.sentences[tokens[at]?.sentence ?? -1];
      if (!s || done.has(s.index)) continue;
      done.add(s.index);
      for (let p = s.firstToken; p < at; p++) {
        if (p !== s.firstToken && tokens[p - 1]!.text !== ',') continue;
        // "Jon Dahl, a ferry ally, admitted": after a mention and its comma the phrase is an appositive
        if (p !== s.firstToken && ends.has(tokens[p - 2]?.end ?? -1)) continue;
        const phrase = openingPhrase(ctx, p, at);
        if (phrase === null) continue;
        if (!starts.has(tokens[p]!.start)) {
          const head = tokens[phrase]!;
          const type = ctx.lexicon.organizationNouns.has(head.lower) ? 'organization' : ctx.lexicon.groupNouns.has(head.lower) ? 'group' : 'nominal';
          ctx.add({ start: tokens[p]!.start, end: head.end, type });
        }
        break;
      }
    }
  },
});

/** The index of the head of a noun phrase opening at `p` and followed by a verb, or null. */
function openingPhrase(ctx: Parameters<typeof clauseOpeningPhrase.apply>[0], p: number, limit: number): number | null {
  const { tokens } = ctx.doc;
  const first = tokens[p]!;
  if (!ctx.lexicon.articlesAndPossessives.has(first.lower) && !ctx.lexicon.definiteDeterminers.has(first.lower) && !isCapitalisedPossessive(first.text)) return null;
  for (let k = p + 1; k < limit && k <= p + MAX_WORDS; k++) {
    const t = tokens[k]!;
    if (!startsAlnum(t.text) || ctx.lexicon.functionWords.has(t.lower)) return null;
    // the head is followed by its verb ("released", "puts", "sent", "was filed"), maybe after an adverb ("quickly blasted")
    const v = /ly$/u.test(tokens[k + 1]?.lower ?? '') ? k + 2 : k + 1;
    const verb = tokens[v];
    // (a form of "be" only as a passive: "A lawsuit was filed", not "The plan was a mistake")
    const passive = verb !== undefined && ctx.lexicon.finiteBeForms.has(verb.lower) && /(?:ed|en|wn)$/u.test(tokens[v + 1]?.lower ?? '');
    const finite = verb !== undefined && (passive || (!ctx.lexicon.finiteBeForms.has(verb.lower) && ctx.lexicon.auxiliaries.has(verb.lower)) || (!ctx.lexicon.functionWords.has(verb.lower) && (plainTest(FINITE, verb.lower) || ctx.lexicon.irregularPastVerbs.has(verb.lower) || ctx.lexicon.verbForms.has(verb.lower))));
    if (k > p && finite && verb.sentence === t.sentence && startsLower(verb.text)) return k;
  }
  return null;
}
