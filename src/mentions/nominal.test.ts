import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

const nominals = (text: string) => mentionsIn(story(text)).filter((m) => m.rule === 'nominal').map((m) => m.text);

describe('nominal', () => {
  test('a determiner and a role noun name one person: "the former minister said"', () => {
    const q = quoteWith(analyzeWith(story('“The ferry must stay,” the former minister said.')), 'ferry must stay');
    expect(q?.mention).toMatchObject({ text: 'the former minister', type: 'nominal', rule: 'nominal' });
  });

  test('up to three modifiers stand between determiner and role noun: "The same international expert"', () => {
    expect(nominals('The same international expert said the ferry would stay. A senior official agreed.')).toEqual([
      'The same international expert', 'A senior official',
    ]);
  });

  test('an abbreviation with periods may be a modifier: "a senior U.N. official"', () => {
    expect(nominals('A senior U.N. official said the ferry would stay. The talks ended. It was late.')).toEqual(['A senior U.N. official']);
    const q = quoteWith(analyzeWith(story('“The ferry must stay,” said a former U.K. harbor official.')), 'ferry must stay');
    expect(q?.mention?.text).toBe('a former U.K. harbor official');
  });

  test('a role noun of several words is one mention: "the former chief of staff"', () => {
    expect(nominals('The former chief of staff said the ferry would stay.')).toEqual(['The former chief of staff']);
    expect(quoteWith(analyzeWith(story('The retired secretary of state insisted on Monday that the ferry would stay.')), 'ferry would stay')?.mention?.text)
      .toBe('The retired secretary of state');
  });

  test('a compound role is one mention: "the press secretary"', () => {
    expect(nominals('The press secretary said the ferry would stay.')).toEqual(['The press secretary']);
  });

  test('a phrase without a role noun is no nominal: "the old ferry"', () => {
    expect(nominals('The old ferry left the harbor at noon.')).toEqual([]);
  });

  test('a role noun phrase inside quoted text is not a mention', () => {
    expect(nominals('“Ask the minister,” Petra Holm said.')).toEqual([]);
  });

  test('disabled, the phrase is found only as the subject of the verb, by subject-phrase', () => {
    const q = quoteWith(analyzeWith(story('“The ferry must stay,” the former minister said.'), without('nominal')), 'ferry must stay');
    expect(q?.mention?.rule).toBe('subject-phrase');
  });

  test('a capitalised organisation name is not also a nominal: "The Harbor Authority said"', () => {
    expect(nominals('The Harbor Authority said the ferry would survive.')).toEqual([]);
    expect(quoteWith(analyzeWith(story('The Harbor Authority said the ferry would survive.')), 'survive')?.speaker?.name).toBe('Harbor Authority');
  });
});
