import type { CueDraft, MentionDraft, QuoteCandidate, SentenceDraft } from '../pipeline/draft.js';
import { clauseMentions } from '../attribute/clause-subject.js';
import { speakerOfCue } from '../attribute/speaker-mention.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Span } from '../schema/result.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { SpanSet } from '../text/span-set.js';
import { forText, hasAlnumRuns, plainExec, plainMatch, plainPattern, plainTest } from '../text/plain-pattern.js';
const SUBJECT_WORDS = plainPattern(String.raw`[\p{L}\p{N}][\p{L}\p{N}’'.%-]*`, 'gu');
const OPENER = plainPattern(String.raw`^\s*([\p{L}]+)[^,]*,\s*`, 'u');

/** Cues already used by a quote, so reported-speech rules leave them alone. */
export function usedCues(ctx: Pick<AttributeContext, 'attributions'>): Set<CueDraft> {
  const used = new Set<CueDraft>();
  for (const a of ctx.attributions) if (a.cue) used.add(a.cue);
  return used;
}

/**
 * The spans of every attribution found so far, with the quotation marks of their quotes. A quotation that is no
 * attribution's takes nothing: the marks of a title or scare quote the quote filters rejected (`said the “Harbor Days”
 * fair was over`), or a fragment no sieve found a speaker for, which the reported clause then holds.
 */
export function takenSpans(ctx: Pick<AttributeContext, 'attributions'>): SpanSet {
  const taken = new SpanSet();
  for (const a of ctx.attributions) {
    for (const p of a.parts) taken.add(p);
    for (const q of a.quotes) taken.add({ start: q.open, end: q.close });
  }
  return taken;
}

/** True when the span overlaps a quote or attribution already found. */
export function isTaken(span: Span, taken: SpanSet): boolean {
  return taken.overlaps(span);
}

/** Whether an accepted quotation lies within the parts (binary search on the quotes, sorted by opening mark). */
function holdsQuote(quotes: readonly QuoteCandidate[], parts: readonly Span[]): boolean {
  return parts.some((p) => {
    let lo = 0;
    let hi = quotes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (quotes[mid]!.open < p.start) lo = mid + 1;
      else hi = mid;
    }
    return lo < quotes.length && quotes[lo]!.close <= p.end;
  });
}

/**
 * Records a new reported-speech attribution and its spans as taken. It is indirect, or mixed when it holds a quotation
 * nobody else claimed: `The fee was “a disgrace,” the union said.`
 */
export function report(ctx: Pick<AttributeContext, 'addIndirect' | 'reshape' | 'quotes'>, taken: SpanSet, attribution: Parameters<AttributeContext['addIndirect']>[0]): void {
  const a = ctx.addIndirect(attribution);
  if (holdsQuote(ctx.quotes, attribution.parts)) ctx.reshape(a, { kind: 'mixed' });
  for (const p of attribution.parts) taken.add(p);
}

// a reported clause ends where a new clause with its own subject or a participle starts:
// "its deficit has tripled, and it still has not published ...", "..., adding that ..."
const NEXT_CLAUSE = ({ anyOf }: Lexicon) => new RegExp(String.raw`;\s|,\s+(?:${anyOf.clauseJoiningConjunctions}\s+${anyOf.newSubjectOpeners}\b|${anyOf.clauseOpenersAfterComma}\b)`, 'u');

/** Trims a clause of white space, a leading comma and trailing sentence punctuation; cuts it at the next clause.
 * Null when fewer than `minWords` words are left. */
export function trimClause({ text, lexicon }: Pick<AttributeContext, 'text' | 'lexicon'>, start: number, end: number, minWords = 3): Span | null {
  let s = start;
  const next = lexicon.once(NEXT_CLAUSE).exec(text.slice(start, end));
  let e = next ? start + next.index : end;
  while (s < e && /[\s,]/u.test(text[s]!)) s++;
  while (e > s && /[\s.,;:!?]/u.test(text[e - 1]!)) e--;
  return hasAlnumRuns(text, s, e, minWords) ? { start: s, end: e } : null;
}

// the last clause break before a quote that a reported clause ran into: "he respects her and calls her “...”",
// "he taught law, and added: “...”"
const BREAK_BEFORE_TAKEN = ({ anyOf }: Lexicon) => new RegExp(String.raw`(?:,\s*|\s+)${anyOf.clauseJoiningConjunctions}\s|[,;:—]\s`, 'gu');

/**
 * The reported clause, or when a quote or attribution found before starts inside it, the clause up to the last
 * clause break before that quote (`She says she respects him and calls him “a fine man.”` -> "she respects him");
 * null when it starts taken or nothing of three words is left.
 */
