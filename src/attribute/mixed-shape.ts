import type { AttributionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { closeOf, cueIndexFrom, openOf } from './quote-site.js';
import { subjectBefore } from './subject-before.js';
import { withComplementizer } from '../text/complementizer.js';
import { forText, plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';
const NAME_GAP = plainPattern(String.raw`^\s+(?:the\s+)?\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*)*\s+$`, 'u');

// after its last quotation, a clause ends where a new one starts: ", adding", ", while", " and threatened", " but did not",
// ", he also", " and promising" (also further on), a dash set off by spaces, a semicolon; ", and the ..." after a comma
// only (with none it joins a noun phrase) (the comma may stand inside the closing mark: `“... organizations,” noting
// that`; two apostrophes, '', are one closing mark); a parenthesis right after the mark opens the writer's aside
// (`called the toll “theft” (though he later paid it)`); so do "while" right after the mark and a conjunction with a
// comma after it (`“theft” while the ferry waited`, `“theft,” but, to be fair, he paid`)
const NEXT_CLAUSE = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:''|[”"’'»])?(?<listComma>,?)\s+(?<conjunction>${anyOf.conjunctionsAfterQuote})\s+(?:(?<linked>\p{Ll}+ing)|\p{Ll}+ed|${anyOf.wordsOpeningCoordinatedClause}|(?<opener>${anyOf.newSubjectOpeners}))\b|^(?:''|[”"’'»])?\s+(?<bare>\p{Ll}+ing)\b|,(?:''|[”"’'»])?\s+(?:(?<comma>\p{Ll}+ing)|an?|${anyOf.clauseOpenersAfterQuoteComma}|${anyOf.personalSubjectPronouns})\b|\s(?:[—–]|--?)\s|\s+(?:and|but)\s+(?:(?:\p{Ll}+ly|${anyOf.adverbsInCoordinatedPhrase})\s+)?(?:\p{Ll}+ed|${anyOf.verbsOfCoordinatedPhrase}|(?<andIng>\p{Ll}+ing))\b|,[”"’'»]*\s+(?:and|but)\s+${anyOf.peopleSubjectPronouns}\b|\s+(?:as|while)\s+${anyOf.peopleSubjectPronouns}\b|;|^(?:''|[”"’'»])?,?\s*\(|^(?:''|[”"’'»])?\s+while\b|,?\s+${anyOf.conjunctionsAfterQuote},`, 'gu');
const NEW_SUBJECT = ({ anyOf }: Lexicon) => new RegExp(String.raw`^[”"’'»]+\s+(?:(?:and|but)\s+)?${anyOf.personalSubjectPronouns}\b`, 'u');
// with the comma inside the closing mark, the words that open a clause after a comma (`“late,” which ...`, `“late,” a view
// ...`, `''late,'' according to ...`); NEXT_CLAUSE reads them only after a comma that follows the mark
const CLAUSE_AFTER_INNER_COMMA = ({ anyOf }: Lexicon) => new RegExp(String.raw`^(?:''|[”"’'»])\s+(?:an?|${anyOf.clauseOpenersAfterQuoteComma})\b`, 'u');

/**
 * Whether an "-ing" word opens a participial clause: a verb stem before "-ing" (not "bring", "thing") and no preposition
 * or pronoun in "-ing" ("during", "including", "something"). Right after the closing mark, with no comma, only a speech
 * verb's participle does (`“...” adding that`): other "-ing" words there go on with the clause (`“...” heading into May`).
 */
function opensParticipleClause(ctx: AttributeContext, word: string, bare: boolean): boolean {
  if (bare) return word === 'according' || ctx.lexicon.verbForms.has(word);
  return /[aeiouy]/u.test(word.slice(0, -3)) && !ctx.lexicon.ingWordsNotParticiples.has(word);
}

// right after the mark, where the words appeared: "in", a determiner, at most two words and a noun of a statement or
// publication (`called the plan “a gift to the rich” in a video posted online`, `“...,” in an interview with`)
const WHERE_PUBLISHED = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:''|[”"’'»])?,?\s+in\s+(?:${anyOf.articlesAndPossessives}|\p{L}+[’']s)\s+(?:[\p{L}\p{N}-]+\s+){0,2}?(?:${anyOf.statementNouns}|${anyOf.publicationNouns})\b(?![’'-])`, 'iu');

/**
 * The first place in `rest` where a new clause starts (NEXT_CLAUSE, its "-ing" words read as participles);
 * `commaInside`: the quoted words end with a comma, which parts what follows as one after the mark would.
 */
function nextClause(ctx: AttributeContext, rest: string, commaInside: boolean): { index: number } | null {
  if ((commaInside && ctx.lexicon.once(CLAUSE_AFTER_INNER_COMMA).test(rest)) || plainTest(ctx.lexicon.once(WHERE_PUBLISHED), rest)) return { index: 0 };
  for (const m of rest.matchAll(forText(ctx.lexicon.once(NEXT_CLAUSE), rest))) {
    const g = m.groups ?? {};
    // "and the ..." with no comma before it joins a noun phrase to the quote's (`its “loyalty” and the support of ...`)
    const joinsNounPhrase = g['opener'] !== undefined && ctx.lexicon.determiners.has(g['opener'].toLowerCase()) && /^(?:and|but)$/iu.test(g['conjunction']!);
    if (joinsNounPhrase && g['listComma'] === '' && !commaInside) continue;
    const ing = g['linked'] ?? g['bare'] ?? g['comma'] ?? g['andIng'];
    if (ing === undefined || opensParticipleClause(ctx, ing, g['bare'] !== undefined && !commaInside)) return m;
  }
  return null;
}

// a relative word and at most one word before a verb: `what she calls`, `which he called`, `that was reported`
const RELATIVE_BEFORE_CUE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.relativesOnReport}\s+(?:\p{Ll}+\s+)?$`, 'iu');

/**
 * Where a verb between two quotations of a sentence starts another report, or null: a verb in a relative clause on the
 * words of the first report goes on with it (`was “late,” which she called “a disgrace”`), unless a conjunction or a
 * new clause comes before it (`was “late,” and Jo Li, who says ...`).
 */
function reportBetween(ctx: AttributeContext, from: number, to: number): number | null {
  let relative: { cue: number; word: number } | null = null;
  for (let k = cueIndexFrom(ctx.cues, from); k < ctx.cues.length && ctx.cues[k]!.start < to; k++) {
    const at = ctx.cues[k]!.start;
    const lead = Math.max(from, at - 30);
    const m = plainExec(ctx.lexicon.once(RELATIVE_BEFORE_CUE), ctx.text.slice(lead, at));
    if (!m) return at;
    relative ??= { cue: at, word: lead + m.index };
  }
  if (relative === null) return null;
  const between = ctx.text.slice(from, relative.word);
  return ctx.lexicon.containsWord.conjunctionsWithoutComma.test(between) || nextClause(ctx, between, false) !== null ? relative.cue : null;
}

/**
 * The last quotation of the sentence that goes on the same report: later ones with no reporting verb before them and no
 * attribution of their own (`said the plan was “late” and has “no friends left,” adding that ...`).
 */
function lastJoinedQuote(ctx: AttributeContext, a: AttributionDraft, sentenceEnd: number): { last: AttributionDraft; stop: number } {
  const list = ctx.attributions;
  let last = a;
  for (let i = list.indexOf(a) + 1; i < list.length; i++) {
    const other = list[i]!;
    if (other.kind === 'indirect') continue;
    if (openOf(other) >= sentenceEnd) break;
    // a dash, semicolon or parenthesis between them parts the report from a remark of the writer's
    if (/\s(?:[—–]|--?)\s|;|\(/u.test(ctx.text.slice(closeOf(last), openOf(other)))) break;
    const cueBetween = reportBetween(ctx, closeOf(last), openOf(other));
    // a later quotation with its own verb or speaker is another report: the clause stops before it
    if (other.mention !== null || other.cue !== null || cueBetween !== null) return { last, stop: cueBetween ?? openOf(other) };
    last = other;
  }
  return { last, stop: sentenceEnd };
}

// the words that open the next report: its conjunction, relative word and subject (`and Smith`, `who`, `while he`)
const REPORT_OPENER = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:\s+(?:${anyOf.nextReportOpeners}|\d+\s+percent|\p{Lu}[\p{L}.’'-]*))+\s*$`, 'u');

