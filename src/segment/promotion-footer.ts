import { defineRule } from '../rules/define.js';
import { wordCount } from './line-shape.js';

/**
 * An app or newsletter promotion near the end opens a footer: it and every later line are boilerplate.
 * "Get every story first in the app" / "Browse the map, ..." / "Google Play Badge"
 */
export const promotionFooter = defineRule({
  name: 'promotion-footer',
  stage: 'segment',
  description: 'Marks a promotion line in the last part of the article and all lines after it as boilerplate.',
  apply(ctx) {
    const { paragraphs } = ctx;
    const from = Math.floor(paragraphs.length / 2);
    for (let i = paragraphs.length - 1; i >= from; i--) {
      const p = paragraphs[i]!;
      if (wordCount(p.text, 26) <= 25 && !/[“”"«»]/u.test(p.text) && ctx.lexicon.promotionPatterns.some((re) => re.test(p.text))) {
        // the footer starts at the earliest promotion line of the trailing block
        let start = i;
        for (let j = i - 1; j >= from; j--) {
          const q = paragraphs[j]!;
          // a long or quoted paragraph is prose, whatever it says ("“Sign up for the pass,” she said.")
          if (wordCount(q.text, 26) > 25 || /[“”"«»]/u.test(q.text)) break;
          if (ctx.lexicon.promotionPatterns.some((re) => re.test(q.text))) start = j;
        }
        for (let k = start; k < paragraphs.length; k++) ctx.label(paragraphs[k]!, 'boilerplate');
        return;
      }
    }
  },
});
