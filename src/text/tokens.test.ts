import fc from 'fast-check';
import { charClass, isCapitalized, isWord, looksPastParticiple, stripPossessive, tokenIndexAt, tokenize } from './tokens';

// the tokens `tokenize` finds, as a pattern
const TOKEN_PATTERN = /(?:[\p{L}\p{N}]{1,3}\.)+[\p{L}\p{N}]{1,3}(?![\p{L}\p{M}\p{N}])|\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{M}\p{N}]+(?:[-’'][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** The tokens TOKEN_PATTERN finds in the slice [start, end), as offset pairs into the whole text. */
const byPattern = (text: string, start = 0, end = text.length) =>
  [...text.slice(start, end).matchAll(TOKEN_PATTERN)].map((m) => [start + m.index!, start + m.index! + m[0].length]);
const byScanner = (text: string, start = 0, end = text.length) => tokenize(text, start, end).map((t) => [t.start, t.end]);

const texts = (s: string) => tokenize(s).map((t) => t.text);

describe('tokenize', () => {
  test('words keep inner hyphens and apostrophes: "Al-Nour’s", "don\'t", "rock-and-roll"', () => {
    expect(texts("Al-Nour’s band don't play rock-and-roll")).toEqual(['Al-Nour’s', 'band', "don't", 'play', 'rock-and-roll']);
  });

  test('short dotted parts and numbers stay whole: "U.S", "a.m", "3.5", "1,200"', () => {
    expect(texts('U.S. ferries at 9 a.m. cost 3.5 or 1,200')).toEqual(['U.S', '.', 'ferries', 'at', '9', 'a.m', '.', 'cost', '3.5', 'or', '1,200']);
  });

  test('a period with no space between two words still splits them: "said.Dahl"', () => {
    expect(texts('said.Dahl')).toEqual(['said', '.', 'Dahl']);
  });

  test('every other character is a token of its own, with offsets into the text and a lower-case form', () => {
    const tokens = tokenize('“Hi!” Café', 0);
    expect(tokens.map((t) => t.text)).toEqual(['“', 'Hi', '!', '”', 'Café']);
    expect(tokens[4]).toMatchObject({ start: 6, end: 10, lower: 'café', sentence: -1 });
  });

  test('a start and end offset tokenize a slice, keeping offsets into the whole text', () => {
    const text = 'One two three';
    const [t] = tokenize(text, 4, 7);
    expect(t).toMatchObject({ text: 'two', start: 4, end: 7 });
  });
});

describe('tokenize scans exactly as TOKEN_PATTERN matches', () => {
  test('character classes agree with \\p{L}, \\p{N}, \\p{M} and \\s where they come from tables', () => {
    const patterns = [/\p{L}/u, /\p{N}/u, /\p{M}/u, /\s/u];
    const ranges = [[0, 0x300], [0x1fff, 0x2071], [0xd7ff, 0xe001]];
    for (const [from, to] of ranges) {
      for (let cp = from!; cp < to!; cp++) {
        const ch = String.fromCodePoint(cp);
        const expected = patterns.reduce((k, p, bit) => (p.test(ch) ? k | (1 << bit) : k), 0);
        if (charClass(cp) !== expected) throw new Error(`U+${cp.toString(16)}: ${charClass(cp)}, expected ${expected}`);
      }
    }
  });

  test('on dotted parts, numbers, joiners, marks, astral letters, lone surrogates and slice edges', () => {
    const chars = ['a', 'B', 'é', '1', '²', '٣', '.', ',', '-', '’', "'", ' ', '\n', '\u00a0', '\u0301', '𝐀', '😀', '\ud800', '\udc00', '!', '“', '\u2003', 'Ω', '\u200b', 'ⅷ'];
    const text = fc.array(fc.constantFrom(...chars, 'a', '1', '.', '.'), { maxLength: 16 }).map((cs) => cs.join(''));
    fc.assert(
      fc.property(text, fc.nat(3), fc.nat(3), (s, cutStart, cutEnd) => {
        const start = Math.min(cutStart, s.length);
        const end = Math.max(start, s.length - cutEnd);
        expect(byScanner(s, start, end)).toEqual(byPattern(s, start, end));
      }),
      { numRuns: 4000 },
    );
  });

  test('on news text', () => {
    const text = 'At 9 a.m. on Jan. 3, U.S. officials said the 1,200-ton ferry’s “new” crew (3.5 km off Øresund) had left.Dahl’s e.g. A.B.C.D';
    expect(byScanner(text)).toEqual(byPattern(text));
  });
});

describe('token predicates', () => {
  test('isWord is true for letters and digits in any script, false for punctuation and undefined', () => {
    const [a, comma, digit, accented] = tokenize('ferry , 42 Élan');
    expect([isWord(a), isWord(comma), isWord(digit), isWord(accented), isWord(undefined)]).toEqual([true, false, true, true, false]);
  });

  test('isCapitalized is true for an upper-case first letter, ASCII or not', () => {
    const [upper, lower, accented, digit] = tokenize('Ferry ferry Élan 42');
    expect([isCapitalized(upper), isCapitalized(lower), isCapitalized(accented), isCapitalized(digit), isCapitalized(undefined)]).toEqual([true, false, true, false, false]);
  });

  test('stripPossessive removes a final ’s or \'s only', () => {
    expect([stripPossessive('Brennvik’s'), stripPossessive("Dahl's"), stripPossessive('Ross')]).toEqual(['Brennvik', 'Dahl', 'Ross']);
  });

  test('tokenIndexAt finds the first token ending after an offset', () => {
    const tokens = tokenize('The ferry left');
    expect(tokenIndexAt(tokens, 0)).toBe(0);
    expect(tokenIndexAt(tokens, 3)).toBe(1); // the space after "The"
    expect(tokenIndexAt(tokens, 6)).toBe(1); // inside "ferry"
    expect(tokenIndexAt(tokens, 100)).toBe(3);
  });
});

describe('looksPastParticiple', () => {
  test('a lower-case word of three letters or more before "-ed"; not a short or capitalised one', () => {
    expect(['surveyed', 'filed', 'ed', 'red', 'Surveyed', 'sent'].filter(looksPastParticiple)).toEqual(['surveyed', 'filed']);
  });
});
