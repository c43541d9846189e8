import { defineRule } from '../rules/define.js';
import { freeCues, isTaken, report, reportedClause, reportingSubject, takenSpans } from './reported-site.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';

// verbs whose object (or "to" clause) is what was said: "announced his candidacy", "urged the board to wait",
// "described the plan as reckless", "promised to cut fares", "reported a loss of $2 million"
const OBJECT_CONTENT_VERBS = new Set(['announce', 'urge', 'describe', 'report', 'promise', 'vow', 'pledge', 'propose', 'recommend', 'demand']);
const NOUN_TOO = new Set(['report', 'promise', 'pledge', 'demand']);
// what after the verb is no object: a preposition, an adverb, a conjunction or the end of the clause
const NO_OBJECT = plainPattern(String.raw`^\s*(?:[,.;:!?)—–-]|$|(?:that|in|on|at|by|for|with|from|during|after|before|as|when|while|and|but|or|so|earlier|later|last|this|yesterday|today|recently|previously|also|again|publicly|privately|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b)`, 'iu');

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
      if (!OBJECT_CONTENT_VERBS.has(cue.lemma) || /ing$/u.test(cue.text)) continue;
      // "the jobs report", "campaign promises": the base form of a noun-like verb is read as the noun
      if (NOUN_TOO.has(cue.lemma) && (cue.text.toLowerCase() === cue.lemma || cue.text.toLowerCase() === `${cue.lemma}s`)) continue;
      if (plainTest(NO_OBJECT, ctx.text.slice(cue.end, s.end))) continue;
      // an object ends at the first comma or dash: "announced a plan to cut fares, just as the rival line did"
      const stop = /[,;:()—–]|\s-\s/u.exec(ctx.text.slice(cue.end, s.end));
      const content = reportedClause(ctx, cue.end, stop ? cue.end + stop.index : s.end, 2);
      if (!content || isTaken(content, taken)) continue;
      const subject = reportingSubject(ctx, cue);
      if (!subject || (subject.mention && subject.mention.start > cue.start)) continue;
      report(ctx, taken, { parts: [content], mention: subject.mention, cue, confidence: 0.5 });
    }
  },
});
