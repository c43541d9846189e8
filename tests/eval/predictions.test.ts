import { analyze, type Analysis, type Quote } from '../../src/index.js';
import { PredictionRecordSchema, parsePredictionsJsonl, predictionsToJsonl, toPrediction } from '../../src/eval/index.js';

const text = 'Ms Vale said "we will win," and "soon."';

function quote(over: Partial<Quote>): Quote {
  return {
    id: 'q1', kind: 'direct', start: 13, end: 38, text: text.slice(13, 38), cue: null, mention: null, speakerId: null, speaker: null,
    speakerReason: 'no cue or speaker mention was found', addressee: null, confidence: 0.5, rules: ['curly'], ...over,
  };
}

const analysis: Analysis = {
  quotes: [
    quote({
      parts: [{ start: 13, end: 25, text: text.slice(13, 25) }, { start: 32, end: 37, text: text.slice(32, 37) }],
      mention: { start: 0, end: 7, text: 'Ms Vale', type: 'name', rule: 'person-name' },
      speakerId: 's1', speaker: { name: 'Ann Vale', role: 'coach' }, speakerReason: null, confidence: 0.9, rules: ['curly', 'cue-before-quote'],
    }),
    quote({ id: 'q2', kind: 'indirect', start: 32, end: 37, parts: [{ start: 32, end: 37, text: 'soon.' }] }),
  ],
  speakers: [],
  article: { title: null, publisher: null, date: null, country: null, headings: [], paragraphs: [], boilerplate: [], sentences: [] },
  discarded: [
    { start: 0, end: 2, text: 'Ms', what: 'mention', rule: 'non-name', reason: 'a title' },
    { start: 32, end: 38, text: 'soon."', what: 'quote', rule: 'scare-quote', reason: 'one word' },
  ],
};

describe('toPrediction', () => {
  const line = toPrediction('article-1', analysis);

  it('keeps offsets, kind, parts, mention span, resolved speaker, rules and confidence', () => {
    expect(line.quotes[0]).toEqual({
      start: 13, end: 38, kind: 'direct', parts: [{ start: 13, end: 25 }, { start: 32, end: 37 }], mention: { start: 0, end: 7 },
      speaker: { name: 'Ann Vale', role: 'coach' }, rules: ['curly', 'cue-before-quote'], confidence: 0.9,
    });
  });

  it('leaves out a single part and writes null for a missing mention or speaker', () => {
    expect(line.quotes[1]).toEqual({ start: 32, end: 37, kind: 'indirect', mention: null, speaker: null, rules: ['curly'], confidence: 0.5 });
  });

  it('keeps the discarded quote candidates only, with their rule and reason', () => {
    expect(line.discarded).toEqual([{ start: 32, end: 38, rule: 'scare-quote', reason: 'one word' }]);
  });

  it('writes JSONL that the prediction reader accepts back unchanged', () => {
    const jsonl = predictionsToJsonl([line, toPrediction('article-2', { ...analysis, quotes: [] })]);
    expect(jsonl.endsWith('\n')).toBe(true);
    expect(parsePredictionsJsonl(jsonl)).toEqual([line, { id: 'article-2', quotes: [], discarded: analysis.discarded.slice(1).map(({ start, end, rule, reason }) => ({ start, end, rule, reason })) }]);
    expect(predictionsToJsonl([])).toBe('');
  });

  it('turns a real analysis into a valid prediction line', () => {
    const article = 'The river rose overnight. "We moved the cows at dawn," said Tom Reyes, a farmer near the bridge.';
    const analysis = analyze(article);
    const result = toPrediction('river', analysis);
    expect(PredictionRecordSchema.safeParse(result).success).toBe(true);
    expect(result.quotes.map((q) => [q.start, q.end, q.kind])).toEqual(analysis.quotes.map((q) => [q.start, q.end, q.kind]));
  });
});
