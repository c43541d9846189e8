import { defineRule } from '../rules/define.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { attributeObjectQuote, objectRunsOn, objectStartAfter } from './object-quote.js';
import { cueBefore, openOf, pending, sentenceSpan } from './quote-site.js';
import { clauseMentions, clauseSubject } from './clause-subject.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';

/** How far before the quotation the verb may stand: further than other sieves look, its object runs on to the quotation. */
const REACH = 150;
// a form of be right before the verb (not an -ing form) makes it passive: "are expected to", "was considered" name no believer
const PASSIVE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.beFormsExceptBeing}\s+(?:\p{Ll}+ly\s+)?$`, 'iu');

/**
 * A short quotation in the clause or object of a reporting verb is that report's wording, even when no earlier sieve
 * could read the clause: mostly verbs of belief, prediction or hope (`The coach predicted his side would “walk it” in
 * the final.`, `Analysts expect the fund to “run dry” by June.`), also a verb of speech with a plain object (`The club
 * has long claimed itself to be a “family” of fans`). The quote becomes mixed, from the verb's object to the end of its
 * clause, and goes to the subject of the verb's clause, or to nobody for a passive (`Ferries are expected to run “as
 * normal”`); with neither the quote is left alone. Only the nearest verb cue before the quotation counts, and only
 * when nothing but its object stands between.
 */
export const cueObjectFragment = defineRule({
  name: 'cue-object-fragment',
  stage: 'attribute',
  description: 'Makes a quote in the object of the nearest reporting or belief verb (predicted, expects, claimed) a mixed quote of the verb\'s subject, none when passive.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const sentence = sentenceSpan(ctx, open);
      const cue = cueBefore(ctx, open);
      if (!sentence || !cue || cue.kind !== 'verb' || cue.start < Math.max(sentence.start, open - REACH) || !objectRunsOn(ctx, cue.end, open)) continue;
      const passive = !/ing$/u.test(ctx.text.slice(cue.start, cue.end)) && plainTest(ctx.lexicon.once(PASSIVE), ctx.text.slice(Math.max(sentence.start, cue.start - 30), cue.start));
      const subject = passive ? null : (clauseSubject(ctx, cue.start) ?? clauseMentions(ctx, cue.start, cue.start).at(-1) ?? null);
      if (!subject && !passive) continue;
      attributeObjectQuote(ctx, a, { subject, cue, objectStart: objectStartAfter(ctx, cue.end, open), sentenceEnd: sentence.end, confidence: 0.3 });
    }
  },
});
