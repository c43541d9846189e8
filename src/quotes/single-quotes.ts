import { defineRule } from '../rules/define.js';
import { pairMarks, isLetterOrDigit, isSpace } from './pair-marks.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const OPENS_AFTER = /[\s(\[{—–\-/:;,“"]/u;
// ’90s, ’em, ’til, how ’bout: an apostrophe that opens a word, not a quote
const ELISION = ({ anyOf }: Lexicon) => new RegExp(String.raw`^(?:\d\ds?|${anyOf.elidedWords})\b`, 'u');

/**
 * ‘single quotes’ and 'straight single quotes', told apart from apostrophes: Norway’s, don’t, ’90s and
 * rock ’n’ roll are not quotation marks.
 */
export const singleQuotes = defineRule({
  name: 'single-quotes',
  stage: 'quotes',
  description: 'Pairs ‘ with ’ and straight single marks, skipping apostrophes inside and before words.',
  apply(ctx) {
    const elision = ctx.lexicon.once(ELISION);
    const canOpen = (text: string, at: number) =>
      (at === 0 || OPENS_AFTER.test(text[at - 1]!)) && isLetterOrDigit(text[at + 1]) && !elision.test(text.slice(at + 1, at + 6));
    // a closing mark follows text and is not followed by a letter (that would be an apostrophe: don’t)
    const canClose = (text: string, at: number) => at > 0 && !isSpace(text[at - 1]) && !isLetterOrDigit(text[at + 1]);
    pairMarks(ctx, { marks: 'single', pattern: /[‘’]/u, canOpen: (t, at) => t[at] === '‘' && canOpen(t, at), canClose: (t, at) => t[at] === '’' && canClose(t, at) });
    pairMarks(ctx, { marks: 'single', pattern: /(?<!')'(?!')/u, canOpen, canClose });
  },
});
