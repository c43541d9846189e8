import { analyzeErrors, compareArticles, parseGoldJsonl, parsePredictionsJsonl, ruleBreakdown, formatErrors, formatRules } from '../../src/eval/index.js';
import { contextAround, shorten } from '../../src/eval/context.js';
import { goldFixture, predictionsFixture, readText } from './paths.js';

const gold = parseGoldJsonl(readText(goldFixture));
const predictions = parsePredictionsJsonl(readText(predictionsFixture));
const comparisons = compareArticles(gold, predictions);

describe('analyzeErrors at Jaccard 0.5 on the hand-made fixture', () => {
  const analysis = analyzeErrors(comparisons, 10);

  it('counts the museum quote missed, two wrong speakers and the scare quote as a false alarm', () => {
    expect(analysis.threshold).toBe(0.5);
    expect(analysis.totals).toEqual({ missed: 1, wrongSpeaker: 2, falseAlarms: 1, indirectFalseAlarms: 1 });
  });

  it('lists the wholly missed quote first, then wrong speakers by confidence', () => {
    expect(analysis.misses.map((m) => [m.type, m.articleId])).toEqual([
      ['missed', 'fixture/museum'],
      ['wrong-speaker', 'fixture/harbor'],
      ['wrong-speaker', 'fixture/orchard-news'],
    ]);
  });

  it('shows the context, the expected and the produced quote and speaker, and the rules that decided', () => {
    const [missed, fisherman, spring] = analysis.misses;
    expect(missed!.context).toBe('The museum reopened after a year of repairs. ⟦"Every room has new lighting,"⟧ a curator said.');
    expect(missed!.expected).toEqual({ kind: 'direct', text: '"Every room has new lighting,"', speaker: 'a curator' });
    expect(missed!.produced).toBeNull();

    expect(fisherman!.expected).toEqual({ kind: 'direct', text: '"The pier is the heart of this town," … "and nobody asked us."', speaker: 'one fisherman' });
    expect(fisherman!.produced).toEqual({
      kind: 'direct', text: 'The pier is the heart of this town,', speaker: 'reporters', mention: 'reporters',
      jaccard: 0.628, rules: ['double-quotes', 'trailing-cue'], confidence: 0.8,
    });
    expect(fisherman!.context).toContain('⟦"The pier is the heart of this town," one fisherman told reporters, "and nobody asked us."⟧');

    expect(spring!.produced).toMatchObject({ speaker: null, mention: null, jaccard: 1, rules: ['double-quotes'] });
  });

  it('reports unmatched predictions as false alarms, direct before indirect, with the nearest gold quote', () => {
    expect(analysis.falseAlarms.map((f) => [f.produced!.kind, f.produced!.text])).toEqual([
      ['direct', 'publicity stunt'],
      ['indirect', 'Farmers in the valley say the frost came early'],
    ]);
    expect(analysis.falseAlarms[0]!.expected).toBeNull();
    expect(analysis.falseAlarms[1]!.expected).toMatchObject({ kind: 'indirect', text: 'the frost came early', speaker: 'Farmers in the valley' });
    expect(analysis.falseAlarms[1]!.produced!.jaccard).toBe(0.447);
  });

  it('shows a resolved gold name beside the speaker as written', () => {
    const strict = analyzeErrors(comparisons, 10, 0.3);
    expect(strict.totals.missed).toBe(1);
    const renamed = parsePredictionsJsonl(readText(predictionsFixture).replace('"name":"Paul Brenner"', '"name":"Ada Marsh"'));
    const library = analyzeErrors(compareArticles(gold, renamed), 10).misses.find((m) => m.articleId === 'fixture/library');
    expect(library!.expected!.speaker).toBe('the director, Paul Brenner (Paul Brenner, director)');
    expect(library!.produced!.speaker).toBe('Ada Marsh, director');
  });

  it('keeps at most `limit` cases of each kind and at most two per article while others remain', () => {
    expect(analyzeErrors(comparisons, 1).misses).toHaveLength(1);
    const text = 'A said "one." B said "two." C said "three." D said "four."';
    const many = parseGoldJsonl([
      { id: 'x', text, quotes: ['one.', 'two.', 'three.'].map((w) => ({ start: text.indexOf(w), end: text.indexOf(w) + w.length, kind: 'direct' })) },
      { id: 'y', text, quotes: [{ start: text.indexOf('four.'), end: text.indexOf('four.') + 5, kind: 'direct' }] },
    ].map((r) => JSON.stringify(r)).join('\n'));
    const picked = analyzeErrors(compareArticles(many, []), 3).misses.map((m) => m.articleId);
    expect(picked.sort()).toEqual(['x', 'x', 'y']);
  });

  it('says which rule set aside a missed quote when the prediction lists its discarded candidates', () => {
    const text = 'The fans called it "magic" all night.';
    const doc = parseGoldJsonl(JSON.stringify({ id: 'd', text, quotes: [{ start: 20, end: 25, kind: 'direct', speaker: 'The fans', speakerStart: 0, speakerEnd: 8 }] }));
    const pred = parsePredictionsJsonl(JSON.stringify({ id: 'd', quotes: [], discarded: [{ start: 20, end: 25, rule: 'scare-quote', reason: 'one word' }, { start: 0, end: 3, rule: 'other', reason: 'elsewhere' }] }));
    const [miss] = analyzeErrors(compareArticles(doc, pred), 5).misses;
    expect(miss!.discardedBy).toEqual(['scare-quote: one word']);
    expect(formatErrors(analyzeErrors(compareArticles(doc, pred), 5))).toContain('set aside by scare-quote: one word');
  });
});

