/**
 * No regular expression may backtrack catastrophically. Each regex-heavy stage is timed on the strings that make a
 * careless pattern blow up (long runs of one mark, of spaces, of dotted initials, of words separated by commas), and the
 * whole pipeline is timed on 30 KB of each repeated unit. The bounds are far above a linear pass (tens of
 * milliseconds) and far below a quadratic one (seconds to minutes), so they catch the bug, not a slow machine.
 */
import fc from 'fast-check';
import { bundledModels } from '../../src/lexicon/models';
import { buildLexicon } from '../../src/lexicon/lexicon';
import { splitParagraphs } from '../../src/segment/paragraphs';
import { MAX_SENTENCE_LENGTH, splitSentences } from '../../src/segment/sentences';
import { wordCount } from '../../src/segment/line-shape';
import { tokenize } from '../../src/text/tokens';
import { analyze } from '../../src/index';

const lexicon = buildLexicon(bundledModels);

function timed<T>(fn: () => T): { result: T; ms: number } {
  const started = performance.now();
  const result = fn();
  return { result, ms: performance.now() - started };
}

const sentencesOf = (text: string) => splitSentences(text, splitParagraphs(text), lexicon);

describe('sentence splitting', () => {
  // each of these took 40 s or more before the end-of-sentence pattern was made atomic
  test.each([
    ['100,000 periods', '.'.repeat(100_000)],
    ['50,000 "!?"', '!?'.repeat(50_000)],
    ['50,000 periods then 50,000 spaces', `${'.'.repeat(50_000)}${' '.repeat(50_000)}x`],
    ['a period and 100,000 closing marks', `a.${'”'.repeat(100_000)}`],
  ])('%s: linear', (_label, text) => {
    const { ms } = timed(() => sentencesOf(text));
    expect(ms).toBeLessThan(1_000);
  });

  test('still splits where it did: after closing quotes, not after titles or initials', () => {
    const text = '“We won,” she said. He agreed! Mr. Smith and John F. Kennedy met U.S. officials… Then “It ended.” Next?';
    expect(sentencesOf(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '“We won,” she said.', 'He agreed!', 'Mr. Smith and John F. Kennedy met U.S. officials…', 'Then “It ended.”', 'Next?',
    ]);
  });

  test('a run with no sentence end is cut into bounded pieces at white space', () => {
    const text = 'word and another '.repeat(20_000);
    const sentences = sentencesOf(text);
    expect(sentences.length).toBeGreaterThan(text.length / MAX_SENTENCE_LENGTH);
    for (const s of sentences) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      expect(/\s/u.test(text[s.start]!) || /\s/u.test(text[s.end - 1]!)).toBe(false);
      expect(s.end === text.trimEnd().length || /\s/u.test(text[s.end]!)).toBe(true);
    }
  });

  test('a run without white space is cut at the cap, never inside a surrogate pair', () => {
    const text = 'a😀'.repeat(5_000);
    for (const s of sentencesOf(text)) {
      expect(s.end - s.start).toBeLessThanOrEqual(MAX_SENTENCE_LENGTH);
      const low = text.charCodeAt(s.end);
      expect(low >= 0xdc00 && low <= 0xdfff).toBe(false);
    }
  });
});

describe('tokens and words', () => {
  test.each([
    ['dotted initials', 'a.'.repeat(100_000)],
    ['dotted pairs ending in a long word', `${'ab.'.repeat(50_000)}abcdefgh`],
    ['dotted numbers', '1.'.repeat(100_000)],
    ['hyphens', 'a-'.repeat(100_000)],
    ['apostrophes', "a'".repeat(100_000)],
    ['one 200,000-letter word', 'a'.repeat(200_000)],
  ])('tokenize, %s: linear', (_label, text) => {
    const { result, ms } = timed(() => tokenize(text));
    expect(result.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(1_500);
  });

  test('wordCount counts what the word pattern matches, up to its limit', () => {
    const line = fc.string({ unit: fc.constantFrom('a', 'B', '1', 'é', '’', "'", '-', ' ', ',', '😀'), maxLength: 60 });
    fc.assert(fc.property(line, fc.integer({ min: 1, max: 30 }), (text, upTo) => {
      const all = (text.match(/[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu) ?? []).length;
      expect(wordCount(text)).toBe(all);
      expect(wordCount(text, upTo)).toBe(Math.min(all, upTo));
    }), { numRuns: 500 });
  });

  test('wordCount stops at its limit on a megabyte line', () => {
    const line = 'word '.repeat(200_000);
    const { result, ms } = timed(() => wordCount(line, 41));
    expect(result).toBe(41);
    expect(wordCount('one two three')).toBe(3);
    expect(ms).toBeLessThan(50);
  });
});

describe('the word-list patterns of models/', () => {
  const pathological = ['a'.repeat(400), ' '.repeat(400), 'read more '.repeat(40), 'app '.repeat(100), 'follow '.repeat(57), '©'.repeat(400), 'photo by '.repeat(44)];

  test('boilerplate line patterns on 400-character lines (the longest they are tried on)', () => {
    for (const re of lexicon.boilerplateLines) {
      for (const line of pathological) {
        const { ms } = timed(() => re.test(`${line}!`));
        expect(ms).toBeLessThan(100);
      }
    }
  });

  test('promotion patterns on a 100 KB line of few words', () => {
    const line = `${'x'.repeat(50_000)} app ${'y'.repeat(50_000)}`;
    for (const re of lexicon.promotionPatterns) expect(timed(() => re.test(line)).ms).toBeLessThan(100);
  });
});

describe('the whole pipeline on 30 KB of one repeated unit', () => {
  const units = [
    ',', ', ', 'a, ', '-', '—', '(', '(a ', 'A. ', 'Mr. ', '’s ', 'said ', 'said, ', 'according to ', 'He said ', 'A ',
    'Abc Def ', 'the ', '...', 'U.S. ', ': ', '“a” ', '"a" ', '« a » ', 'officials who ', 'Jane Doe, a spokeswoman, ',
    'the spokesman ', ', said Smith, ', 'Smith said that he said that ', '“Yes,” he said. ', '\u00a0',
  ];
  test.each(units.map((u) => [JSON.stringify(u), u]))('%s', (_label, unit) => {
    const text = unit.repeat(Math.ceil(30_000 / unit.length));
    const { ms } = timed(() => analyze(text));
    expect(ms).toBeLessThan(4_000);
  });
});

describe('runs of dashes between a reporting verb and a quotation', () => {
  // the connector between a reporting verb and its quotation is read by a backward scan: no run of dashes is slow
  test.each([20, 40, 60, 200])('%i hyphens after "said"', (n) => {
    const text = `Anna Berg said ${'-'.repeat(n)}x “We will go.” The council met ${'-'.repeat(n)} later.`;
    expect(timed(() => analyze(text)).ms).toBeLessThan(2_000);
  });
});
