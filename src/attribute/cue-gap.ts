import type { CueDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { TextSpan } from '../schema/result.js';
import { isFillerGap } from './filler-gap.js';
import { forText, hasAlnum, plainExec, plainPattern, plainTest, startsAlnum, startsUpperOrDigit } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { hasQuotationMark } from '../text/spans.js';

export interface CueGap {
  /** direct: only attribution words stand between cue and quote; mixed: the reported clause starts before the quote. */
  kind: 'direct' | 'mixed';
  addressee: TextSpan | null;
  /** Where the reported clause starts: the quote for direct, the first word after the cue for mixed. */
  clauseStart: number;
}

const INTERVIEW = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:in\s+(?:an?\s+)?(?:\w+\s+){0,2}${anyOf.statementNouns}\s+${anyOf.prepositionsOfAddressee}\s+)(.+)$`, 'iu');
const TO_WHOM = plainPattern(String.raw`^(?:to|with)\s+(.+)$`, 'iu');
const ADDRESSEE_THEN_ADVERBIAL = ({ anyOf }: Lexicon) => new RegExp(String.raw`^(.+?)(?:\s+${anyOf.adverbialStartsAfterAddressee}\b.*)?$`, 'su');
const QUOTED_TITLE = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:''|[“"«])(?:\p{Lu}[\p{L}\p{N}’'&-]*[\s,]*(?:${anyOf.titleLinkWords}\s+)?){1,6}[.,]?(?:''|[”"»])`, 'gu');
// an article or possessive (or a possessive 's) before a noun: "the report that", "the mayor's claim that"
const NOUN_DETERMINER_BEFORE = ({ anyOf }: Lexicon) => new RegExp(String.raw`(?:\b${anyOf.articlesAndPossessives}|[’']s?)\s+$`, 'u');
// a lower-case word and up to two more before "that"
const WORD_BEFORE_THAT = plainPattern(String.raw`(?<![\p{L}’'])([\p{Ll}]+)\s+(?:[\p{L}\p{N}]+\s+){0,2}?that\s+`, 'gu');

/**
 * Where the words that join a cue to its quotation start at the end of a gap: `that`, `:`, `,`, dashes and white space
 * (`said that “`, `said: “`, `said — “`). A backward scan, so no run of dashes can make it slow.
 */
function trailingConnector(gap: string): number {
  const space = (i: number) => i > 0 && /\s/u.test(gap[i - 1]!);
  let end = gap.length;
  let found = false;
  for (;;) {
    let i = end;
    while (space(i)) i--;
    if (i > 0 && /[:,—–-]/u.test(gap[i - 1]!)) {
      end = i - 1;
    } else if (i >= 4 && gap.slice(i - 4, i).toLowerCase() === 'that' && (i === 4 || !hasAlnum(gap[i - 5]!))) {
      end = i - 4;
    } else break;
    found = true;
  }
  if (!found) return gap.length;
  while (space(end)) end--;
  return end;
}

// whom "to" names: a noun phrase with its determiner, a name, an object pronoun or a plural (`to the board`, `to Smith`,
// `to them`, `to reporters`), not a verb (`pledged to oppose the plan “`) nor the thing named (`referred to the pier as “`)
const ADDRESSEE_START = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:\p{Lu}|\d|${anyOf.determiners}\b|${anyOf.addresseeWords}\b|\p{Ll}+[^s\s]s\b)`, 'u');
const NAMED_AS = /\bas\s*$/u;
const TIME_PHRASES = ({ timePhrases }: Lexicon): ReadonlySet<string> => new Set(timePhrases.map((p) => p.join(' ')));
// a preposition that makes one verb with the reporting verb, then a noun phrase: `called for the`, `referred to Smith as`;
// but for "to" (`pledged to oppose`) and a clause opener (`spoke about whether`) also a bare plural or a gerund: `called on
// skippers to`, `called for raising fares`
const PREPOSITION_OF_VERB = ({ anyOf }: Lexicon) => plainPattern(String.raw`^${anyOf.prepositionsOfReportingVerbs}\s+(?=${anyOf.determiners}\s|${anyOf.addresseeWords}\b|\p{Lu})|^(?!to\b)${anyOf.prepositionsOfReportingVerbs}\s+(?!${anyOf.complementOpeners}\b)(?=\p{Ll})`, 'u');