describe('ruleBreakdown at Jaccard 0.5 on the hand-made fixture', () => {
  const stats = ruleBreakdown(comparisons);

  it('counts, per rule, the predicted quotes it touched, how many matched and how many had the right speaker', () => {
    expect(stats).toEqual([
      { rule: 'double-quotes', fired: 7, matched: 6, speakerChecked: 6, speakerRight: 4 },
      { rule: 'trailing-cue', fired: 4, matched: 4, speakerChecked: 4, speakerRight: 3 },
      { rule: 'that-clause', fired: 2, matched: 1, speakerChecked: 1, speakerRight: 1 },
      { rule: 'according-to', fired: 1, matched: 1, speakerChecked: 1, speakerRight: 1 },
      { rule: 'mixed-clause', fired: 1, matched: 1, speakerChecked: 1, speakerRight: 1 },
      { rule: 'pronoun', fired: 1, matched: 1, speakerChecked: 1, speakerRight: 1 },
    ]);
  });

  it('ignores the prediction inside the byline discard span and follows the threshold', () => {
    expect(ruleBreakdown(comparisons, 0.3).find((s) => s.rule === 'that-clause')).toMatchObject({ fired: 2, matched: 2 });
    expect(ruleBreakdown(comparisons, 0.8).find((s) => s.rule === 'double-quotes')).toMatchObject({ fired: 7, matched: 4 });
  });

  it('formats as an aligned table with percentages', () => {
    const table = formatRules(stats).split('\n');
    expect(table[1]).toMatch(/^rule\s+fired\s+matched\s+match%\s+speaker ok\s+speaker%$/);
    expect(table[2]).toMatch(/^double-quotes\s+7\s+6\s+86%\s+4\/6\s+67%$/);
  });
});

describe('contextAround', () => {
  it('reaches back and forth to the sentence ends and marks the span', () => {
    const text = 'First one. Then "a quote" here. Last one.';
    expect(contextAround(text, 17, 24)).toBe('Then "⟦a quote⟧" here.');
  });

  it('stops at a blank line and cuts long context with an ellipsis', () => {
    expect(contextAround('Heading\n\nBody "x" text', 15, 16)).toBe('Body "⟦x⟧" text');
    const long = `${'word '.repeat(60)}"q"${' word'.repeat(60)}`;
    const c = contextAround(long, 301, 302);
    expect(c.startsWith('...') && c.endsWith('...') && c.includes('⟦q⟧')).toBe(true);
  });

  it('shortens a long span in the middle', () => {
    const s = shorten('a'.repeat(300), 25);
    expect(s).toBe(`${'a'.repeat(10)} ... ${'a'.repeat(10)}`);
  });
});
