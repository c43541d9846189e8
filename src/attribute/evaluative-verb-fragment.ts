import type { AttributeContext } from '../pipeline/rule.js';
import { defineRule } from '../rules/define.js';
import { clauseSubject } from './speaker-mention.js';
import { attributeObjectQuote } from './object-quote.js';
import { openOf, pending, sentenceSpan } from './quote-site.js';
import { forText, plainPattern, plainTest } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const LETTER_RUN = plainPattern(String.raw`\p{L}+`, 'gu');

/** How far before the quotation the evaluative verb may stand (its object's words come between). */
const REACH = 100;
// between the verb and the quotation: its object, not a new clause or sentence
const CLAUSE_BREAK = ({ anyOf }: Lexicon) => plainPattern(String.raw`[.;:!?()]|[—–]|\s--?\s|\b${anyOf.fragmentBreakWords}\b|\band\s+(?:${anyOf.personalSubjectPronouns}|then|also|\p{Ll}+ed)\b`, 'iu');
// between the subject and the verb: auxiliaries and adverbs only ("has repeatedly slammed", "also praised")
const SUBJECT_TO_VERB = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:,[^,;:.!?“”"]{1,80},)?\s+(?:(?:${anyOf.wordsBetweenSubjectAndVerb}|\p{Ll}+ly)\s+)*$`, 'u');

/** The nearest evaluative verb before `open` in its sentence whose object runs on to the quotation, if any. */
function evaluativeVerbBefore(ctx: AttributeContext, sentenceStart: number, open: number): { start: number; end: number } | null {
  const from = Math.max(sentenceStart, open - REACH);
  let verb: { start: number; end: number } | null = null;
  const lead = ctx.text.slice(from, open);
  for (const m of lead.matchAll(forText(LETTER_RUN, lead))) {
    if (ctx.lexicon.evaluativeForms.has(m[0].toLowerCase())) verb = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return verb && !plainTest(ctx.lexicon.once(CLAUSE_BREAK), ctx.text.slice(verb.end, open)) ? verb : null;
}

/**
 * A quotation in the object of a verb that characterises speech (praise, slam, decry: models/evaluative-verbs.json)
 * quotes the verb's subject: `The mayor praised her “steady hand” during the storm.` is a mixed quote of the mayor, its
 * content the verb's object clause. The verb is no cue: its unquoted objects are no reported speech.
 */
export const evaluativeVerbFragment = defineRule({
  name: 'evaluative-verb-fragment',
  stage: 'attribute',
  description: 'Makes a quote in the object of an evaluative verb (praised, slammed, decried) a mixed quote of the verb\'s subject.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const sentence = sentenceSpan(ctx, openOf(a));
      const verb = sentence && evaluativeVerbBefore(ctx, sentence.start, openOf(a));
      if (!verb) continue;
      const subject = clauseSubject(ctx, verb.start);
      if (!subject || !plainTest(ctx.lexicon.once(SUBJECT_TO_VERB), ctx.text.slice(subject.end, verb.start))) continue;
      const objectStart = verb.end + (/^\s*/u.exec(ctx.text.slice(verb.end, openOf(a)))?.[0].length ?? 0);
      attributeObjectQuote(ctx, a, { subject, objectStart, sentenceEnd: sentence.end, confidence: 0.35 });
    }
  },
});
