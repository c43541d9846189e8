import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('The long letter ending in “we will never let the ferry go, whatever the cost may be” was signed by Petra Holm, who said she wrote it alone.');

describe('sentence-speaker', () => {
  test('a quote no other sieve attributes takes the subject of a verb elsewhere in its sentence, with low confidence', () => {
    const q = quoteWith(analyzeWith(TEXT), 'never let the ferry go');
    expect(q).toMatchObject({ speaker: { name: 'Petra Holm' }, cue: { text: 'said' }, mention: { text: 'who' }, confidence: 0.5 });
    expect(q?.rules).toContain('sentence-speaker');
  });

  test('a short fragment in such a sentence is a scare quote, not the speech of that verb', () => {
    const result = analyzeWith(story('The “lifeline” was signed by Petra Holm, who said she wrote it alone.'));
    expect(result.quotes.some((q) => q.rules.includes('sentence-speaker'))).toBe(false);
  });

  test('disabled, the quote has no speaker', () => {
    expect(quoteWith(analyzeWith(TEXT, without('sentence-speaker')), 'never let the ferry go')?.speaker).toBeNull();
  });
  test('a quote inside a longer sentence is mixed: the words up to the attribution after it belong to it', () => {
    const q = quoteWith(analyzeWith(story('Business at the harbour was "slow for a month or more, and then slower still" as buyers waited for the new ferry to arrive from the yard in the north, where the weather had kept the shipwrights at home for most of the winter, Petra Holm said.')), 'slow for a month');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(q?.rules).toContain('sentence-speaker');
    expect(q?.text).toBe('Business at the harbour was "slow for a month or more, and then slower still" as buyers waited for the new ferry to arrive from the yard in the north, where the weather had kept the shipwrights at home for most of the winter');
  });
});
