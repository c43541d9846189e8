import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('participle-evaluative-fragment', () => {
  test('a quotation in the object of an evaluative participle is a mixed quote of the sentence subject', () => {
    const r = analyzeWith(story('The ferry board met on Monday. Ada Quist left the board in May, deriding the “rushed and rather secret” sale of the old pier.'));
    const q = quoteWith(r, 'rather secret');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the “rushed and rather secret” sale of the old pier', speaker: { name: 'Ada Quist' }, cue: null });
    expect(q?.rules).toContain('participle-evaluative-fragment');
  });

  test('after a preposition: "was fined after mocking the “feeble” rules"', () => {
    const r = analyzeWith(story('The ferry board met on Monday. Ada Quist was fined after mocking the “feeble and toothless” rules of the port.'));
    expect(quoteWith(r, 'feeble and toothless')).toMatchObject({ kind: 'mixed', speaker: { name: 'Ada Quist' } });
  });

  test('a comma before the mark sets off the words spoken: no mixed quote', () => {
    const r = analyzeWith(story('The ferry board met on Monday. Ada Quist stood up at the end, mocking the chairman, “Is that all?”'));
    expect(r.quotes.some((q) => q.rules.includes('participle-evaluative-fragment'))).toBe(false);
  });

  test('a new clause between the participle and the quotation breaks the link', () => {
    const r = analyzeWith(story('The ferry board met on Monday. Ada Quist left in May, deriding the plan, and the port kept its “quiet” pier.'));
    expect(r.quotes.some((q) => q.rules.includes('participle-evaluative-fragment'))).toBe(false);
  });

  test('disabled, the short fragment is dropped', () => {
    const r = analyzeWith(story('The ferry board met on Monday. Ada Quist left the board in May, deriding the “rushed and rather secret” sale of the old pier.'), without('participle-evaluative-fragment'));
    expect(quoteWith(r, 'rather secret')).toBeUndefined();
  });
});
