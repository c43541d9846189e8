import { analyzeWith, quoteWith, without } from '../../tests/rules/analyze';

const HEADLINE = 'Petra Holm: Ferry Plan Is ‘Dangerously Wrong’ for the Island\n\nThe harbour board met on Monday and voted for the new timetable.';

describe('headline-speaker-colon', () => {
  test('a headline opened by a speaker and a colon is that speaker’s mixed quote to the end of the line', () => {
    const q = quoteWith(analyzeWith(HEADLINE), 'Dangerously');
    expect(q).toMatchObject({ kind: 'mixed', text: 'Ferry Plan Is ‘Dangerously Wrong’ for the Island', speaker: { name: 'Petra Holm' } });
    expect(q?.rules).toContain('headline-speaker-colon');
  });

  test('two quotations in the headline make one mixed quote (the second, merged, is not attributed again)', () => {
    const two = 'Petra Holm: Ferry Plan Is ‘Dangerously Wrong,’ ‘Nobody Asked the Island.’\n\nThe harbour board met on Monday and voted for the new timetable.';
    const result = analyzeWith(two);
    expect(result.quotes.filter((q) => q.kind !== 'indirect')).toHaveLength(1);
    expect(quoteWith(result, 'Dangerously')).toMatchObject({ kind: 'mixed', text: 'Ferry Plan Is ‘Dangerously Wrong,’ ‘Nobody Asked the Island.’', speaker: { name: 'Petra Holm' } });
  });

  test('a long paragraph is prose, not a headline', () => {
    const prose = 'Petra Holm: the ferry plan that the harbour board put forward last spring, after many months of talks with the islanders and the crews, is ‘dangerously wrong’ for everyone who lives here.\n\nThe board met on Monday.';
    expect(quoteWith(analyzeWith(prose), 'dangerously')?.rules ?? []).not.toContain('headline-speaker-colon');
  });

  test('disabled, the headline quote gets no speaker from it', () => {
    expect(quoteWith(analyzeWith(HEADLINE, without('headline-speaker-colon')), 'Dangerously')?.rules ?? []).not.toContain('headline-speaker-colon');
  });
});
