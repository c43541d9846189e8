import { defineRule } from '../rules/define.js';
import { readCueGap } from './cue-gap.js';
import { makeMixed, mixedClauseEnd } from './mixed-shape.js';
import { closeOf, cueBefore, openOf, pending, sentenceSpan } from './quote-site.js';
import { speakerOfCue } from './speaker-mention.js';

/**
 * A reporting verb with its subject before the quote, in the same sentence:
 * `Hisham Moutadad, a researcher, said that “...”`, `He further stated: “...”`, `She explained to the paper that “...”`.
 * When words of the reported clause stand between verb and quote (`said the plan was “doomed”`) the quote is mixed.
 */
export const cueBeforeQuote = defineRule({
  name: 'cue-before-quote',
  stage: 'attribute',
  description: 'Attributes a quote to the subject of the nearest reporting verb before it in its sentence.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const cue = cueBefore(ctx, open);
      if (!cue) continue;
      const gap = readCueGap(ctx, cue, open);
      if (!gap) continue;
      const mention = speakerOfCue(ctx, cue);
      if (!mention) continue;
      const sentence = sentenceSpan(ctx, open)!;
      if (gap.kind === 'direct') {
        ctx.attribute(a, { mention, cue, addressee: gap.addressee, confidence: 0.95 });
        // the clause goes on after the closing mark: `said that “we need more information” about the decision`
        const end = mixedClauseEnd(ctx, a, sentence.end);
        if (/[\p{L}\p{N}]/u.test(ctx.text.slice(closeOf(a), end))) makeMixed(ctx, a, open, end);
        continue;
      }
      ctx.attribute(a, { mention, cue, confidence: 0.85 });
      makeMixed(ctx, a, gap.clauseStart, mixedClauseEnd(ctx, a, sentence.end));
    }
  },
});
