import { defineRule } from '../rules/define.js';
import { openOf, pending } from './quote-site.js';

/**
 * A quote with no attribution of its own continues the speaker before it: later in the same paragraph
 * (`He said “...” “...”`), or as a paragraph that opens with a quote after a paragraph whose speech is X's.
 */
export const paragraphContinuation = defineRule({
  name: 'paragraph-continuation',
  stage: 'attribute',
  description: 'Gives an unattributed quote the speaker of the last attribution in its paragraph or the paragraph before.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const paragraph = ctx.doc.paragraphAt(open);
      if (paragraph < 0) continue;
      const opensParagraph = ctx.doc.paragraphs[paragraph]!.start === open;
      let previous = null;
      for (const b of ctx.attributions) {
        if (b === a || openOf(b) >= open) break;
        if (b.mention) previous = b;
      }
      if (!previous) continue;
      const prevParagraph = ctx.doc.paragraphAt(openOf(previous));
      let between = prevParagraph + 1;
      while (between < paragraph && ctx.doc.paragraphs[between]!.label !== null) between++;
      // in the same paragraph, only a quote that opens its sentence goes on with the speech: `He said “...” “...”`
      const opensSentence = ctx.doc.sentences[ctx.doc.sentenceAt(open)]?.start === open;
      const samePara = prevParagraph === paragraph && opensSentence;
      // only the paragraph right before counts (headings and boilerplate in between are skipped)
      const nextPara = opensParagraph && between === paragraph;
      if (!samePara && !nextPara) continue;
      ctx.attribute(a, { mention: previous.mention, cue: null, confidence: samePara ? 0.75 : 0.7 });
    }
  },
});
