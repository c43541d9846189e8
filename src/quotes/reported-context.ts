import type { Span } from '../schema/result.js';
import type { QuoteCandidate } from '../pipeline/draft.js';
import type { QuotesContext } from '../pipeline/rule.js';
import { forText, plainPattern, startsLower } from '../text/plain-pattern.js';

const WORDS = plainPattern(String.raw`[\p{L}\p{N}][\p{L}\p{N}’'-]*`, 'gu');

/** The live candidates in the order they close: build it once per rule run and hand it to `insideReportedClause`. */
export function byClose(candidates: readonly QuoteCandidate[]): QuoteCandidate[] {
  return candidates.filter((c) => c.rejected === null).sort((a, b) => a.close - b.close);
}

/** Index of the last candidate closing at or before `offset`, or -1 (binary search). */
function lastClosingBy(closing: readonly QuoteCandidate[], offset: number): number {
  let lo = 0;
  let hi = closing.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (closing[mid]!.close <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * True when the quote sits inside reported speech: earlier in its sentence a reporting verb introduces a clause
 * (`said that the “Island Town values” phrase came from him`). A title or scare quote there is the speaker's wording.
 */
export function insideReportedClause(ctx: QuotesContext, open: number, closing: readonly QuoteCandidate[]): boolean {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(open)];
  if (!sentence) return false;
  // words inside an earlier quotation are not the narrator's: start after the last one that closed before this one
  // (`closing` is sorted by close, so this looks back from `open` and stops at the sentence start: no scan of every quote)
  let start = sentence.start;
  for (let i = lastClosingBy(closing, open); i >= 0 && closing[i]!.close > sentence.start; i--) {
    if (closing[i]!.rejected === null) {
      start = closing[i]!.close;
      break;
    }
  }
  const from = ctx.doc.tokenAt(start);
  const to = ctx.doc.tokenAt(open);
  let sawVerb = false;
  for (let i = from; i < to; i++) {
    const t = ctx.doc.tokens[i]!;
    if (isSpeechVerb(ctx, t)) sawVerb = true;
    else if (sawVerb && t.lower === 'that') return true;
  }
  return false;
}

/** The reporting verb a single word is a form of, if any: "warned" -> warn. */
const oneWordVerb = (ctx: Pick<QuotesContext, 'lexicon'>, lower: string) => ctx.lexicon.verbForms.get(lower)?.find((e) => e.form.length === 1)?.verb;

/** Whether a token is a verb of speech (not of belief) in a verb-only form and in lower case. */
function isSpeechVerb(ctx: Pick<QuotesContext, 'lexicon'>, t: { text: string; lower: string }): boolean {
  const verb = oneWordVerb(ctx, t.lower);
  // a verb that is also a noun counts in its verb-only forms: "claimed", "claiming" (not "claim", "claims")
  const nounForm = verb?.nounLike === true && (t.lower === verb.lemma || t.lower === `${verb.lemma}s`);
  return verb !== undefined && !verb.belief && !nounForm && startsLower(t.text);
}

/** Whether a token is a one-word evaluative verb in lower case (praised, slammed: models/evaluative-verbs.json). */
const isEvaluativeVerb = (ctx: Pick<QuotesContext, 'lexicon'>, t: { text: string; lower: string }): boolean =>
  ctx.lexicon.evaluativeForms.has(t.lower) && startsLower(t.text);

/** Most tokens between a verb of speech and a quotation in its object (`warned of a “...” fight`). */
export const MAX_OBJECT_TOKENS = 8;

/**
 * Whether the object from a speech verb at token `verb` to the quotation at token `to` names a work or an occasion,
 * not wording: the verb names, tells or writes (`called the “Island Star”`, `told the “Harbour Hour”`, `wrote “The Sea
 * Road”`), or opens a bare clause whose subject names a thing (`said the “Harbor Days” fair would move`), or a comma,
 * an occasion ("on", "in", ...) or a possessive stands between (`said on Radio Saltby’s “...”`).
 */
function namesWorkOrOccasion(ctx: QuotesContext, verb: number, to: number): boolean {
  const { tokens } = ctx.doc;
  const t = tokens[verb]!;
  const entry = oneWordVerb(ctx, t.lower);
  if (ctx.lexicon.namingVerbForms.has(t.lower) || (entry && (ctx.lexicon.tellLikeVerbs.has(entry.lemma) || ctx.lexicon.workVerbs.has(entry.lemma) || ctx.lexicon.bareClauseVerbs.has(entry.lemma)))) return true;
  for (let k = verb + 1; k < to; k++) {
    const w = tokens[k]!;
    if (w.text === ',' || ctx.lexicon.prepositionsOfOccasion.has(w.lower) || /[’']s$/u.test(w.text)) return true;
  }
  return false;
}

/**
 * True when a verb of speech, or an evaluative verb, stands a few words before the quote in its sentence, with no
 * quotation or clause mark between: the quote is in the verb's object (`warned of a “brutal” fight`, `what he calls a
 * “rigged” game`, `denounced the “Harbour Last” campaign`), so the words are the speaker's. `forTitle`: the quote
 * looks like a title, and a verb that names, tells or writes, or an occasion or possessive before it, leaves it one
 * (namesWorkOrOccasion).
 */
export function inSpeechVerbObject(ctx: QuotesContext, open: number, forTitle = false): boolean {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(open)];
  if (!sentence) return false;
  const { tokens } = ctx.doc;
  const to = ctx.doc.tokenAt(open);
  for (let i = to - 1; i >= 0 && i >= to - MAX_OBJECT_TOKENS; i--) {
    const t = tokens[i]!;
    if (t.start < sentence.start || /^[.;:!?()“”"«»—–]$/u.test(t.text)) return false;
    if (!isSpeechVerb(ctx, t) && !isEvaluativeVerb(ctx, t)) continue;
    if (forTitle && namesWorkOrOccasion(ctx, i, to)) return false;
    // `labelled the plan a “woke” rewrite`, `dismissed the plan as “woke” talk`: the word is in a label the verb gives
    // its object, the writer's summary of the view, not the speaker's wording (unlike `warned of a “brutal” fight`)
    const first = tokens[i + 1]!;
    const last = tokens[to - 1]!;
    return !(i + 1 < to - 1 && ctx.lexicon.objectComplementOpeners.has(last.lower) && !ctx.lexicon.prepositionsBeforePhrase.has(first.lower));
  }
  return false;
}

/**
 * A candidate's content and its words, as the title and scare-quote filters read them: at most `max` + 1 words, enough
 * to tell a quote longer than `max` words (long quotes are not read to their end).
 */
export function quotedWords(text: string, c: Span, max: number): { content: string; words: string[] } {
  const content = text.slice(c.start, c.end);
  const pattern = forText(WORDS, content);
  pattern.lastIndex = 0;
  const words: string[] = [];
  for (let m = pattern.exec(content); m !== null; m = pattern.exec(content)) {
    if (words.push(m[0]) > max) break;
  }
  return { content, words };
}
