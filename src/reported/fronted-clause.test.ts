import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const STALLED = story('The talks with the shipyard have stalled, officials said.');

describe('fronted-clause', () => {
  test('"CLAUSE, SPEAKER said." reports the clause: "The talks have stalled, officials said."', () => {
    const q = quoteWith(analyzeWith(STALLED), 'talks');
    expect(q).toMatchObject({ kind: 'indirect', text: 'The talks with the shipyard have stalled', speaker: { name: 'officials' }, confidence: 0.75 });
    expect(q?.rules[0]).toBe('fronted-clause');
  });

  test('an inverted attribution works too: "..., said a spokesman for the council."', () => {
    const q = quoteWith(analyzeWith(story('The talks with the shipyard have stalled, said a spokesman for the council.')), 'talks');
    expect(q).toMatchObject({ kind: 'indirect', text: 'The talks with the shipyard have stalled', mention: { text: 'a spokesman' } });
  });

  test('an attribution that does not end the sentence is no fronted clause', () => {
    const result = analyzeWith(story('The talks have stalled, officials said before the vote on the new budget for the harbor.'));
    expect(result.quotes.some((q) => q.rules.includes('fronted-clause'))).toBe(false);
  });

  test('disabled, the clause is not reported', () => {
    expect(analyzeWith(STALLED, without('fronted-clause')).quotes).toEqual([]);
  });
});
