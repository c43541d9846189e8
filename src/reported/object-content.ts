import { defineRule } from '../rules/define.js';
import { freeCues, isTaken, report, reportedClause, reportingSubject, takenSpans } from './reported-site.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// the verbs of objectContentVerbs: their object (or "to" clause) is what was said: "announced his candidacy", "urged the board to wait",
// "described the plan as reckless", "promised to cut fares", "reported a loss of $2 million"
// what after the verb is no object: a preposition, an adverb, a conjunction or the end of the clause
const NO_OBJECT = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s*(?:[,.;:!?)—–-]|$|(?:${anyOf.noObjectOpeners}|${anyOf.weekdays})\b)`, 'iu');

/**
 * What a verb of announcing, urging or promising took as its object: `The mayor announced her candidacy in March.`,
 * `Petra Holm urged the council to delay the vote.` The content is the rest of the clause after the verb.
 */
export const objectContent = defineRule({
  name: 'object-content',
  stage: 'reported',
  description: 'Reports the object of "announce", "urge", "describe", "report", "promise", "vow", "pledge", "propose", "recommend" and "demand" as what was said.',
  apply(ctx) {
    const taken = takenSpans(ctx);
    for (const { cue, sentence: s } of freeCues(ctx)) {
      if (!ctx.lexicon.objectContentVerbs.has(cue.lemma)) continue;
      // a participle reports ("..., urging the council to wait"), a progressive describes: "residents are demanding answers"
      if (/ing$/u.test(cue.text.split(' ')[0]!) && ctx.lexicon.endsWithWord.beFormsExceptBeing.test(ctx.text.slice(Math.max(s.start, cue.start - 30), cue.start))) continue;
      // "the jobs report", "campaign promises": the base form of a noun-like verb is read as the noun
      if (ctx.lexicon.objectContentNouns.has(cue.lemma) && (cue.text.toLowerCase() === cue.lemma || cue.text.toLowerCase() === `${cue.lemma}s`)) continue;
      if (plainTest(ctx.lexicon.once(NO_OBJECT), ctx.text.slice(cue.end, s.end))) continue;
      // "what she is proposing is ...": a verb right after the cue is the sentence's own, no object
      if (ctx.lexicon.startsWithWord.auxiliaries.test(ctx.text.slice(cue.end, s.end).trimStart())) continue;
      // an object ends at the first comma or dash: "announced a plan to cut fares, just as the rival line did"
      // (not at the comma of a number: "described how their 1,400 jobs would move")
      const stop = /[;:()—–]|,(?!\d)|\s-\s/u.exec(ctx.text.slice(cue.end, s.end));
      const content = reportedClause(ctx, cue.end, stop ? cue.end + stop.index : s.end, 2);
      if (!content || isTaken(content, taken)) continue;
      const subject = reportingSubject(ctx, cue);
      if (!subject || (subject.mention && subject.mention.start > cue.start)) continue;
      report(ctx, taken, { parts: [content], mention: subject.mention, cue, confidence: 0.5 });
    }
  },
});
