import type { CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { isQuotedTitle } from '../text/spans.js';
import { unclosedAppositiveSubject } from './unclosed-appositive.js';
import { forText, plainExec, plainPattern, plainTest, startsUpper } from '../text/plain-pattern.js';

const ONE_OF_GAP = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s*${anyOf.partitiveQuantifiers}\s+of\s+$`, 'iu');
const BE_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.beFormsExceptBeing}\s+$`, 'iu');
const ASPECT_BEFORE = ({ anyOf }: Lexicon) => new RegExp(String.raw`\b${anyOf.aspectualVerbs}\s+(?:by\s+)?$`, 'iu');
// "He’s predicting", "they’re saying": be contracted onto the subject, read as a progressive before a participle only
const CONTRACTED_BE = /[’'](?:s|re|m)\s+$/u;
const BEING_BEFORE = plainPattern(String.raw`\b(?:being)\s+$`, 'iu');
const WITH_BEFORE = plainPattern(String.raw`\b(?:with|of)\s+$`, 'iu');

const COUNTED_GAP = plainPattern(String.raw`^\s*(?:one|another)\s+(?:[\p{Ll}-]+\s+){0,2}$`, 'u');
const PARTICIPLE_BEFORE = plainPattern(String.raw`\b\p{Ll}{3,}ed\s+$`, 'u');

type Ctx = Pick<AttributeContext, 'text' | 'lexicon' | 'mentions' | 'doc'>;

/** How far back (in characters) a speaker is looked for: a sentence of news, with room; keeps run-on text linear. */
const REACH = 600;

const GAP_WORD = plainPattern(String.raw`[\p{L}\p{N}’'.-]+|[,—–]`, 'gu');

// a contracted auxiliary left after the subject: "she’s said", "they’ve told"
const CONTRACTION = /^[’'](?:s|ve|d|ll)$/u;

/** True when `gap` holds only words that may separate a speaker from the verb: "further", "has also", ", on Tuesday,". */
export function isFillerGap(ctx: Ctx, gap: string): boolean {
  // a short parenthesis is filler too: "Rep. Jane Doe (D-Ohio) said"
  const text = gap.includes('(') ? gap.replace(/\([^()]{1,40}\)/gu, ' ') : gap;
  // (more than 8 words is no filler: stop reading at the 9th, as gaps may run for a whole sentence)
  const pattern = forText(GAP_WORD, text);
  pattern.lastIndex = 0;
  const words: string[] = [];
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    if (words.push(m[0].toLowerCase()) > 8) return false;
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w === ',' || w === 'not' || w === 'never' || CONTRACTION.test(w) || ctx.lexicon.adverbsBetween.has(w) || /ly$/u.test(w) || ctx.lexicon.timeGapWords.has(w) || /^\d+$/u.test(w)) continue;
    const phrase = ctx.lexicon.timePhrases.find((p) => p.every((pw, k) => words[i + k] === pw));
    if (phrase) {
      i += phrase.length - 1;
      continue;
    }
    return false;
  }
  return true;
}

