import { defineRule } from '../rules/define.js';
import type { CueDraft } from '../pipeline/draft.js';
import { closeOf, cueIndexFrom, openOf } from './quote-site.js';
import { mentionsBetween } from './mention-context.js';
import { hasAlnumRuns, plainPattern, plainTest } from '../text/plain-pattern.js';

const LOWER_START = plainPattern(String.raw`^\p{Ll}`, 'u');
/** The words an unnamed attribution may have before its verb; more when the verb all but ends its sentence. */
const LEAD_WORDS = 5;
const SPEAKER_PHRASE_WORDS = 16;
const TAIL_WORDS = 3;
/** The writer's words that may lead a fragment of the speech in the sentence after its attribution. */
const LED_ON_WORDS = 8;

/**
 * One quote interrupted by its attribution is one quote in several parts, however long the attribution:
 * `“We will rebuild,” she said, “and start tomorrow.”`, `“We will rebuild,” said Jane Doe, the mayor. “It starts now.”`
 * The next quote opens in the attribution's sentence, or opens the sentence right after it (in its paragraph or the
 * next, after a linking word or two: `she said. But “...”`), or a sentence or two later in the paragraph past words of
 * the writer's own that report nothing. A mixed quote goes on the same way: `The plan is “late,” she said. “...”`.
 */
