/**
 * Property-based: over arbitrary strings (every code unit, lone surrogates, full unicode, strings of quotation marks)
 * and over generated news-like text, `analyze` never throws, finishes in bounded time, and keeps every promise of
 * `invariants.ts`. The bound on time is generous (a hang, not a slow run, is what it catches).
 */
import fc from 'fast-check';
import { analyze, createAnalyzer, type Analyzer } from '../../src/index';
import { violations } from './invariants';
import { anyCodeUnits, markSoup, newsText } from './news-text';

const BOUND_MS = 2_000;

function holds(analyzer: Analyzer, text: string): boolean {
  const started = performance.now();
  const result = analyzer.analyze(text);
  const took = performance.now() - started;
  if (took > BOUND_MS) throw new Error(`took ${Math.round(took)} ms on an input of ${text.length} chars`);
  const found = violations(text, result);
  if (found.length > 0) throw new Error(found.join('\n'));
  return true;
}

const lenient = createAnalyzer({ indirect: false, minConfidence: 0.5 });
const defaults: Analyzer = { analyze, rules: lenient.rules };

describe('analyze over arbitrary strings', () => {
  test('any UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(anyCodeUnits, (text) => holds(defaults, text)), { numRuns: 300 });
  });

  test('full unicode: every code point, surrogate pairs whole', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => holds(defaults, text)), { numRuns: 300 });
  });

  test('grapheme clusters: emoji sequences, combining marks', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => holds(defaults, text)), { numRuns: 200 });
  });

  test('soups of quotation marks, punctuation, capitals and line breaks', () => {
    fc.assert(fc.property(markSoup, (text) => holds(defaults, text)), { numRuns: 500 });
  });
});

describe('analyze over generated news-like text', () => {
  test('default options', () => {
    fc.assert(fc.property(newsText, (text) => holds(defaults, text)), { numRuns: 300 });
  });

  test('without indirect speech and with a confidence floor', () => {
    fc.assert(fc.property(newsText, (text) => holds(lenient, text)), { numRuns: 150 });
  });

  test('the same text always gives the same result', () => {
    fc.assert(fc.property(newsText, (text) => {
      expect(analyze(text)).toEqual(analyze(text));
    }), { numRuns: 60 });
  });
});

test('the news-like generator reaches quotes, speakers and every kind', () => {
  const results = fc.sample(newsText, { numRuns: 200, seed: 42 }).map((text) => analyze(text));
  const kinds = new Set(results.flatMap((r) => r.quotes.map((q) => q.kind)));
  expect([...kinds].sort()).toEqual(['direct', 'indirect', 'mixed']);
  expect(results.filter((r) => r.speakers.length > 0).length).toBeGreaterThan(50);
  expect(results.filter((r) => r.discarded.length > 0).length).toBeGreaterThan(10);
});
