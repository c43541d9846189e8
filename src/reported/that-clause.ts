import { defineRule } from '../rules/define.js';
import { readCueGap } from '../attribute/cue-gap.js';
import { mentionsBetween } from '../attribute/mention-context.js';
import { clauseBeforeTaken, freeCues, report, reportedClause, reportingSubject, takenSpans } from './reported-site.js';

/**
 * Reported speech in a that-clause: `Officials confirmed that the talks had failed.`,
 * `She told reporters on Monday that the plan was dead.` The content is the clause after "that", to the sentence end.
 */
export const thatClause = defineRule({
  name: 'that-clause',
  stage: 'reported',
  description: 'Reports "SPEAKER VERB (to X) that CLAUSE" as indirect speech, the clause being its content.',
  apply(ctx) {
    const taken = takenSpans(ctx);
    for (const { cue, sentence: s } of freeCues(ctx)) {
      const after = ctx.text.slice(cue.end, Math.min(s.end, cue.end + 120));
      const that = /^[^.;:!?“”"]{0,80}?\bthat\s/u.exec(after);
      if (!that) continue;
      const thatEnd = cue.end + that[0].length;
      // "Rust Belt states that have voted", "remarks that were aired": a form that may be a plural noun, with no subject
      // right before it, is the noun, and "that" before a verb is its relative pronoun (not "He says that was wrong")
      const plural = cue.text.toLowerCase() === `${cue.lemma}s` && ctx.lexicon.startsWithWord.auxiliaries.test(ctx.text.slice(thatEnd, s.end));
      if (plural && !mentionsBetween(ctx.mentions, cue.start - 120, cue.start).some((m) => m.end <= cue.start && /^\s*$/u.test(ctx.text.slice(m.end, cue.start)))) continue;
      const gap = readCueGap(ctx, cue, thatEnd);
      if (!gap || gap.kind !== 'direct') continue;
      const clause = reportedClause(ctx, thatEnd, s.end);
      const content = clause && clauseBeforeTaken(ctx, clause, taken);
      if (!content) continue;
      const subject = reportingSubject(ctx, cue);
      if (!subject || (subject.mention && content.start < subject.mention.end)) continue;
      const { mention } = subject;
      report(ctx, taken, { parts: [content], mention, cue, addressee: gap.addressee, confidence: cue.belief ? 0.6 : 0.8 });
    }
  },
});
