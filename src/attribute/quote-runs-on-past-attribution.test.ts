import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('quote-runs-on-past-attribution', () => {
  test('a quoted clause that goes on after its attribution with a verb is one mixed quote to the sentence end', () => {
    const q = quoteWith(analyzeWith(story('“Only the night ferry,” Ines Varga said, would keep the island connected in winter.')), 'night ferry');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Ines Varga' } });
    expect(q?.parts?.map((p) => p.text)).toEqual(['Only the night ferry,', 'would keep the island connected in winter']);
    expect(q?.rules).toContain('quote-runs-on-past-attribution');
  });

  test('"that" after the attribution finishes the quoted clause too', () => {
    const q = quoteWith(analyzeWith(story('“It was our mistake,” Tomas Reyk said, that nobody checked the tide tables.')), 'our mistake');
    expect(q?.kind).toBe('mixed');
    expect(q?.parts?.map((p) => p.text)).toContain('that nobody checked the tide tables');
  });

  test('a participle or a phrase after the attribution is the writer\'s: the quote stays direct', () => {
    const adding = quoteWith(analyzeWith(story('“We sail at dawn,” Ines Varga said, adding that the crew was ready.')), 'sail at dawn');
    const smiling = quoteWith(analyzeWith(story('“We sail at dawn,” Ines Varga said, with a smile.')), 'sail at dawn');
    const cheered = quoteWith(analyzeWith(story('“We sail at dawn,” Ines Varga said, to loud applause from the quay.')), 'sail at dawn');
    const coordinated = quoteWith(analyzeWith(story('“We sail at dawn,” Ines Varga said, and was cheered by the crews.')), 'sail at dawn');
    expect([adding?.kind, smiling?.kind, cheered?.kind, coordinated?.kind]).toEqual(['direct', 'direct', 'direct', 'direct']);
  });

  test('disabled, the quote stays direct', () => {
    const q = quoteWith(analyzeWith(story('“Only the night ferry,” Ines Varga said, would keep the island connected in winter.'), without('quote-runs-on-past-attribution')), 'night ferry');
    expect(q?.kind).toBe('direct');
  });
});
