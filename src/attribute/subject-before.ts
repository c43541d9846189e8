// The subject written before a cue: `Jane Doe, a researcher at the Institute, said`, `He further stated`.
import type { CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { unclosedAppositiveSubject } from './unclosed-appositive.js';
import { plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';
import { afterPreposition, inPlacePhrase, mentionsBetween, REACH, type Ctx } from './mention-context.js';
import { anchorEnd, isFillerGap } from './filler-gap.js';
import { isQuotedTitle } from '../text/spans.js';

// "Jane Doe, whose group has led the effort, predicted": an appositive or relative clause between commas
// what stands before a name set off by commas: "Her colleague, the geologist Tomas Rydberg, said"
const SET_OFF_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`,\s*(?:${anyOf.articlesThirdPersonPossessivesAndOur}\s+)?(?:[\p{Ll}-]+\s+){0,3}$`, 'u');

// (or between dashes: "Jane Doe — named by the paper as a likely pick — told"); a short quotation may stand inside the
// commas: "Sam Rook, wearing “Vote Pike” buttons, said"
const APPOSITIVE_GAP = ({ anyOf }: Lexicon) => new RegExp(String.raw`^[’']?s?(?:\s*\([^()]{1,40}\))?(?:\s*,(?!\s*${anyOf.conjunctionsAfterNameComma}\b)(?:[^;:!?“”"«»]|“[^;:!?“”"«»]{1,30}”){1,250},|\s+(?:[—–]|--?)\s(?!\s*${anyOf.conjunctionsAfterNameComma}\b)[^;:!?“”"«»—–]{1,250}?\s(?:[—–]|--?))\s*`, 'u');

/**
 * The mention that is the subject of a cue, written before it: `Samir Haddouti, a researcher ..., said`,
 * `He further stated`, `The same researcher explained`. Mentions in the same sentence only.
 */
export function subjectBefore(ctx: Ctx, cue: CueDraft): MentionDraft | null {
  // "Ada Quist, the treasurer of the club said": a role left open after the name that opens the clause
  const named = unclosedAppositiveSubject(ctx, cue);
  if (named) return named;
  const sentence = ctx.doc.sentenceAt(cue.start);
  const from = Math.max(sentence >= 0 ? ctx.doc.sentences[sentence]!.start : 0, cue.start - REACH);
  const candidates = mentionsBetween(ctx.mentions, from, cue.start);
  for (let i = candidates.length - 1; i >= 0 && i >= candidates.length - 6; i--) {
    const m = candidates[i]!;
    // a mention nested in a longer one (a name inside a group's relative clause) is not the subject
    if (nested(candidates, m)) continue;
    // (nor is a title in quotation marks: `went on to promote “Harbor Nights,” note that`)
    if (inPlacePhrase(ctx, m) || isQuotedTitle(ctx.text, m) || !isSubjectBefore(ctx, m, cue)) continue;
    // "The spokesperson for the Interior Ministry, Jon Dahl, said": a name set off after a phrase a preposition ends is
    // the subject, not the phrase's object
    const setOffName = candidates[i + 1];
    // (a phrase that ends in an organisation, group or role: after a name it is a place, "a delegate from Salem, Oregon, said")
    if (setOffName?.type === 'name' && m.type !== 'pronoun' && m.type !== 'name' && afterPreposition(ctx, m) && /^\s*,\s*$/u.test(ctx.text.slice(m.end, setOffName.start)) && /^\s*,\s*$/u.test(ctx.text.slice(setOffName.end, cue.start))) return setOffName;
    // "A senior official at the ministry, who asked not to be named, said": the phrase a preposition governs belongs
    // to the role noun or group right before it, which is the subject (unless that is a name's appositive: "Jon Dahl,
    // the head of the board, ..."); a group takes it with no comma too: "Villagers in Nordhavn have warned"
    const head = candidates[i - 1];
    if (head && (head.type === 'nominal' || head.type === 'group') && !/,\s*$/u.test(ctx.text.slice(Math.max(0, head.start - 3), head.start)) && afterPreposition(ctx, m) && plainTest(HEAD_TO_PREPOSITION, ctx.text.slice(head.end, m.start)) && (head.type === 'group' || /^\s*,/u.test(ctx.text.slice(m.end, cue.start)) || prepositionRightAfter(ctx, head, m))) return head;
    // "A source speaking to the Courier said": the mention the participle's preposition governs is not the subject
    const subject = candidates[i - 1];
    if (subject && afterPreposition(ctx, m) && plainTest(ctx.lexicon.once(PARTICIPLE_PHRASE), ctx.text.slice(subject.end, m.start))) return subject;
    // "Jane Doe, a researcher at the Institute, said": the Institute sits inside Jane Doe's appositive
    if (/,/u.test(ctx.text.slice(m.end, cue.start))) {
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        const outer = candidates[k]!;
        // "Jane Moss, at a meeting in Dayton, Ohio, said": a place a preposition governs is no subject, nor a state's
        // abbreviation after its city: "in Salem, OR, after the vote, Gov. Jon Dahl (R-OR), said"
        // (nor is an acronym inside a role: "The local MP, Jon Dahl, said" is not the MP of "The local MP")
        if (afterPreposition(ctx, outer) || (outer.type === 'organization' && inPlacePhrase(ctx, outer)) || nested(candidates, outer)) continue;
        const outerEnd = anchorEnd(ctx, outer, cue.start);
        const gap = ctx.text.slice(outerEnd, cue.start);
        // its role already reaches past the inner mention ("X, a researcher at the Institute,")
        if (outerEnd >= m.end && isFillerGap(ctx, gap)) return outer;
        const appositive = outer.type !== 'pronoun' ? ctx.lexicon.once(APPOSITIVE_GAP).exec(gap) : null;
        if (appositive && appositive[0].length > m.end - outer.end - 1 && isFillerGap(ctx, gap.slice(appositive[0].length))) {
          // "The authority's chair, Gordon MacLeish, told": the name in the appositive says more than the role noun
          const nameIsAppositive = outer.type === 'nominal' && m.type === 'name' && /^\s*,\s*$/u.test(ctx.text.slice(outer.end, m.start));
          return nameIsAppositive ? m : outer;
        }
      }
    }
    return m;
  }
  return null;
}

