import { analyzeWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('“The ferry cannot be replaced,” Petra Holm said, “and a bridge would take twenty years.”');

/** The number of quotes and of parts of the first quote the analyzer finds in `text`. */
const shape = (text: string) => {
  const quotes = analyzeWith(story(text)).quotes;
  return { quotes: quotes.length, parts: quotes[0]?.parts?.length ?? 1 };
};

describe('interrupted-quote', () => {
  test('a quote interrupted by its attribution is one quote in two parts: `“...,” she said, “...”`', () => {
    const result = analyzeWith(TEXT);
    expect(result.quotes).toHaveLength(1);
    const q = result.quotes[0]!;
    expect(q.parts?.map((p) => p.text)).toEqual(['The ferry cannot be replaced,', 'and a bridge would take twenty years.']);
    expect(q.speaker?.name).toBe('Petra Holm');
    expect(q.rules).toContain('interrupted-quote');
  });

  test.each([
    ['a mixed quote goes on with the quoted sentence after its attribution: `It is “...,” she said. “...”`',
      'The ferry is “a relic of another century,” Petra Holm said. “A bridge would take twenty years.”',
      ['The ferry is “a relic of another century,”', 'A bridge would take twenty years.']],
    ['a fragment in the writer’s words in the next sentence goes on with the quote: `“...,” she said. That makes it “...”`',
      '“The ferry cannot be replaced,” Petra Holm said. That makes the bridge “a dream for the next generation.”',
      ['The ferry cannot be replaced,', 'That makes the bridge “a dream for the next generation.']],
  ])('one mixed quote: %s', (_, text, parts) => {
    const result = analyzeWith(story(text));
    expect(result.quotes).toHaveLength(1);
    const q = result.quotes[0]!;
    expect(q.kind).toBe('mixed');
    expect(q.parts?.map((p) => p.text)).toEqual(parts);
    expect(q.speaker?.name).toBe('Petra Holm');
  });

  test.each([
    ['the second piece may start the next sentence', '“The ferry cannot be replaced,” said Petra Holm, the mayor. “A bridge would take twenty years.”'],
    ['the attribution may say when', '“The ferry cannot be replaced,” Petra Holm said late last month, “but a bridge would take twenty years.”'],
    ['a verb whose speaker no rule names still parts one quote', '“The ferry cannot be replaced,” Will said. “A bridge would take twenty years.”'],
    ['a participle in the attribution does not part a sentence that goes on', '“The ferry cannot be replaced,” Petra Holm said, speaking of the harbour, “and a bridge would take twenty years.”'],
    ['the next sentence may open with a linking word', '“The ferry cannot be replaced,” Petra Holm said. But “a bridge would take twenty years.”'],
    ['a linking word may lead the piece in the same sentence', '“The ferry cannot be replaced,” Petra Holm said, and “a bridge would take twenty years.”'],
    ['a mixed quote goes on with the rest of its sentence', 'The ferry is “a relic,” Petra Holm said on Monday, “and a bridge would take twenty years.”'],
    ['the writer’s own words between attribution and quote do not part them', '“The ferry cannot be replaced,” Petra Holm said. It sails twice a day in summer. “A bridge would take twenty years.”'],
    ['what the attribution says it was said of does not part one quote', '“The ferry cannot be replaced,” she said of islanders whose homes were lost, “But a bridge would take twenty years.”'],
    ['nor does when it was said', '“The ferry cannot be replaced,” Petra Holm said two days after the vote, “which is why a bridge would take twenty years.”'],
    ['a quote attributed before it goes on in lower case across a pronoun’s attribution', 'Petra Holm wrote back: “As a friend of the island,” she wrote, “we know the ferry cannot be replaced.”'],
    ['a long speaker phrase no rule names parts one quote when its verb ends the sentence', '“The ferry cannot be replaced,” two engineers of the harbour board and a retired captain of the old line wrote in March. “A bridge would take twenty years.”'],
  ])('one quote in two parts: %s', (_, text) => {
    expect(shape(text)).toEqual({ quotes: 1, parts: 2 });
  });

  test.each([
    ['`she said, adding: “...”` is a second report', '“The ferry cannot be replaced,” Petra Holm said, adding: “A bridge would take twenty years.”'],
    ['a sentence about someone named at its start keeps them apart', '“The ferry cannot be replaced,” Petra Holm said. Jon Dahl shook his head. “A bridge would take twenty years.”'],
    ['a sentence that reports keeps them apart', '“The ferry cannot be replaced,” Petra Holm said. Later, Jon Dahl spoke. “A bridge would take twenty years.”'],
    ['a long phrase before a verb that goes on is a clause of its own', '“The ferry cannot be replaced by anything the island can afford,” two engineers of the harbour board and a retired captain wrote in a letter to the council. “A bridge would take twenty years.”'],
  ])('two quotes: %s', (_, text) => {
    expect(shape(text).quotes).toBe(2);
  });

  test.each([
    ['a new clause about the speaker', '“The ferry cannot be replaced,” Petra Holm said. She wants the council “to find the money this year.”'],
    ['a sentence that reports', '“The ferry cannot be replaced,” Petra Holm said. Jon Dahl called the bridge “a dream for the next generation.”'],
    ['a quote that does not end its sentence', '“The ferry cannot be replaced,” Petra Holm said. That makes the bridge “a dream” for the next generation.'],
  ])('a fragment in the next sentence stays apart: %s', (_, text) => {
    expect(analyzeWith(story(text)).quotes.some((q) => q.rules.includes('interrupted-quote'))).toBe(false);
  });

  test('a quotation inside the attribution’s sentence is passed over: `“...,” she said after calling it “...” “...”`', () => {
    const result = analyzeWith(story('“The ferry cannot be replaced,” Petra Holm said after calling the plan “a dream.” “A bridge would take twenty years.”'));
    expect(result.quotes.map((q) => q.parts?.length ?? 1)).toEqual([2, 1]);
    expect(result.quotes[1]!.text).toBe('the plan “a dream.”');
  });

  test('without a named speaker, a quote later in the sentence stays apart: `“...,” most said, while 14 percent said “...”`', () => {
    const result = analyzeWith(story('“We will very likely ride the ferry again next summer,” most riders said, while 14 percent said “we will not ride it again, not ever.”'));
    expect(result.quotes.some((q) => q.rules.includes('interrupted-quote'))).toBe(false);
  });

  test('a mixed quote does not take a quote later in the sentence of its attribution', () => {
    const result = analyzeWith(story('The ferry is “a relic,” Petra Holm said, and called the bridge “a dream.”'));
    expect(result.quotes.some((q) => q.rules.includes('interrupted-quote'))).toBe(false);
  });

  test('disabled, the two pieces are two quotes', () => {
    const result = analyzeWith(TEXT, without('interrupted-quote'));
    expect(result.quotes.map((q) => q.text)).toEqual(['The ferry cannot be replaced,', 'and a bridge would take twenty years.']);
  });
});
