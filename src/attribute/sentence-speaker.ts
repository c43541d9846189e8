import { defineRule } from '../rules/define.js';
import { cueIndexFrom, openOf, pending } from './quote-site.js';
import { speakerOfCue } from './speaker-mention.js';
import { contentWords, MAX_FRAGMENT_WORDS } from './unattributed-fragment.js';

/** Last resort: a reporting verb with a subject anywhere in the quote's sentence names the speaker of a full quote. */
export const sentenceSpeaker = defineRule({
  name: 'sentence-speaker',
  stage: 'attribute',
  description: 'Attributes a quote to the subject of any reporting verb in the same sentence, with low confidence.',
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
          break;
        }
      }
    }
  },
});
