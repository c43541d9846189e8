import { defineRule } from '../rules/define.js';
import { readCueGap } from './cue-gap.js';
import { makeMixed, mixedClauseEnd, standsAsWholeObject } from './mixed-shape.js';
import { closeOf, cuesBefore, cueIndexFrom, isParticipleAfterComma, openOf, pending, sentenceSpan } from './quote-site.js';
import type { AttributionDraft, CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { Span } from '../schema/result.js';
import type { AttributeContext } from '../pipeline/rule.js';
import { anchorEnd } from './filler-gap.js';
import { dashLabel } from './colon-introduction.js';
import { speakerOfCue } from './speaker-mention.js';
import { subjectAfter } from './subject-after.js';
import { subjectBefore } from './subject-before.js';
import { JOINED_CLAUSE_BEFORE } from './clause-subject.js';
import { hasAlnum } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const COORDINATED = /(?:\band|,)\s+$/u;
// nothing but words between a verb and the quotation that is its object: no comma, colon, semicolon or dash
const OBJECT_GAP = /^[^,:;—–]*$/u;
// what ends the text before a subject that opens a clause joined to the one before: ", while", ", but"
// ... or an absolute phrase: ", with"
const ABSOLUTE_WITH = /,\s*with\s+$/u;
// from an attribution set off by commas to the verb of the clause it interrupts: `, the press called`
const PARENTHETICAL_GAP = /^\s*,[^,;:!?“”"«»()—–]{0,80}$/u;

/** True when `before` (the text from an earlier verb to a subject) ends where a report of its own opens: ", while", ", with". */
const opensOwnReport = (ctx: AttributeContext, before: string): boolean => ctx.lexicon.once(JOINED_CLAUSE_BEFORE).test(before) || ABSOLUTE_WITH.test(before);

/** True when the subject of `cue` opens the clause right after `earlier` (an addressee may come first): "told reporters he thought". */
function opensBareClause(ctx: AttributeContext, earlier: CueDraft, cue: CueDraft): boolean {
  const inner = speakerOfCue(ctx, cue);
  if (!inner || inner.start < earlier.end || inner.end > cue.start) return false;
  return (ctx.text.slice(earlier.end, inner.start).match(/\S+/gu) ?? []).length <= 2;
}

/** An earlier speech verb of the sentence whose reported clause holds `cue`: `said Wednesday that ... she called`. */
function outerReport(ctx: AttributeContext, cue: CueDraft, sentenceStart: number): { cue: CueDraft; mention: MentionDraft; bare: boolean; setOff: boolean } | null {
  const subject = speakerOfCue(ctx, cue);
  for (let i = cueIndexFrom(ctx.cues, cue.start) - 1; i >= 0 && ctx.cues[i]!.start >= sentenceStart; i--) {
    const earlier = ctx.cues[i]!;
    // "suggested that ..., while Dahl said that": a person after a comma and a conjunction opens a report of its own
    // (a name or a pronoun: a noun phrase there may be a noun misread as a verb, "the northern states account")
    // (so does one after a comma and "with", an absolute phrase: "said that ..., with the mayor calling it")
    if (subject && (subject.type === 'name' || subject.type === 'pronoun') && subject.start >= earlier.end && subject.end <= cue.start && opensOwnReport(ctx, ctx.text.slice(earlier.end, subject.start))) return null;
    if (earlier.kind !== 'verb' || earlier.belief) continue;
    const between = ctx.text.slice(earlier.end, cue.start);
    // "said Wednesday that ... she called", or a bare clause: "said she asked", "told reporters he thought"
    // (a word set off by commas may come first: `said, however, that`)
    const thatClause = /^\s*(?:,\s*[\w’'-]+\s*,\s*)?(?:[\w’'-]+\s+){0,4}?that\s/u.test(between) && !/[“”"«»;]/u.test(between);
    const bareClause = between.length <= 200 && !/[,.;:!?()“”"«»—–]/u.test(between) && opensBareClause(ctx, earlier, cue);
    // or an attribution set off by commas: `Back then, the senator said, the press called him “...”` (not one that a
    // participle goes on from: `, she said, adding that`)
    const setOff = !thatClause && !bareClause && PARENTHETICAL_GAP.test(between) && !isParticipleAfterComma(ctx, cue);
    if (!thatClause && !bareClause && !setOff) continue;
    const mention = speakerOfCue(ctx, earlier);
    if (mention && setOff && !/,\s*$/u.test(ctx.text.slice(Math.max(sentenceStart, mention.start - 3), mention.start))) continue;
    if (mention) return { cue: earlier, mention, bare: !thatClause, setOff };
  }
  return null;
}

/** True when `“...,” she said` follows the quote: a verb right after the closing mark, with its subject beside it. */
function hasOwnAttribution(ctx: AttributeContext, a: AttributionDraft): boolean {
  const close = closeOf(a);
  const last = a.parts[a.parts.length - 1]!;
  if (!/[,?!—–-]\s*$/u.test(ctx.text.slice(last.start, last.end))) return false;
  const cue = ctx.cues[cueIndexFrom(ctx.cues, close)];
  if (!cue || cue.kind !== 'verb' || /ing$/u.test(cue.text) || cue.start > close + 40 || ctx.doc.paragraphAt(cue.start) !== ctx.doc.paragraphAt(close - 1)) return false;
  // (not a verb that introduces a quotation of its own: `“...?” Jo then writes back, “...”`)
  if (/^[^.!?]{0,40}?[“"«]/u.test(ctx.text.slice(cue.end, cue.end + 60))) return false;
  const between = ctx.text.slice(close, cue.start);
  if (/^[\s,]*$/u.test(between)) return subjectAfter(ctx, cue) !== null;
  const before = subjectBefore(ctx, cue);
  return before !== null && before.start >= close && /^\s*$/u.test(ctx.text.slice(close, before.start));
}

/**
 * The words of the sentence before an attribution set off by commas when the reported clause goes on after it:
 * `Back then, she said, the ferry was “...”` gives `Back then`; null when the attribution opens the sentence or `after`
 * (the words from the attribution to the quote) does not go on after a comma.
 */
function leadBeforeAttribution(ctx: AttributeContext, sentenceStart: number, attributionStart: number, after: string): Span | null {
  const before = ctx.text.slice(sentenceStart, attributionStart);
  const m = /^(\s*)(\S[^“”"«»]*?)\s*,\s*$/u.exec(before);
  if (!m || !hasAlnum(m[2]!) || !/^\s*,\s*\S/u.test(after) || /''/u.test(before)) return null;
  const start = sentenceStart + m[1]!.length;
  return { start, end: start + m[2]!.length };
}

/**
 * Makes the quote mixed from `clauseStart`; an attribution set off by commas inside the clause (from `attributionStart`
 * to `from`) parts it in two: `Back then, she said, the plan was “a waste.”` is one clause in two parts.
 */
function shapeAroundAttribution(ctx: AttributeContext, a: AttributionDraft, sentence: Span, attributionStart: number, from: number, clauseStart: number): void {
  const open = openOf(a);
  const lead = leadBeforeAttribution(ctx, sentence.start, attributionStart, ctx.text.slice(from, open));
  makeMixed(ctx, a, lead ? from + /^\s*,\s*/u.exec(ctx.text.slice(from))![0].length : clauseStart, mixedClauseEnd(ctx, a, sentence.end));
  if (lead) ctx.reshape(a, { parts: [lead, ...a.parts] });
}

/**
 * A reporting verb with its subject before the quote, in the same sentence:
 * `Samir Haddouti, a researcher, said that “...”`, `He further stated: “...”`, `She explained to the paper that “...”`.
 * When words of the reported clause stand between verb and quote (`said the plan was “doomed”`) the quote is mixed.
 */
export const cueBeforeQuote = defineRule({
  name: 'cue-before-quote',
  stage: 'attribute',
  description: 'Attributes a quote to the subject of the nearest reporting verb before it in its sentence.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      // the nearest verb with a subject: one without (`asked him to explain`) sits inside the clause of an earlier one
      let cue: CueDraft | null = null;
      let mention: MentionDraft | null = null;
      const before = cuesBefore(ctx, open);
      for (const c of before) {
        mention = speakerOfCue(ctx, c);
        if (mention) {
          cue = c;
          break;
        }
      }
      if (!cue || !mention) continue;
      // `Pollsters agree - Jon Dahl: “...”`: a name set off by a dash before the colon is colon-introduction's to give
      if (/:\s*$/u.test(ctx.text.slice(cue.end, open)) && dashLabel(ctx, ctx.text.lastIndexOf(':', open))) continue;
      // a verb coordinated with the one that has the subject opens the clause itself: `claims X and asserts that “...”`
      const nearest = before[0]!;
      const clauseCue = nearest !== cue && COORDINATED.test(ctx.text.slice(Math.max(0, nearest.start - 6), nearest.start)) ? nearest : cue;
      // an inverted subject stands in the gap: `“...,” said Jane Doe, an analyst, “but it is changing.”`
      const from = mention.start > clauseCue.start ? Math.max(clauseCue.end, anchorEnd(ctx, mention, open)) : clauseCue.end;
      const gap = readCueGap(ctx, clauseCue, open, from);
      // "According to X, the plan is “...”": a clause of its own is according-to-quote's to shape
      if (!gap || (clauseCue.kind === 'according' && gap.kind !== 'direct')) continue;
      const sentence = sentenceSpan(ctx, open)!;
      // `... declared: “...,” she said.`: a quote with an attribution of its own after it is trailing-attribution's
      if (gap.kind === 'direct' && hasOwnAttribution(ctx, a)) continue;
      // `The mayor suggested the plan was weak - “...,” she said - and left`: so is one set off by a dash inside a report
      if (/[—–-]\s*$/u.test(ctx.text.slice(from, open)) && hasOwnAttribution(ctx, a)) continue;
      // a verb inside the reported clause of an earlier one speaks for the same report, also when its object is the
      // quotation itself: `She said she called him to praise what she called “a remarkable season.”`, `She said voters
      // would say “no” to it` (not a quotation set off by a comma or colon, `said she told him, “...”`, nor one of a
      // participle that goes on with the outer report, `said that ..., noting that “...”`)
      const objectQuote = gap.kind === 'direct' && !isParticipleAfterComma(ctx, clauseCue) && OBJECT_GAP.test(ctx.text.slice(clauseCue.end, open));
      const outer = gap.kind === 'mixed' || objectQuote ? outerReport(ctx, clauseCue, sentence.start) : null;
      const outerGap = outer ? readCueGap(ctx, outer.cue, open) : null;
      if (outer && outerGap?.kind === 'mixed') {
        ctx.attribute(a, { mention: outer.mention, cue: outer.cue, confidence: 0.8 });
        // the outer verb's clause is the report, a "that" clause or a bare one: `said she thinks the plan is “...”` keeps
        // "she thinks" in the quote; one set off by commas parts the clause in two
        if (outer.setOff) shapeAroundAttribution(ctx, a, sentence, Math.min(outer.mention.start, outer.cue.start), outer.cue.end, outerGap.clauseStart);
        else makeMixed(ctx, a, outerGap.clauseStart, mixedClauseEnd(ctx, a, sentence.end));
        continue;
      }
      if (gap.kind === 'direct') {
        // "The senator said he rarely asks donors, “...”": the pronoun of a bare clause stands for the one who reports
        const reporter = mention.type === 'pronoun' ? outerReport(ctx, clauseCue, sentence.start) : null;
        const reported = reporter?.bare && reporter.mention.type !== 'pronoun';
        ctx.attribute(a, reported ? { mention: reporter.mention, cue: reporter.cue, addressee: gap.addressee, confidence: 0.9 } : { mention, cue: clauseCue, addressee: gap.addressee, confidence: 0.95 });
        // the clause goes on after the closing mark: `said that “we need more time” before the vote` (not after a comma
        // or "!" or "?" inside the mark)
        const end = mixedClauseEnd(ctx, a, sentence.end);
        if (hasAlnum(ctx.text.slice(closeOf(a), end)) && !standsAsWholeObject(ctx, a, clauseCue.end, end)) makeMixed(ctx, a, open, end);
        continue;
      }
      ctx.attribute(a, { mention, cue: clauseCue, addressee: gap.addressee, confidence: 0.85 });
      shapeAroundAttribution(ctx, a, sentence, Math.min(mention.start, clauseCue.start), from, gap.clauseStart);
    }
  },
});
