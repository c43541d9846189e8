/**
 * Adversarial inputs, one test each: floods of quotation marks, a megabyte with no punctuation, deep nesting, a
 * quote that never closes, apostrophes only, every line ending, control characters, right-to-left and CJK scripts,
 * surrogate pairs. Each must come back sound (see invariants.ts) well inside its time bound: the bounds are ten times
 * or more what a linear pass takes, so they catch quadratic steps and hangs, not slow machines.
 */
import { analyze, type Analysis } from '../../src/index';
import { expectSound, splitsSurrogatePair } from './invariants';
import { ARTICLE, longArticle } from './prose';

function soundWithin(text: string, boundMs: number): Analysis {
  const started = performance.now();
  const result = analyze(text);
  const took = performance.now() - started;
  expectSound(text, result);
  if (took > boundMs) throw new Error(`took ${Math.round(took)} ms on ${text.length} chars (bound ${boundMs} ms)`);
  return result;
}

/** A cheap deterministic sequence, so that "random" inputs are the same on every run. */
const nth = (i: number, n: number) => (i * 7919 + 13) % n;

describe('floods of quotation marks', () => {
  test('100,000 straight double quotes', () => {
    soundWithin('"'.repeat(100_000), 5_000);
  }, 30_000);

  test('100,000 straight double quotes between spaces', () => {
    soundWithin('" '.repeat(100_000), 5_000);
  }, 30_000);

  test('50,000 pairs of curly quotes', () => {
    soundWithin('“”'.repeat(50_000), 5_000);
  }, 30_000);

  // each title or scare quote looks back for the last quotation of its sentence: by binary search, not over every quote
  test('10,000 title-case quotes in one paragraph', () => {
    const result = soundWithin('“Good Morning” '.repeat(10_000), 10_000);
    expect(result.discarded.length).toBeGreaterThan(9_000);
  }, 60_000);

  test('10,000 scare quotes in one paragraph', () => {
    soundWithin('a “woke” rewrite, '.repeat(10_000), 10_000);
  }, 60_000);

  test('100,000 marks of every family, mixed', () => {
    const marks = '"“”‘’\'«»„‹›';
    soundWithin(Array.from({ length: 100_000 }, (_, i) => marks[nth(i, marks.length)]).join(''), 5_000);
  }, 60_000);
});

// long runs of names and nominals: the role and appositive rules look names up by offset, not by scanning
test('1 MB of words, names and reporting verbs without any punctuation', () => {
  const words = 'the mayor Anna Berg said that the harbour board will meet again next week and he told reporters'.split(' ');
  const out: string[] = [];
  for (let i = 0, n = 0; n < 1_000_000; i++) {
    out.push(words[i % words.length]!);
    n += words[i % words.length]!.length + 1;
  }
  const text = out.join(' ');
  const result = soundWithin(text, 30_000);
  expect(result.article.paragraphs).toHaveLength(1);
}, 90_000);

describe('nesting', () => {
  test('1,000 nested quotes of alternating double and single marks', () => {
    const open = Array.from({ length: 1_000 }, (_, i) => `${i % 2 ? '‘' : '“'}level ${i} `).join('');
    const close = Array.from({ length: 1_000 }, (_, i) => (i % 2 ? '’' : '”')).reverse().join('');
    const result = soundWithin(`She said ${open}core${close} and left.`, 5_000);
    // nested quotes are part of the outer one: at most the outermost survives as a direct quote
    expect(result.quotes.filter((q) => q.kind !== 'indirect').length).toBeLessThanOrEqual(1);
  }, 30_000);

  test('1,000 opening curly quotes, then 1,000 closing ones', () => {
    soundWithin(`${'“a '.repeat(1_000)}${'”'.repeat(1_000)}`, 5_000);
  }, 30_000);
});

describe('a quote opened and never closed at the start of a long article', () => {
  for (const mark of ['“', '"', '«', '‘']) {
    test(`${mark} before 150 KB of prose`, () => {
      const body = longArticle(150_000);
      const closed = analyze(body);
      const result = soundWithin(`${mark}${body}`, 10_000);
      // the stray mark must not swallow the article: the quotes of the body are still found
      expect(result.quotes.length).toBeGreaterThanOrEqual(closed.quotes.length * 0.9);
    }, 60_000);
  }
});

describe('apostrophes only', () => {
  test.each([["'", 'straight'], ['’', 'curly']])('100,000 %s apostrophes (%s)', (mark) => {
    const result = soundWithin(mark.repeat(100_000), 5_000);
    expect(result.quotes).toHaveLength(0);
  }, 30_000);

  test('elisions and possessives, repeated', () => {
    const result = soundWithin("it's don't ’tis '90s rock ’n’ roll the board’s vote ".repeat(10_000), 10_000);
    expect(result.quotes.filter((q) => q.kind === 'direct')).toHaveLength(0);
  }, 30_000);
});

