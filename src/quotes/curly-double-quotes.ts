import { defineRule } from '../rules/define.js';
import { pairMarks, isSpace } from './pair-marks.js';

/** “typographic double quotes”, including a quote that runs over several paragraphs. */
export const curlyDoubleQuotes = defineRule({
  name: 'curly-double-quotes',
  stage: 'quotes',
  description: 'Pairs “ with ”, paragraph by paragraph.',
  apply(ctx) {
    pairMarks(ctx, {
      marks: 'double',
      pattern: /[“”]/u,
      canOpen: (text, at) => text[at] === '“',
      // a ” that follows white space and precedes a letter is a misplaced opening mark, not a close
      canClose: (text, at) => text[at] === '”' && !(isSpace(text[at - 1]) && /\p{L}/u.test(text[at + 1] ?? '')),
    });
  },
});
