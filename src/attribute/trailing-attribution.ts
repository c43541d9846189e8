import { defineRule } from '../rules/define.js';
import { addresseeAfter } from './cue-gap.js';
import { makeMixed } from './mixed-shape.js';
import { closeOf, cueIndexFrom, openOf, pending, sentenceSpan } from './quote-site.js';
import { subjectAfter } from './subject-after.js';
import { subjectBefore } from './subject-before.js';
import type { CueDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import { hasAlnum, plainPattern, plainTest } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { hasQuotationMark } from '../text/spans.js';
const LOWER_NEXT = plainPattern(String.raw`^\s+\p{Ll}`, 'u');
const LOWER_CLAUSE_TO_COMMA = plainPattern(String.raw`^\s+\p{Ll}[^.;:!?]*,\s*$`, 'u');

/** True when the cue opens the next paragraph, a short one, and only white space parts it from the quote. */
function isSignatureLine(ctx: AttributeContext, close: number, cue: CueDraft): boolean {
  const next = ctx.doc.paragraphs[ctx.doc.paragraphAt(cue.start)];
  return next !== undefined && next.start === cue.start && next.end - next.start <= 80 && /^\s*$/u.test(ctx.text.slice(close, cue.start));
}

const THAT = /\bthat\s+/gu;
// a linking word (and "in") before a participle that opens the sentence: `And in explaining why ...`
const PARTICIPLE_LEAD = ({ anyOf }: Lexicon) => new RegExp(String.raw`^\s*(?:${anyOf.linkersBeforeSubject}\s+)?(?:in\s+)?$`, 'iu');
// the preposition of the participle's verb right after it: `Pointing to the “...”` (no white space at all: `Citing“...”`)
const VERB_PREPOSITION = ({ anyOf }: Lexicon) => new RegExp(String.raw`^\s*(?:${anyOf.prepositionsOfReportingVerbs}\s+)?`, 'iu');

/**
 * Where the object of a reporting participle that opens the sentence starts, or null: the participle says how the
 * subject of the main clause spoke and is no part of what was said (`Citing “family reasons,” Jo Li withdrew`).
 */
function participleObjectStart(ctx: AttributeContext, sentenceStart: number, open: number): number | null {
  const cue = ctx.cues[cueIndexFrom(ctx.cues, sentenceStart)];
  if (!cue || cue.kind !== 'verb' || cue.end > open || !/ing$/iu.test(cue.text) || !ctx.lexicon.once(PARTICIPLE_LEAD).test(ctx.text.slice(sentenceStart, cue.start))) return null;
  return cue.end + ctx.lexicon.once(VERB_PREPOSITION).exec(ctx.text.slice(cue.end, open))![0].length;
}

/**
 * Where the words before a quote start its clause: after the last "that" of a speech verb or noun among them
 * (`In an interview, the senator stated that the plan was “...”, she said`; makeMixed then takes the "that" in), else at
 * the sentence start.
 */
function reportedClauseStart(ctx: AttributeContext, sentenceStart: number, open: number): number {
  const lead = ctx.text.slice(sentenceStart, open);
  let start = participleObjectStart(ctx, sentenceStart, open) ?? sentenceStart;
  for (const m of lead.matchAll(THAT)) {
    const at = sentenceStart + m.index;
    const i = cueIndexFrom(ctx.cues, at) - 1;
    const cue = i >= 0 ? ctx.cues[i] : undefined;
    // the speech verb or noun a few words before the "that": `stated that`, `proclaimed in July - falsely - that`
    const speech = cue !== undefined && cue.start >= sentenceStart && cue.kind === 'verb' && at - cue.end <= 30;
    if (speech) start = at + m[0].length;
  }
  return start;
}

// what is still open after a comma and a relative pronoun: `, who asked not to`
const OPEN_RELATIVE = ({ anyOf }: Lexicon) => plainPattern(String.raw`,\s*${anyOf.relativePronouns}\s[^,;:.!?“”"«»()—–]*$`, 'u');

/**
 * True when cue `i` stands in a relative clause about the speaker that a comma closes before the next cue:
 * `“...,” an aide, who asked not to be named, said` (but in `, who chairs the trust said` the verb is the attribution).
 */
function inRelativeClause(ctx: AttributeContext, close: number, i: number): boolean {
  const cue = ctx.cues[i];
  const next = ctx.cues[i + 1];
  if (!cue || !next || next.start > close + 150) return false;
  return plainTest(ctx.lexicon.once(OPEN_RELATIVE), ctx.text.slice(close, cue.start)) && /^[^.;:!?“”"«»]*,[^.;:!?“”"«»]*$/u.test(ctx.text.slice(cue.end, next.start));
}

// (`said as he left`, `wrote to Jo Li`, `said to the board`)
const ATTRIBUTION_TAIL = plainPattern(String.raw`^\s*(?:[.!?”"’']*\s*$|[,(—–-]|\p{Ll}+ly\b|as\b|to\s+(?:\p{Lu}|(?:the|an?|his|her|their|its)\b))`, 'u');

/** True when the words from `from` to the sentence end only say where, when or how it was said, if anything. */
function endsAttribution(ctx: AttributeContext, from: number, sentenceEnd: number): boolean {
  const rest = ctx.text.slice(from, sentenceEnd);
  if (plainTest(ATTRIBUTION_TAIL, rest) || ctx.lexicon.startsWithWord.adverbialGapOpeners.test(rest.trimStart())) return true;
  // (only as many words as the longest time phrase has, stripped of their punctuation once for all the phrases)
  const words = rest.trim().toLowerCase().split(/\s+/u, ctx.lexicon.once(LONGEST_TIME_PHRASE)).map((w) => w.replace(/[.,!?]+$/u, ''));
  return ctx.lexicon.timePhrases.some((p) => p.every((w, i) => words[i] === w));
}
const LONGEST_TIME_PHRASE = ({ timePhrases }: Lexicon): number => Math.max(0, ...timePhrases.map((p) => p.length));

/**
 * An attribution right after the closing mark: `“...,” said Jane Doe.`, `“...,” she said.`, `“...” — Jane Doe`.
 * When the quote sits inside a longer sentence (`The plan is “a disaster,” she said.`) it is mixed.
 */
export const trailingAttribution = defineRule({
  name: 'trailing-attribution',
  stage: 'attribute',
  description: 'Attributes a quote to the speaker named in the attribution that follows its closing mark.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const close = closeOf(a);
      const paragraph = ctx.doc.paragraphs[ctx.doc.paragraphAt(close - 1)];
      if (!paragraph) continue;
      let i = cueIndexFrom(ctx.cues, close);
      while (inRelativeClause(ctx, close, i)) i++;
      const cue = ctx.cues[i];
      if (!cue || cue.start > close + 150) continue;
      // a signature line of its own after a quoted paragraph: `“...”` + `— Jane Doe, Springfield.`
      if (cue.start >= paragraph.end && !(cue.kind === 'dash' && isSignatureLine(ctx, close, cue))) continue;
      const between = ctx.text.slice(close, cue.start);
      if (hasQuotationMark(between)) continue;
      // the attribution is in the quote's last sentence, or is the sentence right after it: `“...” Smith said.`
      const cueSentence = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
      if (!cueSentence || (cueSentence.start > close && /\S/u.test(ctx.text.slice(close, cueSentence.start)))) continue;
      let mention = null;
      if (/^[\s,—–-]*$/u.test(between)) mention = subjectAfter(ctx, cue);
      else {
        const before = subjectBefore(ctx, cue);
        // `“...” rules that he said would ...`: a verb in a relative or new clause does not attribute the quote
        // (nor does a relative one: `“...” was signed by Jane Doe, who said she wrote it`)
        if (before && before.start >= close && before.text.toLowerCase() !== 'who' && !ctx.lexicon.endsWithWord.subordinatingWords.test(ctx.text.slice(close, before.start))) mention = before;
        // an inverted attribution set off by a comma after the rest of the clause: `“...” for the town, said Jo Li.`
        else if (!before && plainTest(LOWER_CLAUSE_TO_COMMA, between)) mention = subjectAfter(ctx, cue);
      }
      if (!mention || (cue.kind !== 'verb' && cue.kind !== 'dash')) continue;
      // `“...” She added that the plan ...` introduces speech of its own; it does not close the quote before it
      // (nor does `He said, twice, that ...`, with a word or two set off by commas before the "that")
      if (/^\s*(?:,[^,.;:]{1,30},\s*)?(?:to\s+[^,.]{1,40}?\s+)?(?:that\b|:)/u.test(ctx.text.slice(cue.end, cue.end + 80))) continue;
      const addressee = addresseeAfter(ctx, cue, Math.max(cue.end, mention.end), cueSentence.end);
      // an attribution that is the next sentence starts it and ends it, or goes on only with where, when or how it was
      // said: `“...” Smith said on Monday.`; `“...” She noted a rally on Friday.`, `“...” Jo Li said he would ...` and
      // `“...” That is why, he added, ...` report more
      if (cueSentence.start >= close && (hasAlnum(ctx.text.slice(cueSentence.start, Math.min(mention.start, cue.start))) ||
        !endsAttribution(ctx, Math.max(cue.end, mention.end, addressee?.end ?? 0), cueSentence.end))) continue;
      ctx.attribute(a, { mention, cue, addressee, confidence: 0.95 });
      // words before the opening mark in its sentence make the quote part of a reported clause
      // so do words between the closing mark and an attribution set off by a comma: `“We were shocked” by the vote, she said.`
      const open = openOf(a);
      const sentence = sentenceSpan(ctx, open);
      const attributionAt = Math.min(mention.start, cue.start);
      const tail = ctx.text.slice(close, attributionAt);
      const led = sentence !== null && hasAlnum(ctx.text.slice(sentence.start, open));
      // (not after a comma inside the marks, where a speaker's description follows: `“...,” the mayor's aide, Jo Li, said`)
      const quoted = a.parts[a.parts.length - 1]!;
      // nor when the quotation goes on after the attribution: `“...” in May, she said. “...”` is one quote in two parts
      const goesOn = /^\s*(?:[“"«]|'')/u.test(ctx.text.slice(cueSentence.end, Math.min(paragraph.end, cueSentence.end + 8)));
      // (but a conjunction or preposition after the comma goes on with the clause: `“...,” and donations rose, she said`)
      const quotedEnd = /[,.!?]\s*$/u.exec(ctx.text.slice(quoted.start, quoted.end))?.[0].trim();
      const goesOnAfterComma = quotedEnd === ',' && ctx.lexicon.startsWithWord.adverbialClauseOpeners.test(tail.trimStart());
      const trailed = !goesOn && plainTest(LOWER_NEXT, tail) && /,\s*$/u.test(tail) && (quotedEnd === undefined || goesOnAfterComma);
      if (sentence && (led || trailed) && ctx.doc.sentenceAt(open) === ctx.doc.sentenceAt(close - 1)) {
        const lead = ctx.text.slice(sentence.start, open);
        // the clause runs from the sentence start to the attribution: `Leaders became more “conversant” on it, Ban said.`
        // an attribution in the next sentence leaves the quote's sentence as it is: `... “late.” Later, Smith said.`
        // a colon, an opening parenthesis or a dash before the quote sets it apart from the words before: `... (“...,” she wrote)`
        let end = cueSentence.start >= close ? close : attributionAt;
        while (end > close && /[\s,—–-]/u.test(ctx.text[end - 1]!)) end--;
        // (a dash after an earlier quotation, or a parenthesis closed before the attribution, is an aside inside the clause)
        const setApart = /:\s*$/u.test(lead) || (/\(\s*$/u.test(lead) && !tail.includes(')')) || (/[—–-]\s*$/u.test(lead) && !hasQuotationMark(lead));
        const start = led ? reportedClauseStart(ctx, sentence.start, open) : open;
        // (a quotation that is all a participle's object, `Citing “...,” she said`, stays as it is)
        if (!setApart && (hasAlnum(ctx.text.slice(start, open)) || end > close)) makeMixed(ctx, a, start, Math.max(end, close));
      }
    }
  },
});