/** Where the text about a mention ends: after its appositive role when it has one ("X, a researcher in Y,"). */
export function anchorEnd(ctx: Ctx, m: MentionDraft, limit: number): number {
  let end = m.end;
  const rest = ctx.text.slice(end, limit);
  const possessive = /^[’']s?/u.exec(rest);
  if (possessive) end += possessive[0].length;
  if (m.role && m.role.rule !== 'person-name' && m.role.rule !== 'role-before-name') {
    const at = ctx.text.indexOf(m.role.text, end);
    if (at >= 0 && at < limit) {
      end = at + m.role.text.length;
      // the comma that closes the appositive belongs to it
      const comma = /^\s*,/u.exec(ctx.text.slice(end, limit));
      if (comma) end += comma[0].length;
    }
  }
  return end;
}


// "Jane Doe, whose group has led the effort, predicted": an appositive or relative clause between commas
// what stands before a name set off by commas: "Her colleague, the geologist Tomas Rydberg, said"
const SET_OFF_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`,\s*(?:${anyOf.articlesThirdPersonPossessivesAndOur}\s+)?(?:[\p{Ll}-]+\s+){0,3}$`, 'u');
// what may follow an inverted subject: punctuation, the end, or a phrase about the speaker ("of Ohio", "who ...")
const CLAUSE_END = ({ anyOf }: Lexicon) => new RegExp(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?(?:[,.;:!?”"’)—–]|$|${anyOf.postmodifierOpeners}\s)`, 'u');
const ROLE_DETERMINER = ({ anyOf }: Lexicon) => new RegExp(String.raw`^\s*${anyOf.articlesAndThirdPersonPossessives}\s+(?=\S)`, 'iu');
const ROLE_WORDS = plainPattern(String.raw`^\s*(?:[\p{L}\p{N}][\p{L}\p{N}.&-]*\s+){1,6}$`, 'u');
// (or between dashes: "Jane Doe — named by the paper as a likely pick — told")
const APPOSITIVE_GAP = ({ anyOf }: Lexicon) => new RegExp(String.raw`^[’']?s?(?:\s*\([^()]{1,40}\))?(?:\s*,(?!\s*${anyOf.conjunctionsAfterNameComma}\b)[^;:!?“”"«»]{1,250},|\s+(?:[—–]|--?)\s(?!\s*${anyOf.conjunctionsAfterNameComma}\b)[^;:!?“”"«»—–]{1,250}?\s(?:[—–]|--?))\s*`, 'u');

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
    if (candidates.some((o) => o !== m && o.start <= m.start && m.end <= o.end && o.end - o.start > m.end - m.start)) continue;
    if (inPlacePhrase(ctx, m) || !isSubjectBefore(ctx, m, cue)) continue;
    // "A source speaking to the Courier said": the mention the participle's preposition governs is not the subject
    const subject = candidates[i - 1];
    if (subject && afterPreposition(ctx, m) && plainTest(ctx.lexicon.once(PARTICIPLE_PHRASE), ctx.text.slice(subject.end, m.start))) return subject;
    // "Jane Doe, a researcher at the Institute, said": the Institute sits inside Jane Doe's appositive
    if (/,/u.test(ctx.text.slice(m.end, cue.start))) {
      for (let k = i - 1; k >= 0 && k >= i - 4; k--) {
        const outer = candidates[k]!;
        // "Jane Moss, at a meeting in Dayton, Ohio, said": a place a preposition governs is no subject
        if (afterPreposition(ctx, outer)) continue;
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
const RELATIVE_GAP = /^\s+who\s[^,;:.!?“”"«»()—–]+$/u;
const PARTICIPLE_PHRASE = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s+\p{Ll}+ing\s+\p{Ll}+\s+(?:${anyOf.articlesAndThirdPersonPossessives}\s+)?$`, 'u');
const HANDING_ON = ({ anyOf }: Lexicon) => new RegExp(String.raw`\b${anyOf.goOnToForms} on to\s*$|\b${anyOf.hurryToForms} to\s*$`, 'u');
const COORDINATED_ROLE = plainPattern(String.raw`^\s+and\s+(?:[\p{L}-]+\s+){1,4}$`, 'u');

const PREPOSITION_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.prepositionsBeforeMention}\s+(?:${anyOf.articlesAndThirdPersonPossessives}\s+)?$`, 'iu');

/** True when a preposition governs the mention: "in a Fox interview", "to supporters". */
// (but "as" before a subject pronoun opens a clause: "even as he defended")
export function afterPreposition(ctx: Ctx, m: MentionDraft): boolean {
  const lead = ctx.text.slice(Math.max(0, m.start - 30), m.start);
  return plainTest(ctx.lexicon.once(PREPOSITION_BEFORE), lead) && !(ctx.lexicon.personalSubjectPronouns.has(m.text.toLowerCase()) && /\bas\s+$/iu.test(lead));
}

/** True when the mention completes a place a preposition governs: "Ohio" in "in Dayton, Ohio". */
function inPlacePhrase(ctx: Ctx, m: MentionDraft): boolean {
  // set off by commas on both sides, as a state after its city is: "in Dayton, Ohio, said", not "In Dayton, Moss said"
  if (m.type !== 'name' || !/,\s*$/u.test(ctx.text.slice(Math.max(0, m.start - 3), m.start)) || !/^\.?,/u.test(ctx.text.slice(m.end, m.end + 2))) return false;
  return mentionsBetween(ctx.mentions, m.start - 60, m.start).some((p) => /^\s*,\s*$/u.test(ctx.text.slice(p.end, m.start)) && afterPreposition(ctx, p));
}

/** Mentions of the sentence holding `at` that end before `before` and are not governed by a preposition. */
export function clauseMentions(ctx: Ctx, at: number, before: number): MentionDraft[] {
  const s = ctx.doc.sentences[ctx.doc.sentenceAt(at)];
  if (!s) return [];
  // "it" after a verb is an object ("As X put it:"), so it never stands for a clause's speaker here
  // (nor does a title in quotation marks: One ad, “Harbor Nights,” stars ...)
  return mentionsBetween(ctx.mentions, Math.max(s.start, before - REACH), before).filter((m) => m.end <= before && !afterPreposition(ctx, m) && m.text.toLowerCase() !== 'it' && !inPlacePhrase(ctx, m) && !isQuotedTitle(ctx.text, m));
}

/**
 * The subject of a sentence: its first mention not inside a prepositional phrase, preferring one that opens the main
 * clause, after an introductory phrase: "After the vote on Tuesday, Jane Doe thanked the crew, saying".
 */
function sentenceSubject(ctx: Ctx, at: number, before: number): MentionDraft | null {
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
    // "Jane Doe, the feminist author, compared": a role set off after a name is its appositive
    const previous = mentions[i - 1];
    if (previous && /^[’']?s?\s*,\s*$/u.test(ctx.text.slice(previous.end, m.start))) continue;
    if ((m.start - s.start <= 40 && CLAUSE_OPENING.test(ctx.text.slice(s.start, m.start))) || plainTest(ctx.lexicon.once(SUBORDINATOR_BEFORE), lead) || (CLAUSE_BREAK.test(lead) && !/^\s*[,)]/u.test(ctx.text.slice(m.end, m.end + 3)))) {
      // "The harbor master, Petra Holm, said": the name in the appositive says more than the role noun
      const next = mentions[i + 1];
      const named = m.type === 'nominal' && next?.type === 'name' && /^\s*,\s*$/u.test(ctx.text.slice(m.end, next.start));
      return named ? next : m;
    }
  }
  return null;
}
const SUBORDINATOR_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.subordinatorsBeforeSubject}\s+$`, 'iu');

// what stands before a mention that opens the main clause: nothing, or an introductory phrase and its comma
// (a possessive name may stand before it: "Germany’s Chancellor Angela Merkel", "The Harbour Board’s Jane Doe")
const CLAUSE_OPENING = /^[\s\p{P}]*(?:(?:The\s+)?(?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s\s+)?$|,\s*$/u;
// what ends the text before a clause: a comma, a closing quotation mark ("“...,” Jane Doe said, adding"), a dash
const CLAUSE_BREAK = /(?:,[”"’]?|[—–]|\s-)\s*$/u;

// the cue is a second verb of the same subject: "and said", ", then added", "and later told"
const COORDINATED = ({ anyOf }: Lexicon) => new RegExp(String.raw`(?:,\s*|\s)${anyOf.coordinatorsAndThen}\s+(?:${anyOf.adverbsBeforeCoordinatedCue}\s+)?$`, 'u');

/** The mention right after a cue: `said Jane Doe`, `according to observers`, `— Jane Doe`. */
export function subjectAfter(ctx: Ctx, cue: CueDraft): MentionDraft | null {
  const candidates = mentionsBetween(ctx.mentions, cue.end, cue.end + 200);
  for (const m of candidates.slice(0, 3)) {
    // ("called it “critical”": "it" after a verb is its object, never an inverted subject)
    if (m.type === 'pronoun' && (cue.kind === 'according' || m.text.toLowerCase() === 'it')) continue;
    const gap = ctx.text.slice(cue.end, m.start);
    // "said pollster Frank Luntz": the role written before the name may stand in between
    // (or any short run of modifiers: "said Harbour Watch executive Director Jon Dahl", "said Saltby businessman X")
    // ("said master of ceremonies Jon Dahl": an "of" inside the role is part of it, and the noun after it is no verb:
    // "said former secretary of state Jon Dahl")
    // (after an article or a possessive, and before a comma: "added his campaign manager Jon Dahl", "said her aide, Jon Dahl")
    const role = m.type === 'name' ? gap.replace(ctx.lexicon.once(ROLE_DETERMINER), ' ').replace(/,\s*$/u, ' ') : gap;
    const roleWords = role.trim().split(/\s+/u);
    const roleGap = (m.role?.rule === 'role-before-name' && role.trim() === m.role.text) || (m.type === 'name' && plainTest(ROLE_WORDS, role) && !roleWords.some((w, k) => (ctx.lexicon.functionWords.has(w.toLowerCase()) && !(w === 'of' && k > 0 && k < roleWords.length - 1)) || (ctx.lexicon.verbForms.has(w) && !startsUpper(w) && roleWords[k - 1] !== 'of')));
    // "said one of the pilots": a group named after "one of" stands for the one who spoke
    const oneOf = m.type === 'group' && plainTest(ctx.lexicon.once(ONE_OF_GAP), gap);
    // "said one official familiar with the talks", "said another": a count before the noun belongs to the subject
    // (with its modifiers: "said one well-connected Democrat", "said another senior Republican")
    const counted = m.type !== 'pronoun' && plainTest(COUNTED_GAP, gap) && !gap.split(/\s+/u).some((w) => w !== 'one' && w !== 'another' && ctx.lexicon.functionWords.has(w));
    if (!/^[\s,]*$/u.test(gap) && !roleGap && !oneOf && !counted && !isFillerGap(ctx, gap)) continue;
    // an inverted subject ends its clause: "said Jane Doe." / "said Jane Doe, a ..." (not "said Jane Doe would ...")
    const paragraphEnd = ctx.doc.paragraphs[ctx.doc.paragraphAt(m.start)]?.end ?? m.end;
    // (the period of an abbreviation that ends the mention ends no clause: "said the U.K. “plainly” lacked")
    const ends = (at: number) => !(at === m.end && ctx.text[at] === '.' && /\.\p{Lu}$/u.test(m.text) && /^\.\s+[\p{Ll}“"]/u.test(ctx.text.slice(at, at + 4))) && ctx.lexicon.once(CLAUSE_END).test(ctx.text.slice(at, Math.min(paragraphEnd, m.end + 400)));
    if (cue.kind === 'according' || ends(m.end) || ends(anchorEnd(ctx, m, paragraphEnd))) return m;
  }
  return null;
}

const ABSOLUTE_WITH = /(?:^|[,;(—–]|[.!?]\s)\s*with\s+$/iu;

/** The mention right after "with" whose phrase runs up to the participle `cue`: "with the former mayor (of Saltby) saying". */
function absoluteSubject(ctx: Ctx, cue: CueDraft): MentionDraft | null {
  for (const m of mentionsBetween(ctx.mentions, cue.start - 100, cue.start)) {
    // (an absolute phrase opens after a clause break: ", with the mayor saying", not "met with voters saying")
    if (!ABSOLUTE_WITH.test(ctx.text.slice(Math.max(0, m.start - 8), m.start))) continue;
    const rest = ctx.text.slice(m.end, cue.start);
    if (!/[,;:.!?“”"«»()—–]/u.test(rest) && !rest.split(/\s+/u).some((w) => ctx.lexicon.verbForms.has(w.toLowerCase()) || ctx.lexicon.auxiliaries.has(w.toLowerCase()))) return m;
  }
  return null;
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

/**
 * The subject of a cue: before it (`she said`), after it when the cue follows a comma or a quote (`..., said Jane Doe`),
 * and for a participle (`..., saying that`, `upon saying`, `a statement saying`) the subject of the sentence.
 */
export function speakerOfCue(ctx: Ctx, reportingCue: CueDraft): MentionDraft | null {
  // several rules ask for the subject of the same cue; mentions are final once the mentions stage is done
  const known = ctx.doc.memo('speaker-of-cue', () => new Map<CueDraft, MentionDraft | null>());
  let speaker = known.get(reportingCue);
  if (speaker === undefined) known.set(reportingCue, (speaker = findSpeakerOfCue(ctx, reportingCue)));
  return speaker;
}

function findSpeakerOfCue(ctx: Ctx, reportingCue: CueDraft): MentionDraft | null {
  if (reportingCue.kind === 'according' || reportingCue.kind === 'dash') return subjectAfter(ctx, reportingCue);
  let cue = reportingCue;
  let lead = ctx.text.slice(Math.max(0, cue.start - 40), cue.start);
  let participle = /ing$/u.test(cue.text.split(' ')[0]!);
  // (so is a gerund after a verb of beginning or keeping: "he kept asking", "she began by saying")
  const auxiliary = plainExec(ctx.lexicon.once(BE_BEFORE), lead) ?? (participle ? CONTRACTED_BE.exec(lead) ?? ctx.lexicon.once(ASPECT_BEFORE).exec(lead) : null);
  if (auxiliary && participle && !cue.belief) {
    // a progressive ("She is telling voters", "he was saying") is the finite verb of its subject: read it from the auxiliary
    cue = { ...cue, start: cue.start - auxiliary[0].length };
    lead = ctx.text.slice(Math.max(0, cue.start - 40), cue.start);
    participle = false;
  } else if (plainTest(BEING_BEFORE, lead) || auxiliary) {
    // passive: "Holm was asked" names the one spoken to, not the speaker
    return null;
  }
  if (participle) {
    // "with John McCain telling reporters", "a video of her saying": a person right before the participle is its subject;
    // otherwise it speaks for the sentence's subject: "She wrote to supporters, saying", "issued a statement saying"
    const before = subjectBefore(ctx, cue);
    // (but "sent an email to supporters saying", "wrote on Facebook saying": a governed mention speaks for no one)
    // (nor does the object of a verb: "The senator emailed supporters saying")
    const beforeLead = ctx.text.slice(Math.max(0, (before?.start ?? 0) - 20), before?.start ?? 0);
    const governed = before !== null && ((afterPreposition(ctx, before) && !plainTest(WITH_BEFORE, beforeLead)) || plainTest(PARTICIPLE_BEFORE, beforeLead));
    if (before && !governed && before.type !== 'nominal' && !/,\s*$/u.test(lead) && ctx.text.slice(before.end, cue.start).trim() === '') return before;
    // "with the office of the former mayor saying": the phrase after "with" is the participle's subject, whatever its kind
    const withSubject = absoluteSubject(ctx, cue);
    if (withSubject) return withSubject;
    return clauseSubject(ctx, cue.start) ?? sentenceSubject(ctx, cue.start, cue.start) ?? (governed ? null : before);
  }
  if (/[”"’'»“]\s*,?\s*$/u.test(lead)) return subjectAfter(ctx, cue) ?? subjectBefore(ctx, cue);
  const before = subjectBefore(ctx, cue);
  // a second verb of the subject's: "The senator criticized the plan and said", "He paused, then added"
  if (ctx.lexicon.once(COORDINATED).test(lead) && (!before || !/^\s*$/u.test(ctx.text.slice(before.end, cue.start).replace(ctx.lexicon.once(COORDINATED), '')))) {
    return clauseSubject(ctx, cue.start) ?? sentenceSubject(ctx, cue.start, cue.start) ?? before ?? subjectAfter(ctx, cue);
  }
  if (before) return before;
  // an inverted subject follows a verb that opens its clause: ", said Jane Doe", "Said Jane Doe:"; after a verb inside a
  // clause the mention is its object: "who has in the past described the mayor as"
  return plainTest(INVERSION_LEAD, ctx.text.slice(ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)]?.start ?? 0, cue.start)) ? subjectAfter(ctx, cue) : null;
}
// what stands before a verb whose subject follows it: nothing in its sentence, or punctuation that ends a clause
const INVERSION_LEAD = plainPattern(String.raw`(?:^|[,;:—–(\[]|\s-)\s*$`, 'u');
