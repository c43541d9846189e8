import { defineRule } from '../rules/define.js';
import { freeCues, isTaken, report, reportedClause, reportingSubject, takenSpans } from './reported-site.js';
import { plainExec, plainPattern } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';
const FIRST_WORD = plainPattern(String.raw`^\s*([\p{L}’']+)`, 'u');

// the reported clause lost its subject to a relative pronoun: "which officials said will close the quay"
// clauseVerbsAfterRelative: verbs that take a clause and so can lose its subject this way (not "called", "responds", or nouns like "question")
const RELATIVE_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b(${anyOf.relativesBeforeCue})\s+$`, 'iu');
const TIME_AFTER_CUE = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s*(?:(?:on\s+)?${anyOf.weekdays}|last\s+${anyOf.calendarPeriods}|this\s+${anyOf.calendarPeriods}|${anyOf.adverbsAfterCue})\b`, 'iu');

/**
 * Reported speech in a relative clause: `The new tolls, which officials said will start in May, ...`,
 * `a timetable that they say has left them stranded`, `rules she said would slow the ferries`.
 * The content is the verb phrase to the next comma, with the relative pronoun when there is one.
 */
export const relativeClause = defineRule({
  name: 'relative-clause',
  stage: 'reported',
  description: 'Reports "(which) SPEAKER said VERB-PHRASE" (a relative clause whose subject precedes the speaker) as indirect speech.',
  apply(ctx) {
    const taken = takenSpans(ctx);
    for (const { cue, sentence: s } of freeCues(ctx)) {
      if (!ctx.lexicon.clauseVerbsAfterRelative.has(cue.lemma) || /ing$/u.test(cue.text) || cue.text.toLowerCase() === cue.lemma && !ctx.lexicon.baseFormClauseVerbs.has(cue.lemma)) continue;
      let from = cue.end;
      const time = plainExec(ctx.lexicon.once(TIME_AFTER_CUE), ctx.text.slice(from, s.end));
      if (time) from += time[0].length;
      const word = plainExec(FIRST_WORD, ctx.text.slice(from, s.end));
      if (!word || !ctx.lexicon.auxiliaries.has(word[1]!.toLowerCase())) continue;
      const subject = reportingSubject(ctx, cue);
      if (!subject || (subject.mention && subject.mention.start > cue.start)) continue;
      const { mention } = subject;
      const start = from + word[0].length - word[1]!.length;
      const relative = plainExec(ctx.lexicon.once(RELATIVE_BEFORE), ctx.text.slice(s.start, mention?.start ?? cue.start));
      // a clause set off by a comma ends at the next one: "the tolls, which officials said will start in May, will not"
      const setOff = relative !== null && /[,—–(]\s*$/u.test(ctx.text.slice(s.start, s.start + relative.index));
      const stop = setOff ? /[,;:()—–]|\s-\s/u.exec(ctx.text.slice(start, s.end)) : null;
      const content = reportedClause(ctx, start, stop ? start + stop.index : s.end, 2);
      if (!content || isTaken(content, taken)) continue;
      const parts = relative ? [{ start: s.start + relative.index, end: s.start + relative.index + relative[1]!.length }, content] : [content];
      report(ctx, taken, { parts, mention, cue, confidence: cue.belief ? 0.5 : 0.6 });
    }
  },
});
