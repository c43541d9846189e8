import { defineRule } from '../rules/define.js';
import { freeCues, isTaken, report, reportedClause, reportingSubject, takenSpans } from './reported-site.js';
import { plainExec, plainPattern, plainTest, startsUpper } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const TO_AT_END = plainPattern(String.raw`\bto\s+$`, 'iu');
const CLAUSE_WORD = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.clauseWordsInObject}\s`, 'iu');
const AND_AT_END = plainPattern(String.raw`\band\s*$`, 'iu');

// what may stand between "asked" and the question: "asked twice", "asked on Harbor Radio", "asked by a councillor"
const GAP = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:\s*(?:${anyOf.repetitionCounts}\s+times|${anyOf.adverbsBeforeQuestion}|${anyOf.prepositionsOfOccasion}\s+(?:${anyOf.articlesAndThirdPersonPossessives}\s+)?(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.-]*|\p{Ll}+day|(?:\p{Ll}+\s+){0,2}${anyOf.speakingOccasionNouns})(?:\s+[\p{Lu}][\p{L}’'.-]*){0,3}),?)*`, 'u');
// the addressee and the question: "asked Holm how ...", "asked the board to delay ...", "asked about the ferry"
const QUESTION = ({ anyOf }: Lexicon) => plainPattern(String.raw`^((?:[\p{L}\p{N}][\p{L}\p{N}’'.-]*\s+){0,8}?)(${anyOf.questionOpeners})\s`, 'u');
// "Asked whether ..., she said", "when asked about ...", "was asked if": nobody in the text asks
const PASSIVE = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:^|[,;(—–]|\b${anyOf.wordsBeforeFrontedAsked}\s)\s*$`, 'iu');

/** Where a fronted question ends: the comma before the answer (`Asked if he would run, Jane Doe said`), that is the
 * last comma followed within six words by a reporting verb, else the first comma. */
function answerComma(ctx: { text: string; cues: readonly { start: number; kind: string }[] }, from: number, end: number): number {
  const first = ctx.text.indexOf(',', from);
  if (first < 0 || first >= end) return -1;
  let best = -1;
  for (const cue of ctx.cues) {
    if (cue.start <= first || cue.start >= end || cue.kind !== 'verb') continue;
    const comma = ctx.text.lastIndexOf(',', cue.start);
    if (comma >= first && (ctx.text.slice(comma + 1, cue.start).match(/\S+/gu) ?? []).length <= 6) best = comma;
  }
  return best >= 0 ? best : first;
}

/**
 * A reported question: `She asked Holm what the toll would cost`, `asked the board to delay the vote`,
 * `Asked whether he would run, Jane Doe said ...` (no asker), `when asked about the plan`. The content is the question
 * (from "if", "whether", a wh-word or "to"), or what was asked about or for.
 */
export const questionClause = defineRule({
  name: 'question-clause',
  stage: 'reported',
  description: 'Reports "SPEAKER asked (X) if/whether/wh-/to ..." and "asked about/for ..." as indirect speech; a passive "Asked ..., " has no speaker.',
  apply(ctx) {
    const taken = takenSpans(ctx);
    for (const { cue, sentence: s } of freeCues(ctx)) {
      if (cue.lemma !== 'ask') continue;
      const before = ctx.text.slice(s.start, cue.start);
      // "to ask for money": an infinitive reports no question
      if (plainTest(TO_AT_END, before)) continue;
      const gap = plainExec(ctx.lexicon.once(GAP), ctx.text.slice(cue.end, s.end))![0];
      const rest = ctx.text.slice(cue.end + gap.length, s.end);
      const lead = /^\s*/u.exec(rest)![0].length;
      const question = plainExec(ctx.lexicon.once(QUESTION), `${rest.slice(lead)} `);
      if (!question) continue;
      const [, object, marker] = question;
      // "asked for" and "asked about" take no addressee before them; "to" needs one ("asked to speak" is passive control)
      if ((marker === 'about' || marker === 'for') && object!.trim() !== '' && !startsUpper(object!)) continue;
      // (nor does a negated one: "who asked not to be named")
      if (marker === 'to' && (object!.trim() === '' || ctx.lexicon.negators.has(object!.trim().toLowerCase()))) continue;
      if (plainTest(ctx.lexicon.once(CLAUSE_WORD), object!)) continue;
      const markerAt = cue.end + gap.length + lead + object!.length;
      const from = marker === 'about' || marker === 'for' ? markerAt + marker!.length + 1 : markerAt;
      const passive = plainTest(ctx.lexicon.once(PASSIVE), before) && !plainTest(AND_AT_END, before);
      const comma = passive ? answerComma(ctx, from, s.end) : -1;
      const content = reportedClause(ctx, from, comma > 0 && comma < s.end ? comma : s.end, 1);
      if (!content || isTaken(content, taken)) continue;
      let mention = null;
      if (!passive) {
        const subject = reportingSubject(ctx, cue);
        if (!subject || (subject.mention && subject.mention.start > cue.start)) continue;
        mention = subject.mention;
      }
      report(ctx, taken, { parts: [content], mention, cue, confidence: 0.6 });
    }
  },
});
