import { defineRule } from '../rules/define.js';
import type { AttributionDraft, MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import { isSubName, nameWords } from '../resolve/names.js';
import { closeOf, cueIndexFrom, openOf } from './quote-site.js';
import { mentionsBetween } from './mention-context.js';
import { speakerOfCue } from './speaker-mention.js';
import { insideAny } from '../text/quote-index.js';
import { contentWords, MAX_FRAGMENT_WORDS } from './unattributed-fragment.js';
import { plainMatch, plainPattern } from '../text/plain-pattern.js';
import { hasQuotationMark } from '../text/spans.js';

const LEAD_WORD = plainPattern(String.raw`[\p{L}\p{N}’'-]+`, 'gu');

/** True when the paragraph names a person who is not the previous speaker: then the quote may be theirs. */
function namesSomeoneElse(ctx: AttributeContext, paragraph: number, a: AttributionDraft, speaker: MentionDraft): boolean {
  const p = ctx.doc.paragraphs[paragraph]!;
  const theirs = nameWords(speaker.name?.text ?? speaker.text);
  return mentionsBetween(ctx.mentions, p.start, p.end).some((m) => {
    if (m.type !== 'name' || (m.start >= openOf(a) && m.end <= closeOf(a))) return false;
    const words = nameWords(m.name?.text ?? m.text);
    return speaker.type !== 'name' || !(isSubName(words, theirs) || isSubName(theirs, words));
  });
}

/**
 * True when paragraph `index` holds no quotation and opens with a mention of the speaker, the only name in it (it has no
 * label: continueSpeech skips labelled paragraphs before it asks).
 */
function bridgesSpeech(ctx: AttributeContext, index: number, speaker: MentionDraft): boolean {
  const p = ctx.doc.paragraphs[index]!;
  if (hasQuotationMark(ctx.text.slice(p.start, p.end))) return false;
  const mentions = mentionsBetween(ctx.mentions, p.start, p.end);
  const first = mentions[0];
  if (!first || first.type !== 'name' || speaker.type !== 'name' || /\S/u.test(ctx.text.slice(p.start, first.start))) return false;
  const theirs = nameWords(speaker.name?.text ?? speaker.text);
  return mentions.every((m) => m.type !== 'name' || isSubName(nameWords(m.name?.text ?? m.text), theirs));
}

/** True when the words from `from` to the quote at `open` are few and name no one: `But “...”`, `It’s “...”`. */
function namelessLead(ctx: AttributeContext, from: number, open: number): boolean {
  const lead = ctx.text.slice(from, open);
  const words = plainMatch(LEAD_WORD, lead) ?? [];
  // (words inside another quotation are not a lead: “He told me ‘never again’”)
  return words.length <= LEAD_WORDS && !/[“”"«»‘]/u.test(lead) && mentionsBetween(ctx.mentions, from, open).length === 0;
}
const LEAD_WORDS = 4;

/**
 * The subject of the last speech verb between the previous quote and this one, outside quotation marks:
 * `“...,” he said. ¶ Her friends mocked the plan, Jane Doe said. ¶ “...”` goes on with Jane Doe, not with "he".
 */
function laterSpeaker(ctx: AttributeContext, from: number, open: number, quoted: (offset: number) => boolean): MentionDraft | null {
  for (let i = cueIndexFrom(ctx.cues, open) - 1; i >= 0 && ctx.cues[i]!.start >= from; i--) {
    const cue = ctx.cues[i]!;
    if (cue.kind !== 'verb' || cue.belief || quoted(cue.start)) continue;
    const m = speakerOfCue(ctx, cue);
    // (the relative pronoun of a clause about someone else is no speaker here: `said of the mayor, who argued`)
    if (m && m.start >= from && !quoted(m.start) && !ctx.lexicon.relativePronouns.has(m.text.toLowerCase())) return m;
  }
  return null;
}

/** A subject pronoun for people that opens the last sentence between the previous quote and this one: `“...,” Dahl said. He then turned to the crowd. ¶ “...”`. */
function pronounSubjectBetween(ctx: AttributeContext, from: number, open: number): MentionDraft | null {
  const here = ctx.doc.sentenceAt(open);
  let i = here >= 0 ? here - 1 : -1;
  if (here < 0) for (let at = open - 1; at >= from && i < 0; at--) i = ctx.doc.sentenceAt(at);
  const s = i >= 0 ? ctx.doc.sentences[i] : undefined;
  if (!s || s.start < from) return null;
  const first = mentionsBetween(ctx.mentions, s.start, s.end)[0];
  return first && first.start === s.start && ctx.lexicon.peopleSubjectPronouns.has(first.text.toLowerCase()) ? first : null;
}

/** Gives each unattributed direct quote the speaker of the attribution before it, where the speech goes on. */
export function continueSpeech(ctx: AttributeContext, confidence: { samePara: number; nextPara: number }): void {
  let previous: AttributionDraft | null = null;
  const quoted = insideAny(ctx.quotes.map((q) => ({ start: q.open, end: q.close })));
  for (const a of ctx.attributions) {
    if (a.mention || a.cue || a.kind !== 'direct') {
      if (a.mention) previous = a;
      continue;
    }
    if (!previous?.mention) continue;
    const open = openOf(a);
    const paragraph = ctx.doc.paragraphAt(open);
    if (paragraph < 0) continue;
    // the paragraph where the previous speech ends: a quote may run over several paragraphs
    const prevParagraph = Math.max(ctx.doc.paragraphAt(openOf(previous)), ctx.doc.paragraphAt(closeOf(previous) - 1));
    let between = prevParagraph + 1;
    while (between < paragraph && ctx.doc.paragraphs[between]!.label !== null) between++;
    // in the same paragraph, only a quote that opens its sentence goes on with the speech: `He said “...” “...”`
    // (or one led into by a few words that name nobody: `“...,” she says. It’s “...”`, `he said. But “...”`)
    const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(open)];
    const samePara = prevParagraph === paragraph && sentence !== undefined && (sentence.start === open || (closeOf(previous) <= open && namelessLead(ctx, sentence.start, open)));
    // only the paragraph right before counts (headings and boilerplate in between are skipped), or a paragraph of the
    // speaker's own between: `“...,” Jo Li said.` + `Li went on with her attack.` + `“...”`
    // (a quotation long enough to be speech: not a slogan or a title after a paragraph of news about the speaker)
    const bridged = between === paragraph - 1 && contentWords(ctx.text, a) > MAX_FRAGMENT_WORDS && bridgesSpeech(ctx, between, previous.mention);
    const nextPara = ctx.doc.paragraphs[paragraph]!.start === open && (between === paragraph || bridged);
    if (!samePara && !nextPara) continue;
    // a speech verb after the previous quote names who speaks now: `..., Jane Doe said as she left. ¶ “...”`
    // (or a pronoun that opens a sentence after it: `..., Jane Doe said. She then turned to the crowd. ¶ “...”`)
    const later = laterSpeaker(ctx, closeOf(previous), open, quoted);
    const pronoun = pronounSubjectBetween(ctx, closeOf(previous), open);
    const mention = (pronoun && (!later || pronoun.start > later.start) ? pronoun : later) ?? previous.mention;
    if (nextPara && namesSomeoneElse(ctx, paragraph, a, mention)) continue;
    ctx.attribute(a, { mention, cue: null, confidence: samePara ? confidence.samePara : confidence.nextPara });
    previous = a;
  }
}

/**
 * A quote with no attribution of its own continues the speaker before it: later in the same paragraph
 * (`He said “...” “...”`), or as a paragraph that opens with a quote after a paragraph whose speech is X's, or after one
 * more paragraph that opens with X and names no one else — unless that paragraph names somebody else (`“...” The
 * verdict was Jane Doe’s.`).
 */
export const paragraphContinuation = defineRule({
  name: 'paragraph-continuation',
  stage: 'attribute',
  description: 'Gives an unattributed quote the speaker of the last attribution in its paragraph or the paragraph before (or two before, across a paragraph that opens with that speaker).',
  apply(ctx) {
    continueSpeech(ctx, { samePara: 0.75, nextPara: 0.7 });
  },
});
