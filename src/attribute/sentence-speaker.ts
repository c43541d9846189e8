import { defineRule } from '../rules/define.js';
import type { AttributionDraft, CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import { readCueGap } from './cue-gap.js';
import { makeMixed, mixedClauseEnd } from './mixed-shape.js';
import { closeOf, cueIndexFrom, openOf, pending } from './quote-site.js';
import { speakerOfCue } from './speaker-mention.js';
import { contentWords, MAX_FRAGMENT_WORDS } from './unattributed-fragment.js';
import { hasAlnum } from '../text/plain-pattern.js';


/**
 * A quote that fills only part of its sentence is part of the report around it: the clause after a verb before it
 * (`said he feared that, if it came, “...”`), or the words from the sentence start up to an attribution after it
 * (`Business was “slow for a month” as buyers waited, Jane Doe said.`).
 */
function shapeInSentence(ctx: AttributeContext, a: AttributionDraft, cue: CueDraft, mention: MentionDraft, s: { start: number; end: number }): void {
  const open = openOf(a);
  const close = closeOf(a);
  if (cue.start >= close) {
    let end = Math.min(cue.start, mention.start);
    while (end > close && /[\s,—–-]/u.test(ctx.text[end - 1]!)) end--;
    if (end >= close && hasAlnum(ctx.text.slice(s.start, open))) makeMixed(ctx, a, s.start, end);
    return;
  }
  const gap = readCueGap(ctx, cue, open, Math.max(cue.end, mention.start > cue.start ? mention.end : cue.end));
  const start = gap ? gap.clauseStart : cue.end + (/^\s*(?:that\s+)?/u.exec(ctx.text.slice(cue.end, open))?.[0].length ?? 0);
  const end = mixedClauseEnd(ctx, a, s.end);
  if (hasAlnum(ctx.text.slice(start, open)) || hasAlnum(ctx.text.slice(close, end))) makeMixed(ctx, a, Math.min(start, open), end);
}

/** Last resort: a reporting verb with a subject anywhere in the quote's sentence names the speaker of a full quote. */
export const sentenceSpeaker = defineRule({
  name: 'sentence-speaker',
  stage: 'attribute',
  description: 'Attributes a quote to the subject of any reporting verb in the same sentence, with low confidence; a quote inside the reported clause becomes mixed.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      // a short fragment in a sentence with a verb elsewhere is a scare quote, not that verb's speech
      if (contentWords(ctx.text, a) <= MAX_FRAGMENT_WORDS) continue;
      const s = ctx.doc.sentences[ctx.doc.sentenceAt(openOf(a))];
      if (!s) continue;
      for (let i = cueIndexFrom(ctx.cues, s.start); i < ctx.cues.length && ctx.cues[i]!.start < s.end; i++) {
        const cue = ctx.cues[i]!;
        if (cue.kind !== 'verb' || a.parts.some((p) => p.start <= cue.start && cue.start < p.end)) continue;
        const mention = speakerOfCue(ctx, cue);
        if (mention) {
          ctx.attribute(a, { mention, cue, confidence: 0.5 });
          if (ctx.doc.sentenceAt(closeOf(a) - 1) === ctx.doc.sentenceAt(openOf(a))) shapeInSentence(ctx, a, cue, mention, s);
          break;
        }
      }
    }
  },
});