export function clauseBeforeTaken(ctx: Pick<AttributeContext, 'text' | 'lexicon'>, content: Span, taken: SpanSet): Span | null {
  if (!isTaken(content, taken)) return content;
  const at = taken.firstStartInside(content);
  if (at === null || isTaken({ start: content.start, end: at }, taken)) return null;
  const pattern = ctx.lexicon.once(BREAK_BEFORE_TAKEN);
  pattern.lastIndex = 0;
  const cut = pattern.exec(ctx.text.slice(content.start, at));
  return cut && cut.index > 0 ? trimClause(ctx, content.start, content.start + cut.index) : null;
}

/** The reporting verbs no quote used yet, each with its sentence, in text order. */
export function* freeCues(ctx: Pick<AttributeContext, 'attributions' | 'cues' | 'doc'>): Generator<{ cue: CueDraft; sentence: SentenceDraft }> {
  const used = usedCues(ctx);
  for (const cue of ctx.cues) {
    if (cue.kind !== 'verb' || used.has(cue)) continue;
    const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
    if (sentence) yield { cue, sentence };
  }
}

type SpeakerCtx = Pick<AttributeContext, 'text' | 'lexicon' | 'mentions' | 'doc' | 'cues'>;

// a verb phrase joined to the one before: "She thanked the crowd and said ...", "..., but added that ..."
const COORDINATED = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:^|[\s,])(?:and|but)\s+(?:${anyOf.adverbsAfterCoordinator}\s+)?$`, 'iu');
// "Jane Doe, who said ...", "voters who say ..."
const RELATIVE_WHO = ({ anyOf }: Lexicon) => plainPattern(String.raw`\bwho\s+(?:${anyOf.wordsAfterRelativeWho}\s+)?$`, 'iu');
// where the clause holding the cue starts: after a semicolon, or a comma and a conjunction ("..., while 30 percent said")
const CLAUSE_BREAK = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:[;:]|,\s*${anyOf.clauseJoiningConjunctions}\s|\s${anyOf.conjunctionsWithoutComma}\s|^)\s*`, 'giu');

/**
 * The speaker of a free reporting verb for reported speech: the mention `speakerOfCue` finds, else the subject of a
 * coordinated verb phrase (`Jane Doe thanked the crowd and said ...`), the name before "who" (`Jane Doe, who said`),
 * or, when a plain noun phrase that no mention covers opens the clause (`Nearly half of the ferrymen said ...`,
 * `Two people who saw the letter say ...`), no mention at all. Null when the cue has no subject of its own before it.
 */
export function reportingSubject(ctx: SpeakerCtx, cue: CueDraft): { mention: MentionDraft | null } | null {
  const found = speakerOfCue(ctx, cue);
  // a mention after the verb may be the start of its clause ("Many in the crowd said the senator was ..."), so the
  // subject before it is looked for first
  if (found && found.start < cue.start) return { mention: found };
  const before = subjectBeforeCue(ctx, cue);
  return before ?? (found ? { mention: found } : null);
}

/** How far back from a cue its subject is looked for. */
const SUBJECT_WINDOW = 600;

