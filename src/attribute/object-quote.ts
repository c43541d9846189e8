import type { AttributionDraft, CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { makeMixed, mixedClauseEnd } from './mixed-shape.js';
import { clauseMentions, clauseSubject } from './clause-subject.js';
import { closeOf, openOf, sentenceSpan } from './quote-site.js';
import { hasAlnum, plainPattern, plainTest } from '../text/plain-pattern.js';

/**
 * Gives a quotation in a verb's object to the verb's subject (with the verb as cue when it is one): the quote becomes mixed, from the object's
 * start to the end of its clause, unless the quotation is the whole object (`praised “the crews”`).
 */
export function attributeObjectQuote(ctx: AttributeContext, a: AttributionDraft, site: { subject: MentionDraft | null; cue?: CueDraft; objectStart: number; sentenceEnd: number; confidence: number }): void {
  ctx.attribute(a, { mention: site.subject, cue: site.cue ?? null, confidence: site.confidence });
  const end = mixedClauseEnd(ctx, a, site.sentenceEnd);
  if (site.objectStart < openOf(a) || hasAlnum(ctx.text.slice(closeOf(a), end))) makeMixed(ctx, a, site.objectStart, end);
}

/** How far before the quotation a verb may stand (its object's words come between). */
export const VERB_REACH = 140;
// between the verb and the quotation: its object (a relative clause on it included), not a new clause or sentence
const CLAUSE_BREAK = ({ anyOf }: Lexicon) => plainPattern(String.raw`[.;:!?()]|[—–]|\s--?\s|\b${anyOf.objectBreakWords}\b|\band\s+(?:${anyOf.personalSubjectPronouns}|then|also|\p{Ll}+ed)\b`, 'iu');
// between the subject and the verb: auxiliaries and adverbs only ("has repeatedly slammed", "also praised")
const SUBJECT_TO_VERB = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:,[^,;:.!?“”"]{1,80},)?\s+(?:(?:${anyOf.wordsBetweenSubjectAndVerb}|\p{Ll}+ly)\s+)*$`, 'u');
// before an -ing verb, also a form of be or a verb of aspect ("is praising", "kept talking about")
const SUBJECT_TO_PROGRESSIVE = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:,[^,;:.!?“”"]{1,80},)?\s+(?:(?:${anyOf.wordsBetweenSubjectAndVerb}|${anyOf.progressiveLeads}|\p{Ll}+ly)\s+)*$`, 'iu');

// a time phrase between a subject and its verb, dropped before SUBJECT_TO_VERB is tried ("The mayor on Tuesday
// praised", "late Friday night slammed", "last week hailed")
const TIME_PHRASE = ({ anyOf }: Lexicon) => new RegExp(String.raw`\s(?:(?:on\s+)?(?:${anyOf.timeGapWords}\s+)?${anyOf.weekdays}(?:\s+${anyOf.timePeriods})?|${anyOf.timeDeterminers}\s+${anyOf.timePeriods}|${anyOf.deicticTimeAdverbs})(?=\s)`, 'giu');
// between a clause's subject and a second verb of it: its first verb phrase, "and" (an adverb, an "in a statement"
// phrase) ("The board ended its review and deemed him", "and in a letter praised")
const COORDINATED = ({ anyOf }: Lexicon) => plainPattern(String.raw`^[^.;:!?“”"()—–]*\s${anyOf.coordinatorsAndThen}\s+(?:${anyOf.adverbsBeforeCoordinatedCue}\s+)?(?:in\s+${anyOf.determiners}\s+\p{L}+\s+)?$`, 'u');

type Span = { start: number; end: number };

/** Where a verb's object starts: the first word after the verb, before the quotation at `open`. */
export const objectStartAfter = (ctx: AttributeContext, verbEnd: number, open: number): number => verbEnd + (/^\s*/u.exec(ctx.text.slice(verbEnd, open))?.[0].length ?? 0);

/** Whether the words from a verb's end to the quotation at `open` are its object: no new clause or sentence between. */
export const objectRunsOn = (ctx: AttributeContext, verbEnd: number, open: number): boolean => !plainTest(ctx.lexicon.once(CLAUSE_BREAK), ctx.text.slice(verbEnd, open));

/**
 * When `findVerb` finds a verb before the quotation in its sentence (within VERB_REACH) whose object runs on to the
 * quotation, and the verb has a subject in its own clause, attributes the quotation to that subject as the verb's
 * object and returns true.
 */
export function attributeVerbObject(ctx: AttributeContext, a: AttributionDraft, findVerb: (from: number, open: number) => Span | null, confidence: number): boolean {
  const open = openOf(a);
  const sentence = sentenceSpan(ctx, open);
  if (!sentence) return false;
  const verb = findVerb(Math.max(sentence.start, open - VERB_REACH), open);
  if (!verb || !objectRunsOn(ctx, verb.end, open)) return false;
  const progressive = /^\p{L}+ing\b/u.test(ctx.text.slice(verb.start, verb.end));
  const pattern = ctx.lexicon.once(progressive ? SUBJECT_TO_PROGRESSIVE : SUBJECT_TO_VERB);
  const leadsToVerb = (m: MentionDraft | null | undefined): m is MentionDraft => m !== null && m !== undefined && plainTest(pattern, ctx.text.slice(m.end, verb.start).replace(ctx.lexicon.once(TIME_PHRASE), ''));
  // the clause's subject, else a mention right before the verb in a relative clause: `Rubio, whom he dubbed “...”`,
  // `in a way the inspector slammed as “...”`
  const clause = clauseSubject(ctx, verb.start);
  // (the clause's subject also has a second verb of it: `The board ended its review and deemed him “fit”`)
  const secondVerb = clause !== null && plainTest(ctx.lexicon.once(COORDINATED), ctx.text.slice(clause.end, verb.start));
  const subject = leadsToVerb(clause) || secondVerb ? clause : clauseMentions(ctx, verb.start, verb.start).at(-1);
  if (!subject || (!leadsToVerb(subject) && !(secondVerb && subject === clause))) return false;
  attributeObjectQuote(ctx, a, { subject, objectStart: objectStartAfter(ctx, verb.end, open), sentenceEnd: sentence.end, confidence });
  return true;
}
