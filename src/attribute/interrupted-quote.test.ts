import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('“The ferry cannot be replaced,” Petra Holm said, “and a bridge would take twenty years.”');

describe('interrupted-quote', () => {
  test('a quote interrupted by its attribution is one quote in two parts: `“...,” she said, “...”`', () => {
    const result = analyzeWith(TEXT);
    expect(result.quotes).toHaveLength(1);
    const q = result.quotes[0]!;
    expect(q.parts?.map((p) => p.text)).toEqual(['The ferry cannot be replaced,', 'and a bridge would take twenty years.']);
    expect(q.speaker?.name).toBe('Petra Holm');
    expect(q.rules).toContain('interrupted-quote');
  });

  test('the second piece may start the next sentence: `“...,” said Petra Holm, the mayor. “...”`', () => {
    const result = analyzeWith(story('“The ferry cannot be replaced,” said Petra Holm, the mayor. “A bridge would take twenty years.”'));
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]!.parts).toHaveLength(2);
  });

  test('a mixed quote goes on with the quoted sentence after its attribution: `It is “...,” she said. “...”`', () => {
    const result = analyzeWith(story('The ferry is “a relic of another century,” Petra Holm said. “A bridge would take twenty years.”'));
    expect(result.quotes).toHaveLength(1);
    const q = result.quotes[0]!;
    expect(q.kind).toBe('mixed');
    expect(q.parts?.map((p) => p.text)).toEqual(['The ferry is “a relic of another century,”', 'A bridge would take twenty years.']);
    expect(q.speaker?.name).toBe('Petra Holm');
  });

  test('a mixed quote does not take a quote later in the sentence of its attribution', () => {
    const result = analyzeWith(story('The ferry is “a relic,” Petra Holm said, and called the bridge “a dream.”'));
    expect(result.quotes.some((q) => q.rules.includes('interrupted-quote'))).toBe(false);
  });

  test('a participle in the attribution does not part a sentence that goes on: `she said, speaking of the port, “and ...”`', () => {
    const result = analyzeWith(story('“The ferry cannot be replaced,” Petra Holm said, speaking of the harbour, “and a bridge would take twenty years.”'));
    expect(result.quotes).toHaveLength(1);
    expect(result.quotes[0]!.parts).toHaveLength(2);
  });

  test('`she said, adding: “...”` is a second report', () => {
    const result = analyzeWith(story('“The ferry cannot be replaced,” Petra Holm said, adding: “A bridge would take twenty years.”'));
    expect(result.quotes).toHaveLength(2);
  });

  test('the next sentence may open with a linking word: `she said. But “...”`, `she said, and “...”`', () => {
    for (const text of ['“The ferry cannot be replaced,” Petra Holm said. But “a bridge would take twenty years.”', '“The ferry cannot be replaced,” Petra Holm said, and “a bridge would take twenty years.”']) {
      const result = analyzeWith(story(text));
      expect(result.quotes).toHaveLength(1);
      expect(result.quotes[0]!.parts).toHaveLength(2);
    }
  });

  test('a sentence between the attribution and the next quote keeps them apart', () => {
    const result = analyzeWith(story('“The ferry cannot be replaced,” Petra Holm said. Later, Jon Dahl spoke. “A bridge would take twenty years.”'));
    expect(result.quotes).toHaveLength(2);
    expect(result.quotes.some((q) => q.rules.includes('interrupted-quote'))).toBe(false);
  });

  test('disabled, the two pieces are two quotes', () => {
    const result = analyzeWith(TEXT, without('interrupted-quote'));
    expect(result.quotes.map((q) => q.text)).toEqual(['The ferry cannot be replaced,', 'and a bridge would take twenty years.']);
  });
});
