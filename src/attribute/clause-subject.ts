// The subject of the clause or sentence a verb stands in, for participles and coordinated verbs.
import type { MentionDraft } from '../pipeline/draft.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isQuotedTitle } from '../text/spans.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';
import { afterPreposition, inPlacePhrase, mentionsBetween, opensAsClause, REACH, type Ctx } from './mention-context.js';

/** Mentions of the sentence holding `at` that end before `before` and are not governed by a preposition. */
export function clauseMentions(ctx: Ctx, at: number, before: number): MentionDraft[] {
  const s = ctx.doc.sentences[ctx.doc.sentenceAt(at)];
  if (!s) return [];
  // "it" after a verb is an object ("As X put it:"), so it never stands for a clause's speaker here
  // (nor does a title in quotation marks: One ad, “Harbor Nights,” stars ...)
  // (a name after "as" and before its past verb is a clause's subject: "as Jon Dahl denounced the plan and pledged")
  return mentionsBetween(ctx.mentions, Math.max(s.start, before - REACH), before).filter((m) => m.end <= before && (!afterPreposition(ctx, m) || opensAsClause(ctx, m)) && m.text.toLowerCase() !== 'it' && !inPlacePhrase(ctx, m) && !isQuotedTitle(ctx.text, m));
}

/**
 * The subject of a sentence: its first mention not inside a prepositional phrase, preferring one that opens the main
 * clause, after an introductory phrase: "After the vote on Tuesday, Jane Doe thanked the crew, saying".
 */
export function sentenceSubject(ctx: Ctx, at: number, before: number): MentionDraft | null {
  const mentions = clauseMentions(ctx, at, before);
  const s = ctx.doc.sentences[ctx.doc.sentenceAt(at)];
  const opensClause = (m: MentionDraft) => s !== undefined && CLAUSE_OPENING.test(ctx.text.slice(s.start, m.start));
  return mentions.find(opensClause) ?? mentions[0] ?? null;
}

/**
 * The subject of the nearest clause before `at` in its sentence, main or adverbial: "X started it when he brought up
 * the bombing and later said" -> he. A mention opens a clause after the sentence start, a comma or a subordinator
 * (but a name set off by commas is an appositive: "his rival, Jane Doe, saying").
 */
export function clauseSubject(ctx: Ctx, at: number): MentionDraft | null {
  const s = ctx.doc.sentences[ctx.doc.sentenceAt(at)];
  if (!s) return null;
  const mentions = clauseMentions(ctx, at, at);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (mentions.some((o) => o !== m && o.start <= m.start && m.end <= o.end)) continue;
    const lead = ctx.text.slice(Math.max(s.start, m.start - 40), m.start);
    // "Jane Doe, the feminist author, compared": a role set off after a name is its appositive (a subject pronoun never is:
    // "when I asked Jon Dahl about it, he smiled and said")
    const previous = mentions[i - 1];
    if (previous && !ctx.lexicon.personalSubjectPronouns.has(m.text.toLowerCase()) && /^[’']?s?\s*,\s*$/u.test(ctx.text.slice(previous.end, m.start))) continue;
    // (so does a subject pronoun after a comma and a conjunction: "the vote slipped, and she has quarrelled with the board, at one point calling")
    const joined = ctx.lexicon.personalSubjectPronouns.has(m.text.toLowerCase()) && ctx.lexicon.once(JOINED_CLAUSE_BEFORE).test(lead);
    if (joined || (m.start - s.start <= 40 && CLAUSE_OPENING.test(ctx.text.slice(s.start, m.start))) || plainTest(ctx.lexicon.once(SUBORDINATOR_BEFORE), lead) || (CLAUSE_BREAK.test(lead) && !/^\s*[,)]/u.test(ctx.text.slice(m.end, m.end + 3)))) {
      // "The harbor master, Petra Holm, said": the name in the appositive says more than the role noun
      const next = mentions[i + 1];
      const named = m.type === 'nominal' && next?.type === 'name' && /^\s*,\s*$/u.test(ctx.text.slice(m.end, next.start));
      return named ? next : m;
    }
  }
  return null;
}

/** Text that ends with a comma and a conjunction joining a clause of its own: ", while", ", and". */
export const JOINED_CLAUSE_BEFORE = ({ anyOf }: Lexicon) => new RegExp(String.raw`,\s*${anyOf.clauseJoiningConjunctions}\s+$`, 'u');
const SUBORDINATOR_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.subordinatorsBeforeSubject}\s+$`, 'iu');

// what stands before a mention that opens the main clause: nothing, or an introductory phrase and its comma
// (a possessive name may stand before it: "Germany’s Chancellor Angela Merkel", "The Harbour Board’s Jane Doe")
const CLAUSE_OPENING = /^[\s\p{P}]*(?:(?:The\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s\s+)?$|,\s*$/u;
// what ends the text before a clause: a comma, a closing quotation mark ("“...,” Jane Doe said, adding"), a dash
const CLAUSE_BREAK = /(?:,[”"’]?|[—–]|\s-)\s*$/u;
