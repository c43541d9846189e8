import fc from 'fast-check';
import { wordCount } from './line-shape';

/** A word, as `wordCount` scans it. */
const WORD_PATTERN = /[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu;

const byPattern = (line: string, upTo = Infinity) => {
  let n = 0;
  for (const _ of line.matchAll(WORD_PATTERN)) if (++n >= upTo) break;
  return n;
};

describe('wordCount', () => {
  test('counts words joined by single hyphens and apostrophes as one, up to a limit', () => {
    expect(wordCount('Al-Nour’s rock-and-roll band, 3 a.m. -- done')).toBe(7);
    expect(wordCount('one two three four', 2)).toBe(2);
    expect(wordCount('— ,')).toBe(0);
  });

  test('counts what WORD_PATTERN matches, on any mix of scripts, marks, joiners and surrogates', () => {
    const chars = ['a', 'B', 'é', '1', '²', '.', ',', '-', '’', "'", ' ', '\u0301', '𝐀', '😀', '\ud800', '\udc00', '!', '—'];
    const line = fc.array(fc.constantFrom(...chars), { maxLength: 16 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(line, fc.constantFrom(Infinity, 1, 2, 3, 5), (s, upTo) => {
        expect(wordCount(s, upTo)).toBe(byPattern(s, upTo));
      }),
      { numRuns: 3000 },
    );
  });
});