/** Length of the part of `rest` (from a closing mark to another report's verb) that still belongs to the clause. */
function clauseBefore(lexicon: Lexicon, rest: string): number {
  // the opener is a few words: look at the tail only, so a long gap costs nothing
  const from = Math.max(0, rest.length - 80);
  const opener = plainExec(lexicon.once(REPORT_OPENER), rest.slice(from));
  return opener ? from + opener.index : rest.length;
}

/** Whether a named source and its verb follow the closing mark: `was “late,” the Daily Post reported`. */
function attributedAfter(ctx: AttributeContext, close: number, sentenceEnd: number): boolean {
  const cue = ctx.cues[cueIndexFrom(ctx.cues, close)];
  if (!cue || cue.kind !== 'verb' || cue.start >= sentenceEnd || cue.start > close + 60) return false;
  if (plainTest(NAME_GAP, ctx.text.slice(close, cue.start))) return true;
  // or any subject of that verb standing right after the mark: `was “late,” the harbour's new chief said`
  const subject = subjectBefore(ctx, cue);
  return subject !== null && subject.start >= close && /^[\s”"’'»]*$/u.test(ctx.text.slice(close, subject.start)) && /^\s*$/u.test(ctx.text.slice(subject.end, cue.start));
}

// a linking word before the subordinator, and a clause opened by a preposition and a participle (`In calling it ...`)
const LINKED_OPENER = ({ anyOf }: Lexicon) => new RegExp(String.raw`^(?:${anyOf.coordinatorsAndThen}\s+)?(?:even\s+)?`, 'iu');
const PARTICIPLE_OPENER = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:${anyOf.prepositionsBeforePhrase}|${anyOf.subordinatingConjunctions})\s+\p{Ll}+ing\b`, 'iu');

/**
 * Where a quote's clause ends when the report stands in a subordinate clause that opens the sentence: at the first comma
 * after the quotation, where the main clause starts (`Even as she insisted the plan was “sound,” the board voted ...`).
 */
function subordinateClauseEnd(ctx: AttributeContext, a: AttributionDraft, from: number, end: number): number {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(openOf(a))];
  if (!sentence) return end;
  const lead = ctx.text.slice(sentence.start, openOf(a));
  const opener = lead.slice(ctx.lexicon.once(LINKED_OPENER).exec(lead)![0].length);
  if (lead.includes(',') || !(ctx.lexicon.startsWithWord.subordinatingConjunctions.test(opener) || plainTest(ctx.lexicon.once(PARTICIPLE_OPENER), opener))) return end;
  const comma = ctx.text.slice(from - 1, end).indexOf(',');
  return comma >= 0 ? from - 1 + comma : end;
}

// "that" and a comma, then the words of a fronted phrase up to the quotation
const FRONTED_IN_THAT_CLAUSE = /\bthat\s*,\s[^,;:.!?“”"]*$/u;

/** Whether the quotation at `open` stands in a phrase fronted in a that-clause: `said that, thanks to her “...,” the`. */
function frontedPhraseBefore(ctx: AttributeContext, open: number): boolean {
  const lead = ctx.text.slice(Math.max(0, open - 120), open);
  return FRONTED_IN_THAT_CLAUSE.test(lead);
}

/** Where a mixed quote's clause ends: at the next clause after its last quotation, else the sentence end less its punctuation. */
export function mixedClauseEnd(ctx: AttributeContext, a: AttributionDraft, sentenceEnd: number): number {
  const { last, stop } = lastJoinedQuote(ctx, a, sentenceEnd);
  const close = closeOf(last);
  // `... “less able,” Smith said: “...”`: the clause ends at the last comma before the other report's verb, else at
  // that verb (its subject stays out when a comma closes the quotation)
  const from = last.parts[last.parts.length - 1]!.end;
  if (stop < sentenceEnd) {
    const comma = ctx.text.lastIndexOf(',', stop);
    sentenceEnd = comma >= close ? comma : ctx.text[from - 1] === ',' ? close : close + clauseBefore(ctx.lexicon, ctx.text.slice(close, stop));
  }
  // search from the end of the quoted words, so a comma inside the closing mark counts
  const rest = ctx.text.slice(from, sentenceEnd);
  // a comma inside the closing mark, then a new subject: `was “late,” she said` ends the clause at the mark
  // (not when the quotation ends a phrase fronted in the clause: `said that, thanks to her “...,” the pier was`)
  const fronted = frontedPhraseBefore(ctx, openOf(a));
  const next = from > close ? null : ctx.text[from - 1] === ',' && !fronted && (ctx.lexicon.once(NEW_SUBJECT).test(rest) || attributedAfter(ctx, close, sentenceEnd)) ? { index: 0 } : nextClause(ctx, rest, ctx.text[from - 1] === ',' && !fronted);
  let end = next ? Math.max(close, from + next.index) : sentenceEnd;
  end = subordinateClauseEnd(ctx, a, from, end);
  while (end > close && /[\s.!?;:,]/u.test(ctx.text[end - 1]!)) end--;
  return Math.max(end, close);
}

const QUOTATION_OPENING = /[“"«]|''/u;

/**
 * Whether a quotation right after its verb closes on a comma, "!" or "?" inside its mark with no other quotation before
 * `end`: then it is the whole object of the verb and the words after the mark are the writer's, not a clause around it
 * (`She warned “we are not there yet,” before leaving`, `he shouted “Liar!” at the mayor`), unlike `said “...,” and “...”`,
 * where the report goes on.
 */
function closesOnPunctuation(ctx: AttributeContext, a: AttributionDraft, end: number): boolean {
  const last = a.parts[a.parts.length - 1]!;
  return /[,!?]/u.test(ctx.text[last.end - 1]!) && !QUOTATION_OPENING.test(ctx.text.slice(closeOf(a), end));
}

// a subordinator of time right after the closing mark: `chanted “not one more” until the lights went out`
const TIME_CLAUSE_AFTER = ({ anyOf }: Lexicon) => new RegExp(String.raw`^\s+${anyOf.timeSubordinators}\b`, 'iu');

/**
 * Whether a quotation right after its verb is the verb's whole object, so the words after its mark are the writer's:
 * it closes on a comma, "!" or "?" (closesOnPunctuation), or nothing but words stand between verb and quotation and
 * a clause of time follows the mark (`the crowd chanted “not one more” until the lights went out`, `voters reported
 * “no preference” when asked`; not `said, “we have a week” until the vote`, where the comma sets the quotation off
 * and the clause goes on).
 */
export function standsAsWholeObject(ctx: AttributeContext, a: AttributionDraft, cueEnd: number, end: number): boolean {
  if (closesOnPunctuation(ctx, a, end)) return true;
  return !/[,:;—–-]/u.test(ctx.text.slice(cueEnd, openOf(a))) && ctx.lexicon.once(TIME_CLAUSE_AFTER).test(ctx.text.slice(closeOf(a), end));
}

/**
 * Makes an attribution mixed: its content becomes the whole reported clause [start, end) around the quote, and any
 * other quote inside that clause joins it: `She said the plan was “dead” and “useless.”` is one mixed quote. A clause
 * opened by the complementizer "that" keeps it (`said that the plan was “dead”`, `said that “we need time” before the
 * vote`), whichever rule found where the clause starts.
 */
export function makeMixed(ctx: AttributeContext, a: AttributionDraft, clauseStart: number, end: number): void {
  // a quote an earlier makeMixed merged away is no longer in the list
  if (end <= clauseStart || a.dropped !== null) return;
  const start = withComplementizer(ctx.text, clauseStart);
  ctx.reshape(a, { kind: 'mixed', parts: [{ start, end }] });
  // the quotes inside the clause are a's neighbours in text order: walk out from a, not over the whole article
  const list = ctx.attributions;
  const at = list.indexOf(a);
  const inside: AttributionDraft[] = [];
  for (let i = at - 1; i >= 0 && closeOf(list[i]!) > start; i--) inside.push(list[i]!);
  for (let i = at + 1; i < list.length && list[i]!.parts[0]!.start < end; i++) inside.push(list[i]!);
  for (const other of inside) {
    if (other.kind === 'indirect' || other.parts[0]!.start < start) continue;
    // a clause that ends inside a later quotation ends with it: `were “sure of it,” a view ...` keeps the whole quote
    const otherEnd = other.parts[other.parts.length - 1]!.end;
    if (openOf(other) < end && otherEnd > end) end = otherEnd;
    if (otherEnd <= end) ctx.merge(a, other);
  }
  ctx.reshape(a, { parts: [{ start, end }] });
}
