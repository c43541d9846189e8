import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('single-quotes', () => {
  test('‘curly single quotes’ make a quote recorded with this rule', () => {
    const q = quoteWith(analyzeWith(story('Ilse Varga said: ‘We were never asked about the new road.’')), 'never asked');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Ilse Varga' } });
    expect(q!.rules[0]).toBe('single-quotes');
  });

  test("'straight single quotes' make a quote too", () => {
    const q = quoteWith(analyzeWith(story("Ilse Varga said: 'We were never asked about the new road.'")), 'never asked');
    expect(q?.rules).toContain('single-quotes');
  });

  test('apostrophes are not quotation marks: the town’s, don’t, the ’90s, rock ’n’ roll', () => {
    const result = analyzeWith(story('The town’s band played rock ’n’ roll and ’90s hits, and people don’t forget it.'));
    expect(result.quotes).toEqual([]);
    expect(result.discarded).toEqual([]);
  });

  test('a word missing its first letters opens with an apostrophe, not a quote: how ‘bout, ‘em', () => {
    const result = analyzeWith(story('And how ‘bout the new harbour fees? Some skippers can’t pay ‘em, the ferry’s crew says.'));
    expect(result.quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
    expect(result.discarded.filter((d) => d.rule === 'single-quotes')).toEqual([]);
  });

  test("a possessive's apostrophe does not pair with the quote after it: the council's 'harbor first' plan", () => {
    const result = analyzeWith(story("The council's 'harbor first' plan was approved."));
    expect(result.discarded.map((d) => d.text)).toEqual(['harbor first']);
  });

  test('disabled, single quotes yield no quote', () => {
    expect(analyzeWith(story('Ilse Varga said: ‘We were never asked about the new road.’'), without('single-quotes')).quotes).toEqual([]);
  });
});