function namesAddressee(ctx: Pick<AttributeContext, 'lexicon'>, words: string): boolean {
  return plainTest(ctx.lexicon.once(ADDRESSEE_START), words) && !NAMED_AS.test(words) && !ctx.lexicon.startsWithWord.complementOpeners.test(words);
}

// "to the secretary and that", "to Smith, and that": a clause of its own, not whom it was said to
const CLAUSE_INSIDE = plainPattern(String.raw`\bthat\b|,\s*and\b|\band\s*$`, 'iu');

// the words before "that": no comma in them, or for a verb that takes an addressee a longer phrase whose commas set off
// a place (`told a crowd in Saltby, Norway, that`)
const LEAD_THAT = /^\s*(\S(?:[^,;:]*?\S)?)\s+that\s+/u;
const ADDRESSEE_LEAD_THAT = /^\s*(\S(?:[^;:]*?\S)?),?\s+that\s+/u;

// for any verb, words before "that" whose commas only set off the parts of a place name (`said in Saltby, Norway, that`)
const PLACE_LEAD_THAT = plainPattern(String.raw`^\s*(\S[^,;:]*?(?:,\s+\p{Lu}[^,;:]*?)+),\s+that\s+`, 'u');

// "to" and the words after it, whom a statement was made to: `admitted to the Courier that`
const TO_ADDRESSEE = /^\s*to\s+(\S.*)$/su;

