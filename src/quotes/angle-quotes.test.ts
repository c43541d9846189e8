import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('angle-quotes', () => {
  test('«guillemets» make a quote recorded with this rule', () => {
    const q = quoteWith(analyzeWith(story('Farmer Ilse Varga said: «We were never asked about the new road.»')), 'never asked');
    expect(q).toMatchObject({ kind: 'direct', text: 'We were never asked about the new road.', speaker: { name: 'Ilse Varga', role: 'Farmer' } });
    expect(q!.rules[0]).toBe('angle-quotes');
  });

  test('‹single guillemets› make a quote too', () => {
    const q = quoteWith(analyzeWith(story('Ilse Varga said: ‹We were never asked about the new road.›')), 'never asked');
    expect(q?.rules).toContain('angle-quotes');
  });

  test('a « never closed is set aside, not paired with a ›', () => {
    const result = analyzeWith(story('Ilse Varga said: «We were never asked about the new road.›'));
    expect(result.quotes).toEqual([]);
    expect(result.discarded).toEqual([expect.objectContaining({ rule: 'angle-quotes', reason: 'opening quotation mark never closed' })]);
  });

  test('disabled, guillemets yield no quote', () => {
    expect(analyzeWith(story('Ilse Varga said: «We were never asked about the new road.»'), without('angle-quotes')).quotes).toEqual([]);
  });
});
