import { defineRule } from '../rules/define.js';

/** A colon right before a quotation introduces it: `Her answer was blunt: “No.”` */
export const colonCue = defineRule({
  name: 'colon-cue',
  stage: 'cues',
  description: 'Marks a colon that stands right before an opening quotation mark (or ends the paragraph before a quote paragraph).',
  apply(ctx) {
    for (const q of ctx.quotes) {
      let i = q.open - 1;
      while (i >= 0 && /\s/u.test(ctx.text[i]!)) i--;
      if (i >= 0 && ctx.text[i] === ':') ctx.add({ start: i, end: i + 1, text: ':', lemma: ':', belief: false, kind: 'colon' });
    }
  },
});
