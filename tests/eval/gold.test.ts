import { EvalInputError, parseGoldJsonl, parsePredictionsJsonl } from '../../src/eval/index.js';
import { WhosaidError } from '../../src/errors.js';

const article = { id: 'a1', text: 'She said "yes".', quotes: [{ start: 10, end: 13, kind: 'direct', speaker: 'She', speakerStart: 0, speakerEnd: 3 }] };
const line = (x: unknown) => JSON.stringify(x);

function errorOf(fn: () => unknown): EvalInputError {
  try {
    fn();
  } catch (error) {
    if (error instanceof EvalInputError) return error;
    throw error;
  }
  throw new Error('expected an EvalInputError');
}

describe('parseGoldJsonl', () => {
  it('reads records, skipping blank lines, and keeps unknown fields', () => {
    const records = parseGoldJsonl(`${line({ ...article, meta: { title: 'T', discardSpans: [[0, 3]] } })}\n\n${line({ ...article, id: 'a2' })}\n`);
    expect(records.map((r) => r.id)).toEqual(['a1', 'a2']);
    expect(records[0]!.meta).toEqual({ title: 'T', discardSpans: [[0, 3]] });
  });

  it('names the file and the 1-based line of a record that is not JSON, counting blank lines', () => {
    const e = errorOf(() => parseGoldJsonl(`${line(article)}\n\n{"id": `, 'gold.jsonl'));
    expect(e).toBeInstanceOf(WhosaidError);
    expect(e.code).toBe('E_EVAL_INPUT');
    expect(e.line).toBe(3);
    expect(e.message).toMatch(/^gold\.jsonl:3: not valid JSON/);
  });

  it('names the field that fails validation', () => {
    const bad = { ...article, quotes: [{ ...article.quotes[0], kind: 'paraphrase' }] };
    expect(errorOf(() => parseGoldJsonl(`${line(article)}\n${line(bad)}`, 'g')).message).toMatch(/^g:2: quotes\.0\.kind: /);
    expect(errorOf(() => parseGoldJsonl(line({ text: 'x', quotes: [] }), 'g')).message).toMatch(/^g:1: id: /);
  });

  it('rejects spans past the end of the text, reversed spans and half-given speaker spans', () => {
    const past = { ...article, quotes: [{ ...article.quotes[0], end: 99 }] };
    expect(errorOf(() => parseGoldJsonl(line(past))).message).toMatch(/quotes\.0\.end: quote 10-99 runs past the end of the text \(15\)/);
    const reversed = { ...article, quotes: [{ ...article.quotes[0], start: 12, end: 11 }] };
    expect(errorOf(() => parseGoldJsonl(line(reversed))).message).toMatch(/start is after end/);
    const half = { ...article, quotes: [{ ...article.quotes[0], speakerEnd: null }] };
    expect(errorOf(() => parseGoldJsonl(line(half))).message).toMatch(/speakerStart and speakerEnd/);
  });

  it('rejects a record that is not an object', () => {
    expect(errorOf(() => parseGoldJsonl('[1, 2]')).message).toMatch(/^gold:1: \(record\): /);
  });
});

describe('parsePredictionsJsonl', () => {
  it('accepts speakers as objects, strings or null, and optional rules, confidence and discarded', () => {
    const records = parsePredictionsJsonl(
      line({ id: 'a1', quotes: [
        { start: 1, end: 4, kind: 'direct', mention: { start: 0, end: 3 }, speaker: { name: 'Ann Lee', role: null }, rules: ['r'], confidence: 0.5 },
        { start: 1, end: 4, kind: 'mixed', speaker: 'Ann Lee', role: 'mayor' },
        { start: 1, end: 4, kind: 'indirect', mention: null, speaker: null },
      ], discarded: [{ start: 0, end: 2, rule: 'scare-quotes', reason: 'short' }] }),
    );
    expect(records[0]!.quotes).toHaveLength(3);
    expect(records[0]!.discarded).toHaveLength(1);
  });

  it('names the line of a bad prediction', () => {
    expect(errorOf(() => parsePredictionsJsonl(`${line({ id: 'a', quotes: [] })}\n${line({ id: 'b', quotes: [{ start: -1, end: 2, kind: 'direct' }] })}`, 'p')).message).toMatch(/^p:2: quotes\.0\.start: /);
  });
});
