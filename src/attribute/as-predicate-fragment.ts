import { defineRule } from '../rules/define.js';
import type { MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { anchorEnd } from './filler-gap.js';
import { clauseSubject } from './clause-subject.js';
import { attributeObjectQuote } from './object-quote.js';
import { openOf, pending, sentenceSpan } from './quote-site.js';
import { plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';

/** How far before the quotation the verb may stand (its object comes between). */
const REACH = 120;
// "as", "as a", "as an", "as being" right before the opening mark
// (not "such as", which gives examples)
const AS_BEFORE = /(?<!\bsuch\s)\bas\s+(?:(?:a|an|being)\s+)?$/u;
// after the subject: auxiliaries and adverbs, then the verb and a particle ("summed up", "played down"); a progressive
// ("is praising") counts, a passive ("was known", "were listed") does not
const FINITE_VERB = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:,[^,;:.!?“”"«»]{1,80},)?\s+(?:(?:${anyOf.adverbsBeforeObjectVerb}|\p{Ll}+ly)\s+)*(?:${anyOf.beFormsExceptBeing}\s+(?=\p{Ll}+ing\b))?(\p{Ll}{3,})(?:\s+${anyOf.verbParticles})?\s+`, 'u');
// a participle that opens a phrase of the sentence's subject: "..., portraying the rival as" (the last one)
const PARTICIPLE = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:^|,\s+)(\p{Ll}{3,}ing)(?:\s+${anyOf.verbParticles})?\s+(?!.*,\s+\p{Ll}{3,}ing\s)`, 'u');
// between the verb and "as": its object, not a new clause or sentence
const CLAUSE_BREAK = ({ anyOf }: Lexicon) => plainPattern(String.raw`[.;:!?()“”"«»]|[—–]|\s--?\s|\b(?:${anyOf.fragmentBreakWords}|when)\b|\band\s+(?:${anyOf.personalSubjectPronouns}|then|also|\p{Ll}+ed)\b`, 'iu');

/** The subject and where the object starts, for a quotation opened at `open` after "as"; null when it has none. */
function asPredicate(ctx: AttributeContext, open: number, sentenceStart: number): { subject: MentionDraft; objectStart: number } | null {
  if (!AS_BEFORE.test(ctx.text.slice(Math.max(sentenceStart, open - 12), open))) return null;
  const subject = clauseSubject(ctx, open);
  if (!subject || subject.start < sentenceStart) return null;
  const from = anchorEnd(ctx, subject, open);
  if (open - from > REACH) return null;
  const lead = ctx.text.slice(from, open);
  // a participle of the subject's phrase nearest the quotation, else the subject's own verb
  const verb = plainExec(ctx.lexicon.once(PARTICIPLE), lead) ?? plainExec(ctx.lexicon.once(FINITE_VERB), lead);
  // "known as" names a thing: the name is nobody's words
  if (!verb || ctx.lexicon.functionWords.has(verb[1]!) || ctx.lexicon.namingParticiples.has(verb[1]!)) return null;
  const objectStart = from + verb.index + verb[0].length;
  return plainTest(ctx.lexicon.once(CLAUSE_BREAK), ctx.text.slice(objectStart, open)) ? null : { subject, objectStart };
}

/**
 * A quotation after "as" that completes a verb's object speaks for the verb's subject, whatever the verb:
 * `The mayor heralded the new ferry as a “lifeline,”` and `..., casting her rival as “out of touch”` are mixed quotes
 * of the mayor and of the sentence's subject, their content the object from after the verb. A passive
 * (`the island, known as “the Rock”`) has no subject that speaks.
 */
export const asPredicateFragment = defineRule({
  name: 'as-predicate-fragment',
  stage: 'attribute',
  description: 'Makes a quote after "as" in the object of a verb ("heralded the deal as “a breakthrough”") a mixed quote of the verb\'s subject.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const sentence = sentenceSpan(ctx, openOf(a));
      const site = sentence && asPredicate(ctx, openOf(a), sentence.start);
      if (site) attributeObjectQuote(ctx, a, { ...site, sentenceEnd: sentence.end, confidence: 0.35 });
    }
  },
});