export const interruptedQuote = defineRule({
  name: 'interrupted-quote',
  stage: 'attribute',
  description: 'Merges a quote with the next one when only its own attribution, and the writer\'s words that report nothing, stand between them.',
  apply(ctx) {
    // a mixed quote (`The plan is “a disaster,” she said.`) may go on only as the next sentence, checked below
    const list = ctx.attributions.filter((a) => a.kind === 'direct' || (a.kind === 'mixed' && a.quotes.length > 0));
    const opens = ctx.quotes.map((q) => q.open).sort((a, b) => a - b);
    // is there a quotation opening in [from, to)? (binary search: long articles stay linear)
    const quoteBetween = (from: number, to: number) => {
      let lo = 0;
      let hi = opens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (opens[mid]! < from) lo = mid + 1;
        else hi = mid;
      }
      return lo < opens.length && opens[lo]! < to;
    };
    // is there a cue in [from, to)?
    const cueBetween = (from: number, to: number) => {
      const k = cueIndexFrom(ctx.cues, from);
      return k < ctx.cues.length && ctx.cues[k]!.start < to;
    };
    // `first` grows as pieces merge into it; the next piece is compared with it in turn
    for (let i = 0, j = 1; j < list.length; j++) {
      const first = list[i]!;
      const second = list[j]!;
      const merged = tryMerge(first, second);
      // a quotation inside the attribution's own sentence is passed over: `“...,” Jo Li said after calling the plan
      // “late.” “...”` may still go on after it
      if (!merged && !insideAttribution(first, second)) i = j;
    }
    // true when `inner` stands after `a`'s closing mark in the sentence of its attribution
    function insideAttribution(a: (typeof list)[number], inner: (typeof list)[number]): boolean {
      if (a.dropped || !a.cue || a.cue.start < closeOf(a)) return false;
      const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(a.cue.start)];
      return sentence !== undefined && openOf(inner) >= closeOf(a) && closeOf(inner) <= sentence.end;
    }
    // true when sentences [from, to) report nothing and none is about a person named at its start (`Jo Li shook her head.`)
    function narration(from: number, to: number): boolean {
      const { start } = ctx.doc.sentences[from]!;
      const end = ctx.doc.sentences[to - 1]!.end;
      if (cueBetween(start, end)) return false;
      const starts = new Set(ctx.doc.sentences.slice(from, to).map((s) => s.start));
      return !mentionsBetween(ctx.mentions, start, end).some((m) => m.type === 'name' && starts.has(m.start));
    }
    // true when the quotation opens in lower case, going on a sentence (its own words, not a lead before the mark)
    function lowerStart(a: (typeof list)[number]): boolean {
      const from = a.quotes[0]?.start ?? a.parts[0]!.start;
      return plainTest(LOWER_START, ctx.text.slice(from, from + 2));
    }
    // true when `lead` is empty or a linking word or two: `and`, `But`, `Then,`, `Instead,`
    // (read word by word and given up at the third: the lead may be all of a long sentence before the mark)
    function linkersOnly(lead: string): boolean {
      const { clauseLinkers, frontedPhraseOpeners, adverbsBeforeClause } = ctx.lexicon;
      let count = 0;
      for (const [word] of lead.matchAll(/[^\s,]+/gu)) {
        const w = word.toLowerCase();
        if (++count > 2 || !(clauseLinkers.has(w) || frontedPhraseOpeners.has(w) || adverbsBeforeClause.has(w))) return false;
      }
      return true;
    }
    // the words that attribute `a` after its closing mark: its speaker and verb, or, when no rule could name the speaker,
    // a verb close after the mark in its sentence: `“...,” Ortega said.`
    function attributionAfter(a: (typeof list)[number], close: number): { start: number; end: number; cue: CueDraft } | null {
      if (a.mention && a.cue) return { start: Math.min(a.mention.start, a.cue.start), end: Math.max(a.mention.end, a.cue.end), cue: a.cue };
      if (a.mention || a.cue || a.kind !== 'direct') return null;
      // (the quote opens its sentence: `Citing their “...,” Jo Li urged ...` is a clause of its own)
      const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(openOf(a))];
      if (!sentence || !linkersOnly(ctx.text.slice(sentence.start, openOf(a)))) return null;
      const cue = ctx.cues[cueIndexFrom(ctx.cues, close)];
      if (!cue || cue.kind !== 'verb' || ctx.doc.sentenceAt(cue.start) !== ctx.doc.sentenceAt(close - 1)) return null;
      const lead = ctx.text.slice(close, cue.start);
      if (/[“”"«»]|''/u.test(lead)) return null;
      // a few words, or a longer speaker phrase when the verb ends the sentence, all but a word or two:
      // `“...,” Jo Li, the harbour master who ran the ferry for years, wrote on Monday.`
      const words = lead.trim().split(/\s+/u).length;
      const sentenceEnd = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)]!.end;
      const endsSentence = !hasAlnumRuns(ctx.text, cue.end, sentenceEnd, TAIL_WORDS + 1);
      return words > LEAD_WORDS && !(words <= SPEAKER_PHRASE_WORDS && endsSentence) ? null : { start: close, end: cue.end, cue };
    }
    function tryMerge(first: (typeof list)[number], second: (typeof list)[number]): boolean {
      if (first.dropped) return false;
      const close = closeOf(first);
      const open = openOf(second);
      if (goesOnAcross(first, second, close, open)) {
        ctx.merge(first, second);
        return true;
      }
      const attribution = attributionAfter(first, close);
      if (!attribution) return false;
      // a piece made mixed only by a linking word before its mark goes on all the same: `“...,” she said, and “...”`
      // (the verb before it already gave it the same speaker)
      const linkedOn = second.kind === 'mixed' && second.mention === first.mention && second.quotes.length === 1 && second.parts[0]!.end <= closeOf(second) && linkersOnly(ctx.text.slice(second.parts[0]!.start, open));
      // so does a piece made mixed by the very attribution before it, set off by a comma: `“...,” she said of the vote, “...”`
      const ownAttribution = second.kind === 'mixed' && first.kind === 'direct' && second.mention === first.mention && second.cue === first.cue &&
        first.cue !== null && second.quotes.length === 1 && second.parts[0]!.start >= first.cue.end && second.parts[0]!.end <= closeOf(second) &&
        /,\s*$/u.test(ctx.text.slice(second.parts[0]!.start, open)) && !/\bthat\b/iu.test(ctx.text.slice(first.cue.end, open));
      if (second.kind !== 'direct' && !linkedOn && !ownAttribution) return false;
      // the second piece is unattributed, or was given the same speaker from the words before it, with the same verb, or
      // with another verb only when the quoted sentence goes on in lower case: `“...,” she said, speaking of the port,
      // “and ...”` (`she said, adding: “We ...”` is a second report)
      // (set off by a comma: `adding that “we ...”` and `referring to “...”` quote inside the new verb's clause)
      const goesOnLower = second.cue !== null && second.cue.start >= close && /,\s*$/u.test(ctx.text.slice(second.cue.end, open)) &&
        lowerStart(second);
      const sameReport = second.mention === first.mention && (second.cue === first.cue || goesOnLower);
      if ((second.mention || second.cue) && !sameReport) return false;
      const { cue } = attribution;
      // the attribution sits between the two quotes, with no other quotation between (a title set aside is fine)
      if (attribution.start < close || attribution.end > open) return false;
      // the second quote opens in the attribution's sentence, or starts the sentence right after it, which may open
      // the next paragraph: `“...,” he continued.` + `“In this moment ...”`
      const cueSentence = ctx.doc.sentenceAt(cue.start);
      const openSentence = ctx.doc.sentenceAt(open);
      if (cueSentence < 0 || openSentence < 0) return false;
      // (a quotation inside the attribution's sentence is fine when the second quote opens a later one)
      if (quoteBetween(close, open) && (openSentence === cueSentence || quoteBetween(ctx.doc.sentences[cueSentence]!.end, open))) return false;
      // (after a linking word or two: `she said. But “...”`, `he said. Then, “...”`)
      const opensSentence = linkersOnly(ctx.text.slice(ctx.doc.sentences[openSentence]!.start, open));
      const nextSentence = openSentence === cueSentence + 1 && opensSentence;
      // or a sentence or two later in the paragraph, past words of the writer's own that report nothing:
      // `“...,” she said. The ferry sails at dawn. “...”`
      const afterNarration = openSentence > cueSentence + 1 && openSentence <= cueSentence + 3 && opensSentence &&
        ctx.doc.paragraphAt(open) === ctx.doc.paragraphAt(cue.start) && narration(cueSentence + 1, openSentence);
      // or the next sentence in the paragraph gives a fragment of the speech in the writer's words, a few words that report
      // nothing before the mark: `“...,” she said. That makes it “the best plan we have.”` (one mixed quote)
      const ledOn = openSentence === cueSentence + 1 && !opensSentence && first.kind === 'direct' && !second.mention && !second.cue &&
        ctx.doc.paragraphAt(open) === ctx.doc.paragraphAt(cue.start) && writerLead(openSentence, open, closeOf(second));
      if (openSentence !== cueSentence && !nextSentence && !afterNarration && !ledOn) return false;
      // without a named speaker, only a quote that opens a later sentence goes on: in `“...” and 14 percent said “...”` the
      // words between may name a second speaker
      if (!first.mention && openSentence === cueSentence) return false;
      // a mixed quote goes on with whole quoted sentences after its attribution: `It is “a disaster,” she said. “...”`,
      // or with the rest of its own sentence: `The “plan,” she said, “is late.”`
      // (attributed by a verb, not a dash: in `“...!” - Russian for “...”` a dash misleads)
      if (first.kind === 'mixed' && cue.kind !== 'verb') return false;
      if (first.kind === 'mixed' && !nextSentence && !(openSentence === cueSentence && lowerStart(second))) return false;
      if (ownAttribution) ctx.reshape(second, { kind: 'direct', parts: [{ start: second.quotes[0]!.start, end: second.quotes[0]!.end }] });
      if (ledOn) {
        const last = second.parts[second.parts.length - 1]!;
        ctx.reshape(second, { kind: 'mixed', parts: [{ start: ctx.doc.sentences[openSentence]!.start, end: last.end }] });
        ctx.reshape(first, { kind: 'mixed' });
      }
      ctx.merge(first, second);
      return true;
    }
    // true when a quote attributed before it goes on in lower case across a pronoun's attribution of its own, in one
    // sentence: `Jo Li wrote back: “As a friend,” she wrote, “we ...”`
    function goesOnAcross(first: (typeof list)[number], second: (typeof list)[number], close: number, open: number): boolean {
      const { mention, cue } = second;
      if (!first.mention || !first.cue || first.cue.start >= close || first.kind !== 'direct' || second.kind !== 'direct') return false;
      if (!mention || !cue || mention.type !== 'pronoun' || mention.start < close || cue.end > open || quoteBetween(close, open)) return false;
      const last = first.parts[first.parts.length - 1]!;
      return /,\s*$/u.test(ctx.text.slice(last.start, last.end)) && lowerStart(second) && ctx.doc.sentenceAt(close - 1) === ctx.doc.sentenceAt(open);
    }
    // true when the words of sentence `s` before the mark at `open` are a few that report nothing and do not open with a
    // person's pronoun, and the quote closing at `close` ends the sentence
    function writerLead(s: number, open: number, close: number): boolean {
      const sentence = ctx.doc.sentences[s]!;
      const lead = ctx.text.slice(sentence.start, open);
      // (`She wants them “...”` is a new clause about the speaker, not her words going on)
      if (ctx.lexicon.peopleSubjectPronouns.has(lead.trim().split(/\s+/u)[0]!.toLowerCase())) return false;
      return hasAlnumRuns(ctx.text, sentence.start, open, 1) && !hasAlnumRuns(ctx.text, sentence.start, open, LED_ON_WORDS + 1) &&
        !/[“”"«»‘’]|''/u.test(lead) && !cueBetween(sentence.start, open) && !hasAlnumRuns(ctx.text, close, sentence.end, 1);
    }
  },
});
