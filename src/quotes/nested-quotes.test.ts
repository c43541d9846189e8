import { analyzeWith, discardedBy, quoteWith, story, without } from '../../tests/rules/analyze';

const NESTED = story('“He told me ‘never again’ and walked out of the room,” said Ilse Varga.');

describe('nested-quotes', () => {
  test('a quote inside another is part of its content, set aside by this rule: “He told me ‘never again’ ...”', () => {
    const result = analyzeWith(NESTED);
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]!.text).toContain('‘never again’');
    expect(discardedBy(result, 'nested-quotes')).toEqual([expect.objectContaining({ text: 'never again', reason: 'nested inside another quote' })]);
  });

  test('two quotes side by side are both kept', () => {
    const result = analyzeWith(story('Ilse Varga said: “We were never asked.” “Nobody came to the farm to ask us anything.”'));
    expect(result.quotes).toHaveLength(2);
    expect(discardedBy(result, 'nested-quotes')).toEqual([]);
  });

  test('disabled, the inner quote is left to the later filters instead', () => {
    const result = analyzeWith(NESTED, without('nested-quotes'));
    expect(discardedBy(result, 'nested-quotes')).toEqual([]);
    expect(result.discarded.map((d) => d.text)).toContain('never again');
    expect(quoteWith(result, 'walked out')?.speaker?.name).toBe('Ilse Varga');
  });
});
