import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('cue-before-quote', () => {
  test('a verb in a bare clause reported by an earlier one speaks for the outer speaker: `Petra Holm said Jon Dahl called it “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said Jon Dahl called the ferry “a lifeline for the whole island.”')), 'lifeline');
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('"according to X," before the quote names its speaker: `According to the harbor office, “...”`', () => {
    const q = quoteWith(analyzeWith(story('According to Petra Holm, “the ferry will keep running through the winter, whatever the council decides.”')), 'keep running');
    expect(q?.speaker?.name).toBe('Petra Holm');
    expect(q?.rules).toContain('cue-before-quote');
  });

  test('a verb and its subject before the quote attribute it: `Petra Holm said: “...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said: “The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Petra Holm' }, cue: { text: 'said' }, confidence: 0.95 });
    expect(q?.rules).toContain('cue-before-quote');
  });

  test('the words between verb and quote may name whom it was said to: "explained to the Courier that"', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm explained to the Courier that “the ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q).toMatchObject({ kind: 'direct', addressee: { text: 'the Courier' }, speaker: { name: 'Petra Holm' } });
  });

  test('words of the reported clause before the quote make it mixed: `said the plan was “doomed ...”`', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said the plan was “doomed from the very first day.”')), 'doomed');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the plan was “doomed from the very first day.”', speaker: { name: 'Petra Holm' } });
    expect(q?.rules).toContain('cue-before-quote');
  });

  test('a verb in the sentence before does not reach the quote', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said nothing more. “The ferry cannot be replaced by a bridge.”')), 'replaced');
    expect(q?.rules).not.toContain('cue-before-quote');
  });

  test('disabled, a later sieve attributes the quote instead', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said: “The ferry cannot be replaced by a bridge.”'), without('cue-before-quote')), 'replaced');
    expect(q?.rules).not.toContain('cue-before-quote');
    expect(q?.rules).toContain('colon-introduction');
  });
});
