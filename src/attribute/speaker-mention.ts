// The speaker of a cue: before it, after it, or for a participle the subject of its clause.
import type { CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';
import { afterPreposition, mentionsBetween, type Ctx } from './mention-context.js';
import { subjectBefore } from './subject-before.js';
import { subjectAfter } from './subject-after.js';
import { clauseSubject, sentenceSubject } from './clause-subject.js';
import { cueIndexFrom } from './quote-site.js';
import type { AttributeContext } from '../pipeline/rule.js';

/** The context a cue's speaker is read in: the article's mentions and its cues. */
type CueCtx = Ctx & Pick<AttributeContext, 'cues'>;

const BE_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.beFormsExceptBeing}\s+$`, 'iu');
const ASPECT_BEFORE = ({ anyOf }: Lexicon) => new RegExp(String.raw`\b${anyOf.aspectualVerbs}\s+(?:by\s+)?$`, 'iu');
// "He’s predicting", "they’re saying": be contracted onto the subject, read as a progressive before a participle only
const CONTRACTED_BE = /[’'](?:s|re|m)\s+$/u;

const BEING_BEFORE = plainPattern(String.raw`\b(?:being)\s+$`, 'iu');
const WITH_BEFORE = plainPattern(String.raw`\b(?:with|of)\s+$`, 'iu');
const ABSOLUTE_WITH_BEFORE = plainPattern(String.raw`\bwith\s+$`, 'iu');

const PARTICIPLE_BEFORE = plainPattern(String.raw`\b\p{Ll}{3,}ed\s+$`, 'u');

// the cue is a second verb of the same subject: "and said", ", then added", "and later told"
const COORDINATED = ({ anyOf }: Lexicon) => new RegExp(String.raw`(?:,\s*|\s)${anyOf.coordinatorsAndThen}\s+(?:${anyOf.adverbsBeforeCoordinatedCue}\s+)?$`, 'u');

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

/**
 * The subject of a cue: before it (`she said`), after it when the cue follows a comma or a quote (`..., said Jane Doe`),
 * and for a participle (`..., saying that`, `upon saying`, `a statement saying`) the subject of the sentence.
 */
export function speakerOfCue(ctx: CueCtx, reportingCue: CueDraft): MentionDraft | null {
  // several rules ask for the subject of the same cue; mentions are final once the mentions stage is done
  const known = ctx.doc.memo('speaker-of-cue', () => new Map<CueDraft, MentionDraft | null>());
  let speaker = known.get(reportingCue);
  if (speaker === undefined) known.set(reportingCue, (speaker = findSpeakerOfCue(ctx, reportingCue)));
  return speaker;
}

function findSpeakerOfCue(ctx: CueCtx, reportingCue: CueDraft): MentionDraft | null {
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
    // passive: "Holm was asked" names the one spoken to, not the speaker; its agent is: "was asked by the host"
    return passiveAgent(ctx, cue);
  }
  if (participle) {
    // "with Jon Dahl tweeting that the vote was “a farce” and asking": a participle joined by "and" to an earlier one
    // of its sentence speaks for the same subject
    const joined = /\band\s+$/u.test(lead) ? earlierParticiple(ctx, cue) : null;
    if (joined) return speakerOfCue(ctx, joined);
    // "with John McCain telling reporters", "a video of her saying": a person right before the participle is its subject;
    // otherwise it speaks for the sentence's subject: "She wrote to supporters, saying", "issued a statement saying"
    const before = subjectBefore(ctx, cue);
    // (but "sent an email to supporters saying", "wrote on Facebook saying": a governed mention speaks for no one)
    // (nor does the object of a verb: "The senator emailed supporters saying")
    const beforeLead = ctx.text.slice(Math.max(0, (before?.start ?? 0) - 20), before?.start ?? 0);
    const governed = before !== null && ((afterPreposition(ctx, before) && !plainTest(WITH_BEFORE, beforeLead)) || plainTest(PARTICIPLE_BEFORE, beforeLead));
    // (a nominal only after "with" and when it names no person, the subject of an absolute phrase: "closes with a
    // voice-over saying"; a person after "with" may be who the subject met: "met with the former mayor saying")
    const nominalSubject = before?.type === 'nominal' && plainTest(ABSOLUTE_WITH_BEFORE, beforeLead) && !ctx.lexicon.roleNouns.has(before.text.split(/\s+/u).pop()!.toLowerCase());
    if (before && !governed && (before.type !== 'nominal' || nominalSubject) && !/,\s*$/u.test(lead) && ctx.text.slice(before.end, cue.start).trim() === '') return before;
    // "with the office of the former mayor saying": the phrase after "with" is the participle's subject, whatever its kind
    const withSubject = absoluteSubject(ctx, cue);
    if (withSubject) return withSubject;
    // "A strategist said the mayor must choose, saying": after a comma it goes on with the speech verb before it, unless a
    // clause opens after that verb ("acknowledged the error even as he defended the plan, saying")
    const clause = clauseSubject(ctx, cue.start);
    const finite = /,\s*$/u.test(lead) ? earlierFiniteCue(ctx, cue) : null;
    const finiteSpeaker = finite && (!clause || clause.start < finite.start) ? speakerOfCue(ctx, finite) : null;
    return finiteSpeaker ?? clause ?? sentenceSubject(ctx, cue.start, cue.start) ?? (governed ? null : before);
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
  return opensClause(ctx.text.slice(ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)]?.start ?? 0, cue.start)) ? subjectAfter(ctx, cue) : null;
}

/**
 * What stands before a verb whose subject follows it: nothing in its sentence, or punctuation that ends a clause
 * (",", ";", ":", a dash, an opening bracket, a spaced hyphen). Only the end of the text is read, not the whole sentence.
 */
export function opensClause(before: string): boolean {
  const lead = before.trimEnd();
  if (lead === '') return true;
  const last = lead[lead.length - 1]!;
  return CLAUSE_BREAK_MARKS.includes(last) || (last === '-' && lead.length > 1 && /\s/u.test(lead[lead.length - 2]!));
}
const CLAUSE_BREAK_MARKS = ',;:—–([';

/** The nearest reporting participle before `cue` in its sentence, with no clause break (";", ".", a colon) between. */
function earlierParticiple(ctx: CueCtx, cue: CueDraft): CueDraft | null {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
  if (!sentence) return null;
  for (let i = cueIndexFrom(ctx.cues, cue.start) - 1; i >= 0 && ctx.cues[i]!.start >= Math.max(sentence.start, cue.start - 200); i--) {
    const earlier = ctx.cues[i]!;
    if (earlier.kind !== 'verb' || /[;:]/u.test(ctx.text.slice(earlier.end, cue.start))) return null;
    if (/ing$/u.test(earlier.text.split(' ')[0]!)) return earlier;
  }
  return null;
}

/** The nearest finite speech verb before the participle `cue` in its sentence, with no clause break (";", ":", a quotation) between. */
function earlierFiniteCue(ctx: CueCtx, cue: CueDraft): CueDraft | null {
  const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
  if (!sentence) return null;
  for (let i = cueIndexFrom(ctx.cues, cue.start) - 1; i >= 0 && ctx.cues[i]!.start >= Math.max(sentence.start, cue.start - 200); i--) {
    const earlier = ctx.cues[i]!;
    if (earlier.kind !== 'verb' || /[;:“”"«»]/u.test(ctx.text.slice(earlier.end, cue.start))) return null;
    if (!earlier.belief && !/ing$/u.test(earlier.text.split(' ')[0]!)) return earlier;
  }
  return null;
}

/** The mention right after "by" after a passive cue: "Holm was asked by the host", "by host Jon Dahl" (a role may come first). */
function passiveAgent(ctx: CueCtx, cue: CueDraft): MentionDraft | null {
  const by = /^\s+by\s/u.exec(ctx.text.slice(cue.end, cue.end + 6));
  if (!by) return null;
  const from = cue.end + by[0].length;
  return mentionsBetween(ctx.mentions, from, from + 40).find((m) => plainTest(ROLE_WORDS_BEFORE, ctx.text.slice(from, m.start))) ?? null;
}
const ROLE_WORDS_BEFORE = plainPattern(String.raw`^[\p{L} .-]*$`, 'u');
