import { defineRule } from '../rules/define.js';
import { readCueGap } from './cue-gap.js';
import { clauseMentions, clauseSubject } from './clause-subject.js';
import { makeMixed, mixedClauseEnd, standsAsWholeObject } from './mixed-shape.js';
import { closeOf, cuesBefore, isParticipleAfterComma, openOf, pending, sentenceSpan } from './quote-site.js';
import { hasAlnum } from '../text/plain-pattern.js';

/**
 * A quotation inside the clause of a reporting verb whose subject no sieve could name is still that report's wording:
 * `The group's lawyers, in a filing on Monday, argued the ban was “plainly unlawful.”` is a mixed quote (direct when the
 * quotation is the whole clause), with the sentence's subject as speaker when it has one, else none. Verbs of speech
 * only, not of belief.
 */
export const subjectlessVerbClause = defineRule({
  name: 'subjectless-verb-clause',
  stage: 'attribute',
  description: 'Makes a quote in the clause of a speech verb whose subject no sieve found mixed, its speaker the sentence subject if any.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      // `..., adding that “...”` goes on with the speaker before it: participial-continuation's to decide
      const cue = cuesBefore(ctx, open).find((c) => !c.belief && !isParticipleAfterComma(ctx, c));
      if (!cue) continue;
      const gap = readCueGap(ctx, cue, open);
      if (!gap) continue;
      ctx.attribute(a, { mention: clauseSubject(ctx, cue.start) ?? clauseMentions(ctx, cue.start, cue.start)[0] ?? null, cue, confidence: 0.4 });
      const end = mixedClauseEnd(ctx, a, sentenceSpan(ctx, open)!.end);
      if (gap.kind === 'mixed' || (hasAlnum(ctx.text.slice(closeOf(a), end)) && !standsAsWholeObject(ctx, a, cue.end, end))) makeMixed(ctx, a, gap.clauseStart, end);
    }
  },
});