describe('line endings', () => {
  const quoteTexts = (r: Analysis) => r.quotes.map((q) => `${q.kind}:${q.text.replace(/\r\n?/g, '\n')}:${q.speaker?.name ?? ''}`);
  const lf = analyze(ARTICLE);

  test('CRLF gives the same paragraphs and quotes as LF', () => {
    const crlf = ARTICLE.replace(/\n/g, '\r\n');
    const result = soundWithin(crlf, 2_000);
    expect(result.article.paragraphs).toHaveLength(lf.article.paragraphs.length);
    expect(quoteTexts(result)).toEqual(quoteTexts(lf));
  });

  test('lone CR gives the same paragraphs and quotes as LF', () => {
    const cr = ARTICLE.replace(/\n/g, '\r');
    const result = soundWithin(cr, 2_000);
    expect(result.article.paragraphs).toHaveLength(lf.article.paragraphs.length);
    expect(quoteTexts(result)).toEqual(quoteTexts(lf));
  });

  test('a mix of LF, CRLF, CR and unicode line separators', () => {
    const endings = ['\n', '\r\n', '\r', '\u2028', '\u2029', '\v', '\f'];
    soundWithin(ARTICLE.replace(/\n/g, (_, at: number) => endings[nth(at, endings.length)]!), 2_000);
  });
});

describe('many lines', () => {
  test('1,000,000 line breaks and nothing else', () => {
    const result = soundWithin('\n'.repeat(500_000) + '\r\n'.repeat(250_000), 5_000);
    expect(result.article.paragraphs).toHaveLength(0);
  }, 30_000);

  test('100,000 one-word lines', () => {
    const result = soundWithin('Harbour\n'.repeat(100_000), 10_000);
    expect(result.article.paragraphs).toHaveLength(100_000);
  }, 60_000);

  test('10,000 lines that are each a quote and its attribution', () => {
    const result = soundWithin('“Yes,” he said.\n'.repeat(10_000), 10_000);
    expect(result.quotes.filter((q) => q.kind === 'direct')).toHaveLength(10_000);
  }, 60_000);
});

describe('control characters', () => {
  test('NUL in place of every space', () => {
    soundWithin(ARTICLE.replace(/ /g, '\u0000'), 2_000);
  });

  test('every C0 and C1 control character, sprinkled through the article', () => {
    let i = 0;
    const text = ARTICLE.replace(/ /g, () => {
      const code = nth(i++, 64);
      return `${String.fromCharCode(code < 32 ? code : 0x80 + code - 32)} `;
    });
    soundWithin(text, 2_000);
  });

  test('a byte-order mark, zero-width and bidi control characters', () => {
    soundWithin(`\ufeff${ARTICLE.replace(/ /g, (_, at: number) => [' ', '\u200b ', '\u200e ', '\u202e ', '\u2066 '][nth(at, 5)]!)}`, 2_000);
  });
});

describe('other scripts', () => {
  test('right-to-left text with quotation marks and a Latin name inside', () => {
    const arabic = 'قال الوزير «سنبني الميناء الجديد قبل الصيف» أمام الصحفيين. وأضاف Pieter Hollink: "لا تأخير بعد الآن".\n\n';
    const hebrew = 'אמרה ראש העיר: "אנחנו לא נוותר על החוף". לדבריה, ההצבעה תידחה.\n\n';
    soundWithin((arabic + hebrew).repeat(200), 5_000);
  });

  test('CJK text with CJK and Western quotation marks', () => {
    const text = '市长周三表示：“新码头将在明年夏天完工。”他补充说，「居民的意见很重要」。『港口』の計画について、委員長は「延期する」と述べた。\n\n';
    soundWithin(text.repeat(300), 5_000);
  });
});

describe('surrogate pairs', () => {
  const emoji = ['😀', '👩‍👩‍👧', '🇵🇹', '𝐉𝐚𝐧𝐞', '𠀋', '🏳️‍🌈'];

  test('emoji next to every word and quotation mark: no span splits a pair', () => {
    const text = ARTICLE.replace(/([ “”"’])/g, (m: string, _c: string, at: number) => `${emoji[nth(at, emoji.length)]}${m}`);
    const result = soundWithin(text, 2_000);
    expect(result.quotes.length).toBeGreaterThan(0);
  });

  test('names and quotes written in astral letters', () => {
    const text = '𝐌𝐚𝐮𝐝 𝐄𝐠𝐛𝐞𝐫𝐭𝐬 said: “𝐍𝐨𝐛𝐨𝐝𝐲 𝐚𝐬𝐤𝐞𝐝 𝐮𝐬.” She added that 𝐭𝐡𝐞 𝐯𝐨𝐭𝐞 was wrong. 😀“Yes,”😀 said 𝐏𝐢𝐞𝐭𝐞𝐫.\n\n';
    soundWithin(text.repeat(100), 2_000);
  });

  test('lone surrogates between words do not break the result', () => {
    soundWithin(ARTICLE.replace(/ /g, (_, at: number) => [' ', ' \ud800', '\udc00 ', ' \udbff\udbff '][nth(at, 4)]!), 2_000);
  });

  test('the invariant check itself sees a split pair', () => {
    expect(splitsSurrogatePair('a😀b', 2)).toBe(true);
    expect(splitsSurrogatePair('a😀b', 1)).toBe(false);
    expect(splitsSurrogatePair('a😀b', 3)).toBe(false);
  });
});
