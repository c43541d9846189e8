import { defineRule } from '../rules/define.js';
import { readCueGap } from './cue-gap.js';
import { closeOf, cueBefore, openOf, pending } from './quote-site.js';

/**
 * A participle after a comma continues the speech of the sentence's speaker:
 * `X stressed that “...,” noting that “...”` -> the second quote is X's too.
 */
export const participialContinuation = defineRule({
  name: 'participial-continuation',
  stage: 'attribute',
  description: 'Gives a quote introduced by ", noting/adding/saying (that)" the speaker of the quote or clause before it.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const cue = cueBefore(ctx, open);
      if (!cue || !/ing$/u.test(cue.text) || !/,[”"’']?\s*$/u.test(ctx.text.slice(Math.max(0, cue.start - 4), cue.start))) continue;
      const gap = readCueGap(ctx, cue, open);
      if (!gap || gap.kind !== 'direct') continue;
      // the attribution that ends right before ", noting"
      const previous = ctx.attributions.filter((b) => b !== a && b.mention !== null && closeOf(b) <= cue.start && cue.start - closeOf(b) < 400).pop();
      if (!previous || ctx.doc.paragraphAt(openOf(previous)) !== ctx.doc.paragraphAt(open)) continue;
      ctx.attribute(a, { mention: previous.mention, cue, confidence: 0.9 });
    }
  },
});
