import fc from 'fast-check';
import { alnumRuns, asciiSource, forText, hasAlnumRuns, isCapitalisedPossessive, letterRuns, lettersAndHyphens, plainPattern, startsAlnum, startsLetter, startsLower, startsUpper, startsUpperOrDigit } from './plain-pattern';

// the characters plain text is made of: all of ASCII, all of General Punctuation and the no-break space
const plainChar = fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x2000, max: 0x206f }), fc.constant(0xa0)).map((c) => String.fromCharCode(c));
const wordy = fc.constantFrom('Holm', 'said', 'the', 'U.S.', '3.5', 'o’Neil', '—', '“', '”', ' ', ', ', '\u00a0', 'MARKET', 'fumed', 'reads');
const plainText = fc.array(fc.oneof(plainChar, wordy), { maxLength: 40 }).map((a) => a.join(''));

const patterns = [
  /^\s*(?:[\p{Lu}\p{N}][\p{L}\p{N}’'.-]*|\p{Ll}+day)\s+(\p{Ll}{2,}ed|\p{Ll}{3,}[^s\W]s)/du,
  /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu,
  /[\s\p{L}\p{M}\p{N}]+/gu,
  /^\P{Ll}*\p{Lu}{2,}\P{Ll}*\s+\P{Ll}*\p{Lu}{2,}/u,
  /\bon\s+\p{Lu}|\b(?:after|while)\s/iu,
];

describe('plainPattern', () => {
  test('reads \\p{…} as ASCII classes, inside and outside brackets', () => {
    expect(asciiSource(String.raw`^\p{Lu}[\p{L}\p{M}’-]*\P{Ll}`, 'u')).toBe('^[A-Z][A-Za-z’-]*[^a-z]');
    expect(plainPattern(String.raw`\p{N}+`, 'gu').ascii.flags).toBe('gu');
    // case-insensitive: without u on plain text, where nothing folds across (no ſ, no Kelvin sign)
    expect(plainPattern(String.raw`\p{N}+`, 'giu').ascii.flags).toBe('gi');
  });

  test('refuses classes it cannot read as ASCII', () => {
    expect(() => asciiSource(String.raw`\p{P}`, 'u')).toThrow();
    expect(() => asciiSource(String.raw`[^\P{Ll}]`, 'u')).toThrow();
    expect(() => asciiSource(String.raw`\P{Ll}`, 'iu')).toThrow();
  });

  test('the variant finds the same matches on plain text', () => {
    fc.assert(
      fc.property(plainText, (text) => {
        for (const p of patterns) {
          const pick = forText(plainPattern(p.source, p.flags), text);
          expect(pick.source).not.toBe(p.source);
          expect(JSON.stringify(text.match(pick))).toBe(JSON.stringify(text.match(p)));
        }
      }),
      { numRuns: 500 },
    );
  });

  test('text with a letter beyond ASCII runs the full pattern', () => {
    const p = plainPattern(String.raw`\p{Lu}\p{Ll}+`, 'u');
    expect(forText(p, 'Émile').source).toBe(p.source);
    expect(forText(p, '“Emile”')).toBe(p.ascii);
    expect(forText(p, 'Emile\u00a0Holm')).toBe(p.ascii);
  });
});

describe('first-character tests', () => {
  test('agree with the \\p{…} patterns on every character of the first planes and on the empty string', () => {
    const cases: [(s: string) => boolean, RegExp][] = [[startsUpper, /^\p{Lu}/u], [startsLower, /^\p{Ll}/u], [startsLetter, /^\p{L}/u], [startsAlnum, /^[\p{L}\p{N}]/u], [startsUpperOrDigit, /^[\p{Lu}\p{N}]/u]];
    for (const [f, re] of cases) {
      for (let cp = 0; cp < 0x3000; cp++) {
        const s = String.fromCodePoint(cp) + 'x';
        if (f(s) !== re.test(s)) throw new Error(`U+${cp.toString(16)}: ${f.name}`);
      }
      expect(f('')).toBe(re.test(''));
      expect(f('𝐀b')).toBe(re.test('𝐀b'));
    }
  });

  test('on plain text, case-insensitive matching is the same with or without u', () => {
    const plain = [...Array(0x80).keys(), ...Array.from({ length: 0x70 }, (_, i) => 0x2000 + i)].map((c) => String.fromCharCode(c));
    const escaped = (c: string) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
    for (const c of plain) {
      const withU = new RegExp(`^${escaped(c)}$`, 'iu');
      const withoutU = new RegExp(`^${escaped(c)}$`, 'i');
      expect(plain.filter((d) => withoutU.test(d))).toEqual(plain.filter((d) => withU.test(d)));
      expect(/\w/i.test(c)).toBe(/\w/iu.test(c));
    }
    expect(/\w/iu.test('\u017f') && !/\w/i.test('\u017f')).toBe(true); // ſ: why the text must be plain
  });
});

describe('lettersAndHyphens', () => {
  test('keeps letters (any script) and hyphens, drops quote marks, digits and punctuation', () => {
    expect(lettersAndHyphens('“co-chair,”')).toBe('co-chair');
    expect(lettersAndHyphens('Ministerin’s')).toBe('Ministerins');
    expect(lettersAndHyphens('député(e)')).toBe('députée');
    expect(lettersAndHyphens('42')).toBe('');
  });
});

describe('hasAlnumRuns', () => {
  test('counts runs of letters and digits in a slice, as alnumRuns does', () => {
    const text = 'Ms. Ødegård, 61, said: “naïve” 𝐀𝐁 plans — no.';
    expect(hasAlnumRuns(text, 0, text.length, 8)).toBe(true);
    expect(hasAlnumRuns(text, 0, text.length, 9)).toBe(false);
    // a slice that starts inside a word counts the piece it keeps
    expect(hasAlnumRuns('Holmberg said', 4, 8, 1)).toBe(true);
    expect(hasAlnumRuns('a b', 1, 2, 1)).toBe(false);
    expect(hasAlnumRuns('', 0, 0, 0)).toBe(true);
  });

  test('agrees with alnumRuns on any slice of any text', () => {
    const anyText = fc.array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom('Ødegård', 'naïve', '𝐀𝐁', '\uD835', ' ', '3.5')), { maxLength: 12 }).map((a) => a.join(''));
    fc.assert(
      fc.property(anyText, fc.nat(), fc.nat(), fc.nat({ max: 12 }), (text, a, b, n) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        expect(hasAlnumRuns(text, start, end, n)).toBe(alnumRuns(text.slice(start, end)) >= n);
      }),
    );
  });

  test('letterRuns gives the runs of letters, accented ones too', () => {
    expect([...letterRuns('Ana Ruiz-Vela, 42, saïd no.')].map((m) => m[0])).toEqual(['Ana', 'Ruiz', 'Vela', 'saïd', 'no']);
  });

  test('isCapitalisedPossessive: a capitalised word with a possessive ending', () => {
    expect(isCapitalisedPossessive('Harbor’s')).toBe(true);
    expect(isCapitalisedPossessive("École's")).toBe(true);
    expect(isCapitalisedPossessive('harbor’s')).toBe(false);
    expect(isCapitalisedPossessive('Harbor')).toBe(false);
  });
});
