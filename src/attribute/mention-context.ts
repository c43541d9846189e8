// Where a mention stands in its sentence: the mentions in a window, and whether a preposition governs one.
import type { MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';

export type Ctx = Pick<AttributeContext, 'text' | 'lexicon' | 'mentions' | 'doc'>;

/** How far back (in characters) a speaker is looked for: a sentence of news, with room; keeps run-on text linear. */
export const REACH = 600;

// "as" right before a mention: a preposition ("as chairman") or a conjunction that opens a clause ("as he defended")
const AS_BEFORE = /\bas\s+$/iu;
const PREPOSITION_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.prepositionsBeforeMention}\s+(?:${anyOf.articlesAndThirdPersonPossessives}\s+)?$`, 'iu');

/** True when a preposition governs the mention: "in a Fox interview", "to supporters". */
// (but "as" before a subject pronoun opens a clause: "even as he defended")
export function afterPreposition(ctx: Ctx, m: MentionDraft): boolean {
  const lead = ctx.text.slice(Math.max(0, m.start - 30), m.start);
  return plainTest(ctx.lexicon.once(PREPOSITION_BEFORE), lead) && !(ctx.lexicon.personalSubjectPronouns.has(m.text.toLowerCase()) && AS_BEFORE.test(lead));
}

const WORD_NEXT = plainPattern(String.raw`^\s+(\p{Ll}+)\b`, 'u');

/** True when "as" before a name opens a clause of which the name is the subject: "as Jon Dahl denounced the plan". */
export function opensAsClause(ctx: Ctx, m: MentionDraft): boolean {
  if (m.type !== 'name' || !AS_BEFORE.test(ctx.text.slice(Math.max(0, m.start - 4), m.start))) return false;
  const next = plainExec(WORD_NEXT, ctx.text.slice(m.end, m.end + 24))?.[1] ?? '';
  return /.ed$/u.test(next);
}

/** True when the mention completes a place a preposition governs: "Ohio" in "in Dayton, Ohio". */
export function inPlacePhrase(ctx: Ctx, m: MentionDraft): boolean {
  // set off by commas on both sides, as a state after its city is: "in Dayton, Ohio, said", not "In Dayton, Moss said"
  if ((m.type !== 'name' && m.type !== 'organization') || !/,\s*$/u.test(ctx.text.slice(Math.max(0, m.start - 3), m.start)) || !/^\.?,/u.test(ctx.text.slice(m.end, m.end + 2))) return false;
  return mentionsBetween(ctx.mentions, m.start - 60, m.start).some((p) => /^\s*,\s*$/u.test(ctx.text.slice(p.end, m.start)) && afterPreposition(ctx, p) && !frontedTopic(ctx, p));
}

// a topic fronted before the subject of its sentence: "Of the mayor, Jon Dahl said", "Unlike Holm, Dahl said"
const TOPIC_OPENING = ({ anyOf }: Lexicon) => new RegExp(String.raw`^[\s"“‘'(—–-]*${anyOf.topicPrepositions}\s+$`, 'iu');

/** True when the mention is the topic a preposition fronts at the start of its sentence: "Hale" in "Of Hale, Levine said". */
function frontedTopic(ctx: Ctx, p: MentionDraft): boolean {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(p.start)];
  return sentence !== undefined && p.start - sentence.start <= 20 && ctx.lexicon.once(TOPIC_OPENING).test(ctx.text.slice(sentence.start, p.start));
}

/** Mentions starting in [from, to), in text order (binary search on the sorted list). */
export function mentionsBetween(mentions: readonly MentionDraft[], from: number, to: number): MentionDraft[] {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.start < from) lo = mid + 1;
    else hi = mid;
  }
  const out: MentionDraft[] = [];
  for (let i = lo; i < mentions.length && mentions[i]!.start < to; i++) out.push(mentions[i]!);
  return out;
}
