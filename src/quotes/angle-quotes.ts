import { defineRule } from '../rules/define.js';
import { pairMarks } from './pair-marks.js';

/** «guillemets», ‹single guillemets› and „low-high“ quotes. */
export const angleQuotes = defineRule({
  name: 'angle-quotes',
  stage: 'quotes',
  description: 'Pairs « with », ‹ with › and „ with “ or ”.',
  apply(ctx) {
    pairMarks(ctx, { marks: 'angle', pattern: /[«»]/u, canOpen: (t, at) => t[at] === '«', canClose: (t, at) => t[at] === '»' });
    pairMarks(ctx, { marks: 'angle', pattern: /[‹›]/u, canOpen: (t, at) => t[at] === '‹', canClose: (t, at) => t[at] === '›' });
    if (ctx.text.includes('„')) {
      pairMarks(ctx, { marks: 'angle', pattern: /[„“”]/u, canOpen: (t, at) => t[at] === '„', canClose: (t, at) => t[at] !== '„' });
    }
  },
});