function subjectBeforeCue(ctx: SpeakerCtx, cue: CueDraft): { mention: MentionDraft | null } | null {
  if (/ing$/u.test(cue.text.split(' ')[0]!)) return null;
  const s = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
  if (!s) return null;
  // a subject of at most 14 words ends the text before the cue: a window keeps a long unpunctuated run linear
  const from = Math.max(s.start, cue.start - SUBJECT_WINDOW);
  const before = ctx.text.slice(from, cue.start);
  if (ctx.lexicon.endsWithWord.beFormsAndTo.test(before)) return null;
  if (plainTest(ctx.lexicon.once(COORDINATED), before)) {
    return { mention: clauseMentions(ctx, cue.start, cue.start)[0] ?? null };
  }
  const who = plainExec(ctx.lexicon.once(RELATIVE_WHO), before);
  if (who) {
    const at = from + who.index;
    const antecedent = clauseMentions(ctx, cue.start, at).filter((m) => /^\s*,?\s*$/u.test(ctx.text.slice(m.end, at))).pop();
    return antecedent ? { mention: antecedent } : null;
  }
  let clauseStart = 0;
  for (const m of before.matchAll(forText(ctx.lexicon.once(CLAUSE_BREAK), before))) if (m.index + m[0].length < before.length) clauseStart = m.index + m[0].length;
  let subject = before.slice(clauseStart);
  if (/[“”"«»]|''/u.test(subject)) return null;
  // an opening phrase before the subject: "Among island voters, 70 percent said", "Again, those surveyed said"
  const opener = plainExec(OPENER, subject);
  if (opener && ctx.lexicon.notSubjectStarts.has(opener[1]!.toLowerCase()) || opener && ctx.lexicon.frontedPhraseOpeners.has(opener[1]!.toLowerCase())) {
    subject = subject.slice(opener[0].length);
  }
  const words = plainMatch(SUBJECT_WORDS, subject) ?? [];
  if (words.length === 0 || words.length > 14 || /,/u.test(subject)) return null;
  if (ctx.lexicon.notSubjectStarts.has(words[0]!.toLowerCase())) return null;
  if (words.some((w) => ctx.lexicon.auxiliaryFormsAndTo.has(w.toLowerCase()) || (ctx.lexicon.verbForms.has(w.toLowerCase()) && !ctx.lexicon.verbForms.get(w.toLowerCase())!.some((e) => e.verb.nounLike)))) return null;
  return { mention: null };
}

// where a clause with its own attribution starts inside a reported clause: "..., while 40 percent say", "..., another says",
// "..., said she would stay", "... and she blamed"
const ATTRIBUTION_BREAK = ({ anyOf }: Lexicon) => plainPattern(String.raw`(?:[,;]\s*(?:${anyOf.clauseJoiningConjunctions}\s+)?|\s${anyOf.conjunctionsWithoutComma}\s+)((?:[\p{L}\p{N}’'.%-]+\s+){0,8})$`, 'u');

/** How far back from a verb ATTRIBUTION_BREAK looks: a separator and eight words fit in it many times over. */
const ATTRIBUTION_WINDOW = 400;

/** How many later cues a reported clause is searched for a break: a real clause holds a handful; text of nothing but cues would make it quadratic. */
const MAX_CUES_IN_CLAUSE = 40;

/**
 * `trimClause`, first cutting the clause where another attribution starts inside it (`they want a new bridge, while
 * about 3 in 10 say the ferry is enough`): a reporting verb after a comma or conjunction and a short subject.
 */
export function reportedClause(ctx: Pick<AttributeContext, 'text' | 'cues' | 'lexicon'>, start: number, end: number, minWords = 3): Span | null {
  for (const other of cuesBetween(ctx.cues, start, end, MAX_CUES_IN_CLAUSE)) {
    if (other.kind !== 'verb') continue;
    const before = ctx.text.slice(start, other.start);
    if (/ing$/u.test(other.text.split(' ')[0]!)) {
      // "..., insisting that ...": a participle after a comma adds the speaker's own next words
      const comma = /,\s*$/u.exec(before);
      if (comma && ctx.lexicon.clauseTakingVerbs.has(other.lemma)) {
        end = start + comma.index;
        break;
      }
      continue;
    }
    // the break and its subject end the text before the verb: a window keeps a long unpunctuated run linear
    const windowStart = Math.max(0, before.length - ATTRIBUTION_WINDOW);
    const found = plainExec(ctx.lexicon.once(ATTRIBUTION_BREAK), before.slice(windowStart));
    const cut = found && Object.assign(found, { index: found.index + windowStart });
    if (!cut || /[,;]/u.test(cut[1]!)) continue;
    const subject = cut[1]!.trim().toLowerCase().split(/\s+/u).filter(Boolean);
    if (subject.length === 0) {
      // "and said ...", "and predicted that ...": the speaker goes on (not "and asked him to", which the content holds)
      if (other.lemma !== 'say' && !/^\s+that\b/u.test(ctx.text.slice(other.end, other.end + 6))) continue;
    } else if (ctx.lexicon.clauseIntroducers.has(subject[0]!) || subject.some((w) => ctx.lexicon.auxiliaryFormsAndTo.has(w))) {
      continue;
    } else if (!ctx.lexicon.clauseTakingVerbs.has(other.lemma) && !/^\s+that\b/u.test(ctx.text.slice(other.end, other.end + 6))) {
      // "while the survey continues": a verb of the list that here reports nothing
      continue;
    }
    end = start + cut.index;
    break;
  }
  return trimClause(ctx, start, end, minWords);
}

/** The first `limit` cues starting in (from, to), in text order (binary search on the sorted list). */
function cuesBetween(cues: readonly CueDraft[], from: number, to: number, limit: number): CueDraft[] {
  let lo = 0;
  let hi = cues.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cues[mid]!.start <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: CueDraft[] = [];
  for (let i = lo; i < cues.length && cues[i]!.start < to && out.length < limit; i++) out.push(cues[i]!);
  return out;
}
