import { defineRule } from '../rules/define.js';
import { pairMarks } from './pair-marks.js';

/** «guillemets» and ‹single guillemets›. */
export const angleQuotes = defineRule({
  name: 'angle-quotes',
  stage: 'quotes',
  description: 'Pairs « with » and ‹ with ›.',
  apply(ctx) {
    pairMarks(ctx, { marks: 'angle', pattern: /[«»]/u, canOpen: (t, at) => t[at] === '«', canClose: (t, at) => t[at] === '»' });
    pairMarks(ctx, { marks: 'angle', pattern: /[‹›]/u, canOpen: (t, at) => t[at] === '‹', canClose: (t, at) => t[at] === '›' });
  },
});
