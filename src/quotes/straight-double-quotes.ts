import { defineRule } from '../rules/define.js';
import { pairMarks, isSpace } from './pair-marks.js';

const OPENS_AFTER = /[\s(\[{—–\-/:;,“‘]/u;

/** "straight double quotes": a mark after white space or an opening bracket opens, one after text closes. */
export const straightDoubleQuotes = defineRule({
  name: 'straight-double-quotes',
  stage: 'quotes',
  description: 'Pairs straight " marks by the characters around each.',
  apply(ctx) {
    pairMarks(ctx, {
      marks: 'double',
      pattern: /"/u,
      canOpen: (text, at) => (at === 0 || OPENS_AFTER.test(text[at - 1]!)) && !isSpace(text[at + 1]),
      canClose: (text, at) => at > 0 && !isSpace(text[at - 1]),
    });
  },
});
