import { defineRule } from '../rules/define.js';
import { pairMarks, isSpace } from './pair-marks.js';
import { startsLetter } from '../text/plain-pattern.js';

const OPENS_AFTER = /[\s(\[{—–\-/:;,‘]/u;

/** A straight mark (" or the archive convention '') opens after white space or a bracket, and closes after text. */
const straightOpens = (text: string, at: number, mark: string) => (at === 0 || OPENS_AFTER.test(text[at - 1]!)) && !isSpace(text[at + mark.length]);
// (also at a line's start before an ellipsis that leaves out the first words: `” … the ferry is late,” she said`)
const LEADING_ELLIPSIS = /^ ?(?:…|\.\.\.) ?\p{L}/u;
const misplacedOpening = (text: string, at: number) =>
  (at === 0 || isSpace(text[at - 1])) && (startsLetter(text[at + 1] ?? '') || ((at === 0 || text[at - 1] === '\n') && LEADING_ELLIPSIS.test(text.slice(at + 1, at + 7))));
// a mark right after feet and a number is the sign for inches, not a quotation mark: `he is 6’2” tall`, `a 5'11" guard`
const FEET_AND_INCHES = /\d[’']\s?\d{1,2}(?:\.\d+)?$/u;
const inchMark = (text: string, at: number) => FEET_AND_INCHES.test(text.slice(Math.max(0, at - 8), at));
// a straight mark closes after text, or after a nested quote's closing mark and a space: `... its brain,' "`, or
// stands alone after a comma or an end mark, a space typed on each side: `... by Friday, " she said`
const straightCloses = (text: string, at: number, mark: string) =>
  at > 0 && (!isSpace(text[at - 1]) || /[’']\s$/u.test(text.slice(Math.max(0, at - 2), at)) || (/[,.?!] $/u.test(text.slice(Math.max(0, at - 2), at)) && isSpace(text[at + mark.length])));

/**
 * Double quotation marks: “curly”, "straight", „low-high“ and ''doubled apostrophes'' as some archives write them. One family,
 * so a quote opened with one kind and closed with another (“...") still pairs. A quote still open at a paragraph's
 * end continues when the next paragraph opens with a double mark.
 */
export const doubleQuotes = defineRule({
  name: 'double-quotes',
  stage: 'quotes',
  description: 'Pairs opening and closing double quotation marks of any kind, paragraph by paragraph.',
  apply(ctx) {
    pairMarks(ctx, {
      marks: 'double',
      nests: true,
      // (three apostrophes are the doubled mark and a nested single one: `''I call it 'late,'''`)
      pattern: /[“”"„]|'''?/u,
      // a ” typed where the quote opens (after white space, before a letter) opens it all the same
      canOpen: (text, at, mark) => !inchMark(text, at) && (mark === '“' || mark === '„' || (mark === '”' ? misplacedOpening(text, at) : straightOpens(text, at, mark))),
      // „German quotes“ close with “; a ” after white space and before a letter is a misplaced opening mark
      canClose: (text, at, mark, opening) =>
        mark === '„' || inchMark(text, at) ? false
          // a “ typed as the closing mark (after text, before a space or punctuation) closes too: `... here,“ she said`
          : mark === '“' ? opening === '„' || (!isSpace(text[at - 1]) && /^(?:$|[\s.,;:!?)\]])/u.test(text[at + 1] ?? ''))
            : mark === '”' ? !misplacedOpening(text, at)
              : straightCloses(text, at, mark),
    });
  },
});