/**
 * True when the preposition governing `m` comes right after the role noun `head` ("A spokesman for the Harbour Board",
 * "an aide to the mayor"), not after a verb ("The talk ended with the mayor").
 */
function prepositionRightAfter(ctx: Ctx, head: MentionDraft, m: MentionDraft): boolean {
  const words = ctx.text.slice(head.end, m.start).trim().split(/\s+/u);
  return words.length === 1 || ctx.lexicon.articlesThirdPersonPossessivesAndOur.has(words[1]!.toLowerCase());
}

/** True when `m` lies inside a longer mention of `candidates`. */
const nested = (candidates: readonly MentionDraft[], m: MentionDraft): boolean =>
  candidates.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start);

/** True when a comma sets the mention off before it, after no more than a role: "Her colleague, the geologist Jane Doe," (not "who has endorsed Jane Doe,"). */
function setOff(ctx: Ctx, m: MentionDraft): boolean {
  const before = plainExec(ctx.lexicon.once(SET_OFF_BEFORE), ctx.text.slice(Math.max(0, m.start - 60), m.start));
  return before !== null && !before[0].split(/[\s,]+/u).some((w) => ctx.lexicon.auxiliaries.has(w) || ctx.lexicon.relativePronouns.has(w));
}

/** True when only filler words, or an appositive between commas, stand between the mention and the cue. */
function isSubjectBefore(ctx: Ctx, m: MentionDraft, cue: CueDraft): boolean {
  const end = anchorEnd(ctx, m, cue.start);
  if (end > cue.start) return false;
  // "She went on to say", "he proceeded to tell": a verb that hands on to the reporting verb is filler
  // (both forms end in "to": no need to run the unanchored pattern over gaps that do not)
  const raw = ctx.text.slice(end, cue.start);
  const gap = raw.trimEnd().endsWith('to') ? raw.replace(ctx.lexicon.once(HANDING_ON), ' ') : raw;
  // a bare comma parts a clause from its attribution: `... for the island, said Jon Dahl` has no subject before;
  // but a name set off by commas is the subject: `The defendant’s lawyer, Jane Doe, said`
  if (/^\s*,\s*$/u.test(gap) && (afterPreposition(ctx, m) || !setOff(ctx, m))) return false;
  if (isFillerGap(ctx, gap)) return true;
  // a phrase set off by commas after a relative pronoun: "her aides, who, on a call Friday, criticized"
  if (ctx.lexicon.relativePronouns.has(m.text.toLowerCase()) && /^\s*,[^;:!?“”"«»,]{1,80},\s*$/u.test(gap)) return true;
  // a relative clause between subject and verb: "a council official who spoke on condition of anonymity said"
  if (RELATIVE_GAP.test(gap) && gap.trim().split(/\s+/u).length <= 12) return true;
  // a phrase of place after the subject: "a staffer in the room wondered", "residents of the island say"
  if (m.type !== 'pronoun' && plainTest(ctx.lexicon.once(PLACE_PHRASE_GAP), gap) && !gap.trim().split(/\s+/u).slice(1).some((w) => ctx.lexicon.verbForms.has(w.toLowerCase()) || (ctx.lexicon.functionWords.has(w.toLowerCase()) && !ctx.lexicon.articlesThirdPersonPossessivesAndOur.has(w.toLowerCase())))) return true;
  // a second role joined to the first: "the county commissioner and independent mayoral candidate said"
  if (m.type === 'nominal' && plainTest(COORDINATED_ROLE, gap) && !gap.split(/\s+/u).some((w) => ctx.lexicon.verbForms.has(w.toLowerCase()) || (w !== 'and' && ctx.lexicon.functionWords.has(w.toLowerCase())))) return true;
  const appositive = m.type !== 'pronoun' ? ctx.lexicon.once(APPOSITIVE_GAP).exec(gap) : null;
  return appositive !== null && isFillerGap(ctx, gap.slice(appositive[0].length));
}

const PLACE_PHRASE_GAP = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s+${anyOf.prepositionsOfPlace}\s+(?:[\p{L}\p{N}][\p{L}\p{N}.’'-]*\s+){1,4}$`, 'u');
// only a preposition (and an article or possessive) between a head noun and the mention it governs
const HEAD_TO_PREPOSITION = plainPattern(String.raw`^\s+\p{Ll}+\s+(?:\p{Ll}+\s+)?$`, 'u');
const RELATIVE_GAP = /^\s+who\s[^,;:.!?“”"«»()—–]+$/u;
const PARTICIPLE_PHRASE = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s+\p{Ll}+ing\s+\p{Ll}+\s+(?:${anyOf.articlesAndThirdPersonPossessives}\s+)?$`, 'u');
const HANDING_ON = ({ anyOf }: Lexicon) => new RegExp(String.raw`\b${anyOf.goOnToForms} on to\s*$|\b${anyOf.hurryToForms} to\s*$`, 'u');
const COORDINATED_ROLE = plainPattern(String.raw`^\s+and\s+(?:[\p{L}-]+\s+){1,4}$`, 'u');