// a short phrase set off by commas between the verb and "that": `said, with a shrug, that`
const SET_OFF_THAT = /^\s*,\s*([^,;:“”"«»]+?)\s*,\s*that\s+/u;

const FIRST_WORD = plainPattern(String.raw`^[\p{L}\p{N}’'-]+`, 'u');

/** Whether `words` open with a subject: a subject pronoun, a determiner, a capitalised word or a number. */
function opensSubject(ctx: Pick<AttributeContext, 'lexicon'>, words: string): boolean {
  const first = plainExec(FIRST_WORD, words)?.[0] ?? '';
  const lower = first.toLowerCase();
  return startsUpperOrDigit(first) || ctx.lexicon.subjectPronounForms.has(lower) || ctx.lexicon.determiners.has(lower);
}

/**
 * The words up to the first "that" of a mixed gap when they only say where, when or to whom it was said, or are a
 * phrase of a few words set off by commas (`said, by her own count, that`).
 */
function introducedThat(ctx: Pick<AttributeContext, 'lexicon' | 'mentions' | 'doc' | 'text'>, cue: CueDraft, core: string): RegExpExecArray | null {
  const setOff = SET_OFF_THAT.exec(core);
  if (setOff && setOff[1]!.split(/\s+/u).length <= 6 && !ctx.lexicon.containsWord.finiteVerbsInGap.test(setOff[1]!)) return setOff;
  // whom it was said to, after "told" or after "to" (`admitted to the Courier, its rival, that`); after "to" the "that"
  // must open a clause with a subject of its own, not a relative clause on the noun (`referred to the law that banned`)
  const tellVerb = ctx.lexicon.tellLikeVerbs.has(cue.lemma);
  const toWhom = tellVerb || namesAddressee(ctx, TO_ADDRESSEE.exec(core)?.[1] ?? '');
  const m = toWhom ? ADDRESSEE_LEAD_THAT.exec(core) : (LEAD_THAT.exec(core) ?? plainExec(PLACE_LEAD_THAT, core));
  if (!m || (toWhom && !tellVerb && !opensSubject(ctx, core.slice(m[0].length)))) return null;
  const lead = m[1]!;
  const words = lead.split(/\s+/u);
  if (words.length > (toWhom ? 14 : 8) || ctx.lexicon.containsWord.finiteVerbsInGap.test(lead)) return null;
  const adverbial = ctx.lexicon.startsWithWord.adverbialGapOpeners.test(lead) || isFillerGap(ctx, lead) || ctx.lexicon.once(TIME_PHRASES).has(lead.toLowerCase());
  return adverbial || toWhom ? m : null;
}

/**
 * Where the clause of a speech noun starts inside a mixed gap: `blamed the press for the candidate’s claim that the
 * plan was “`, `repeated his comments Monday that the plan was “` (the noun's clause, not the verb's, holds the quote).
 */
function nounThat(ctx: Pick<AttributeContext, 'lexicon'>, core: string): number | null {
  let at: number | null = null;
  for (const m of core.matchAll(forText(WORD_BEFORE_THAT, core))) {
    const word = m[1]!;
    const verb = ctx.lexicon.verbForms.get(word)?.find((e) => e.form.length === 1)?.verb;
    if (verb?.nounLike && (word === verb.lemma || word === `${verb.lemma}s`) && ctx.lexicon.once(NOUN_DETERMINER_BEFORE).test(core.slice(0, m.index))) at = m.index + m[0].length;
  }
  return at;
}

// the words of a gap, as runs of anything but white space
const WORD_AT = /\S+/gu;

/**
 * Where the addressee of "told" ends and its bare clause starts in `core` (from the first word after the verb): an object
 * pronoun or audience noun as the whole addressee (`told them the plan`), else the words up to a subject pronoun (`told
 * the Harbor Post on Monday she was`).
 */
function toldBareClause(ctx: Pick<AttributeContext, 'lexicon'>, core: string): { addresseeEnd: number; clauseAt: number } | null {
  // (an object pronoun or a plural audience noun, not "her", which may open a noun phrase: `told her staff she was`)
  // (and no time or place phrase after it: `told reporters on Monday she was`)
  const first = /^(\S+)\s+(\S+)/u.exec(core);
  const whole = first?.[1]!.toLowerCase() ?? '';
  if (first && ctx.lexicon.addresseeWords.has(whole) && !ctx.lexicon.determiners.has(whole) && !ctx.lexicon.adverbialStartsAfterAddressee.has(first[2]!.toLowerCase())) {
    return { addresseeEnd: first[1]!.length, clauseAt: first.index + first[0].length - first[2]!.length };
  }
  let words = 0;
  let previousEnd = 0;
  for (const w of core.matchAll(WORD_AT)) {
    if (words > 0 && ctx.lexicon.subjectPronounForms.has(w[0].toLowerCase())) {
      // the addressee ends before a time or place phrase: `told reporters on Monday she was`
      const addressee = ctx.lexicon.once(ADDRESSEE_THEN_ADVERBIAL).exec(core.slice(0, previousEnd))![1]!.trimEnd();
      return { addresseeEnd: addressee.length, clauseAt: w.index };
    }
    if (++words > 7 || /[,;:]$/u.test(w[0])) return null;
    previousEnd = w.index + w[0].length;
  }
  return null;
}

/**
 * Length of the time phrases that open `core` before the reported clause (`Tuesday night`, `on Monday`, `last week`,
 * `on Harbor Radio` is no time phrase and stays): `said Tuesday night the plan was “`, `promised on Friday to keep “`.
 * "earlier", "later" and "recently" stay, as they may belong to the clause (`said later talks were “`).
 */
function leadingTimePhrase(ctx: Pick<AttributeContext, 'lexicon'>, core: string): number {
  const words = [...core.matchAll(WORD_AT)].slice(0, 8);
  const lower = (k: number) => words[k]?.[0].toLowerCase();
  let i = 0;
  for (;;) {
    const first = lower(i);
    const phrase = first === undefined || ctx.lexicon.relativeTimeAdverbs.has(first) ? undefined : ctx.lexicon.timePhrasesByFirstWord.get(first)?.find((p) => p.every((w, k) => lower(i + k) === w));
    if (!phrase) break;
    i += phrase.length;
    // a part of the day after a weekday: "Tuesday night", "on Friday morning"
    if (ctx.lexicon.weekdays.has(phrase[phrase.length - 1]!) && ctx.lexicon.timePeriods.has(lower(i) ?? '')) i++;
  }
  // (a part of the day with a possessive opens a noun phrase of the clause: `said Monday night’s vote was “`)
  if (ctx.lexicon.timePeriods.has(lower(i)?.replace(/[’']s?$/u, '') ?? '')) return 0;
  // (a clause must follow: not a dash or a comma that sets the time phrase off, `said Tuesday -- and`)
  if (i === 0 || i >= words.length || !startsAlnum(words[i]![0])) return 0;
  return words[i]!.index;
}

function span(ctx: Pick<AttributeContext, 'text'>, start: number, end: number): TextSpan {
  return { start, end, text: ctx.text.slice(start, end) };
}

/**
 * Reads the words between a cue and the quote (or clause) it introduces:
 * `said that “`, `explained to the Harbour Post that “`, `stated in an interview with the Daily Post that “` are direct;
 * `said the plan was “` is mixed. Returns null when another quote stands between (callers keep to one sentence).
 */
export function readCueGap(ctx: Pick<AttributeContext, 'text' | 'lexicon' | 'mentions' | 'doc'>, cue: CueDraft, to: number, from = cue.end): CueGap | null {
  const gap = ctx.text.slice(from, to);
  // a quoted title in the gap is a name, not another quotation: `said on Harbor TV's ''Island Hour'' that`
  // (the replace runs only on a gap with a quotation mark: taking titles out adds none)
  if (gap.length > 400 || (hasQuotationMark(gap) && hasQuotationMark(gap.replace(forText(ctx.lexicon.once(QUOTED_TITLE), gap), ' ')))) return null;
  const connectorAt = trailingConnector(gap);
  const connector = connectorAt < gap.length;
  const coreEnd = connector ? from + connectorAt : to;
  const leading = /^\s*/u.exec(gap)![0].length;
  const coreStart = from + leading;
  const core = ctx.text.slice(coreStart, coreEnd);
  // only adverbs and commas: "noted, however, that “...”", "said again:"
  if (core.trim() === '' || isFillerGap(ctx, core)) return { kind: 'direct', addressee: null, clauseStart: to };
  // a phrase set off by commas: "joked, in a mock accent, “...”", "said Jane Doe, who knew him, “...”", "claimed, without
  // evidence, that “...”"
  if (connector && /^\s*,/u.test(core) && /,\s*(?:that\s*)?$/u.test(gap) && core.split(/\s+/u).length <= 12 && !ctx.lexicon.containsWord.finiteVerbsInGap.test(core)) return { kind: 'direct', addressee: null, clauseStart: to };
  const interview = plainExec(ctx.lexicon.once(INTERVIEW), core);
  // (`in an interview with the Gazette that she found him “`: the words after "that" are the clause, not whom it was said to)
  if (interview && !plainTest(CLAUSE_INSIDE, interview[1]!) && !ctx.lexicon.containsWord.finiteVerbsInGap.test(interview[1]!)) {
    const at = coreStart + core.length - interview[1]!.length;
    return { kind: 'direct', addressee: span(ctx, at, coreEnd), clauseStart: to };
  }
  const toWhom = plainExec(TO_WHOM, core);
  const words = core.trim().split(/\s+/u);
  const isTime = ctx.lexicon.once(TIME_PHRASES).has(core.trim().toLowerCase());
  if (isTime) return { kind: 'direct', addressee: null, clauseStart: to };
  if (toWhom && words.length <= 8 && !ctx.lexicon.containsWord.finiteVerbsInGap.test(core) && !plainTest(CLAUSE_INSIDE, core)) {
    // "to" and a verb before "that" chain the verbs (`continued to insist that`); before the quote itself they open the
    // clause that holds it (`pledged to oppose the tolls “`)
    const at = coreStart + core.length - toWhom[1]!.length;
    const named = namesAddressee(ctx, toWhom[1]!);
    if (named || connector) return { kind: 'direct', addressee: named ? span(ctx, at, coreEnd) : null, clauseStart: to };
  }
  // an adverbial phrase: "said outside court that", "told reporters after the vote that", "said on Tuesday:"
  if (connector && words.length <= 8 && ctx.lexicon.startsWithWord.adverbialGapOpeners.test(core.trim()) && !ctx.lexicon.containsWord.finiteVerbsInGap.test(core)) {
    return { kind: 'direct', addressee: null, clauseStart: to };
  }
  if (ctx.lexicon.tellLikeVerbs.has(cue.lemma) && connector && !ctx.lexicon.containsWord.beAndWillForms.test(core) && !plainTest(CLAUSE_INSIDE, core)) {
    // "told the local board of trade on Thursday that": the addressee, then a time or place phrase
    const addressee = ctx.lexicon.once(ADDRESSEE_THEN_ADVERBIAL).exec(core)?.[1]?.trimEnd() ?? '';
    if (addressee !== '' && addressee.split(/\s+/u).length <= 6) return { kind: 'direct', addressee: span(ctx, coreStart, coreStart + addressee.length), clauseStart: to };
  }
  // a colon closes what went before: `said he had no time for it: “...”` quotes the words after it whole
  if (/:\s*$/u.test(gap)) return { kind: 'direct', addressee: null, clauseStart: to };
  // the reported clause begins after the cue (and after its "that"), or after an adverbial or the addressee and their
  // "that": `said in a statement that the plan was “`, `told reporters on Monday that the plan was “`
  const that = /^\s*that\s+/u.exec(core) ?? introducedThat(ctx, cue, core);
  const nounClause = nounThat(ctx, core);
  // with no "that", a time phrase right after the verb is not reported: `said Tuesday night the plan was “` starts the
  // clause at "the plan"
  const timeLead = that || nounClause !== null ? 0 : leadingTimePhrase(ctx, core);
  if (timeLead > 0) return readCueGap(ctx, cue, to, coreStart + timeLead);
  // "told" (or "assured", "warned" ...) and whom, then a bare clause: `told reporters he was “`, `assured them the plan was “`
  // (not "asked": its question word opens the clause, `asked her how she was “`)
  const told = that || nounClause !== null || !ctx.lexicon.tellLikeVerbs.has(cue.lemma) || cue.lemma === 'ask' ? null : toldBareClause(ctx, core);
  if (told) return { kind: 'mixed', addressee: span(ctx, coreStart, coreStart + told.addresseeEnd), clauseStart: coreStart + told.clauseAt };
  // the preposition of a verb like "called for", "referred to" before a noun phrase stays with the verb
  const preposition = that || nounClause !== null ? null : plainExec(ctx.lexicon.once(PREPOSITION_OF_VERB), core);
  return { kind: 'mixed', addressee: null, clauseStart: coreStart + (nounClause ?? (that ? that[0].length : (preposition?.[0].length ?? 0))) };
}

/**
 * The addressee written after a trailing attribution: `“...,” she told the chamber.`,
 * `“...,” Smith said in an interview with the Daily Post.`, `“...,” he told reporters on Monday.`
 */
export function addresseeAfter(ctx: Pick<AttributeContext, 'text' | 'lexicon'>, cue: CueDraft, from: number, sentenceEnd: number): TextSpan | null {
  const rest = ctx.text.slice(from, sentenceEnd);
  const phrase = /^\s*([^,.;:!?“”"«»]{1,80})/u.exec(rest);
  if (!phrase) return null;
  const words = phrase[1]!.trim();
  const at = from + phrase[0].length - phrase[1]!.length + (phrase[1]!.length - phrase[1]!.trimStart().length);
  const interview = plainExec(ctx.lexicon.once(INTERVIEW), words);
  if (interview) {
    const start = at + words.length - interview[1]!.length;
    return span(ctx, start, start + interview[1]!.trimEnd().length);
  }
  if (!ctx.lexicon.tellLikeVerbs.has(cue.lemma)) return null;
  // the addressee ends before a time or place phrase: "reporters on Monday", "the chamber after the vote"
  const name = ctx.lexicon.once(ADDRESSEE_THEN_ADVERBIAL).exec(words)?.[1]?.trim() ?? '';
  if (name === '') return null;
  if (name.split(/\s+/u).length > 6 || ctx.lexicon.startsWithWord.complementOpeners.test(name)) return null;
  return span(ctx, at, at + name.length);
}
