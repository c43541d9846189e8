import { defineRule } from '../rules/define.js';
import { evaluativeVerbBefore } from './evaluative-verb-fragment.js';
import { attributeObjectQuote, objectRunsOn, objectStartAfter, VERB_REACH } from './object-quote.js';
import { clauseMentions, clauseSubject } from './clause-subject.js';
import { openOf, pending, sentenceSpan } from './quote-site.js';

/**
 * A participle of an evaluative verb has no subject of its own: `Ada Quist left the board in May, deriding its plan as
 * “a fire sale,”` and `She was fined after mocking the “feeble” rules` quote the subject of the clause the participle
 * hangs on (else the first mention of the sentence). The quotation in the participle's object is that speaker's mixed
 * quote, as with a finite verb (evaluative-verb-fragment, which runs first and takes the verbs with a subject).
 */
export const participleEvaluativeFragment = defineRule({
  name: 'participle-evaluative-fragment',
  stage: 'attribute',
  description: 'Makes a quote in the object of an evaluative participle ("..., deriding the plan as “...”") a mixed quote of the clause or sentence subject.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const sentence = sentenceSpan(ctx, open);
      if (!sentence) continue;
      const verb = evaluativeVerbBefore(ctx, Math.max(sentence.start, open - VERB_REACH), open);
      if (!verb || !/^\p{L}+ing\b/u.test(ctx.text.slice(verb.start, verb.end)) || !objectRunsOn(ctx, verb.end, open)) continue;
      // a comma before the mark sets the quotation off as the words spoken: `..., chiding him, “Why now?”` is direct
      if (/,\s*$/u.test(ctx.text.slice(verb.end, open))) continue;
      const subject = clauseSubject(ctx, verb.start) ?? clauseMentions(ctx, verb.start, verb.start)[0];
      if (!subject || subject.start < sentence.start) continue;
      attributeObjectQuote(ctx, a, { subject, objectStart: objectStartAfter(ctx, verb.end, open), sentenceEnd: sentence.end, confidence: 0.3 });
    }
  },
});
