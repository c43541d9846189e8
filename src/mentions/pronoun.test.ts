import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('Petra Holm spoke first. “The ferry must stay,” she said.');

describe('pronoun', () => {
  test('a subject pronoun is a mention recorded with this rule: `“...,” she said`', () => {
    const q = quoteWith(analyzeWith(TEXT), 'ferry must stay');
    expect(q?.mention).toMatchObject({ text: 'she', type: 'pronoun', rule: 'pronoun' });
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('a pronoun with a contracted auxiliary is a mention of the pronoun alone: "He’s told", "they’ve said"', () => {
    const found = mentionsIn(story('Petra Holm spoke first. He’s told the board, and they’ve said no.')).filter((m) => m.type === 'pronoun');
    expect(found.map((m) => m.text)).toEqual(['He', 'they']);
  });

  test('pronouns inside quoted text are not mentions', () => {
    const found = mentionsIn(story('“We asked and she said no,” Jon Dahl said.')).filter((m) => m.type === 'pronoun');
    expect(found).toEqual([]);
  });

  test('a lower-case "i" is not the pronoun I', () => {
    expect(mentionsIn(story('The letter i is painted on the ferry.')).filter((m) => m.type === 'pronoun')).toEqual([]);
  });

  test('disabled, `she said` has no speaker and the short quote is dropped', () => {
    const result = analyzeWith(TEXT, without('pronoun', 'attribution-sentence-before'));
    expect(result.quotes).toEqual([]);
    expect(result.discarded.map((d) => d.text)).toEqual(['The ferry must stay,']);
  });

  test('a pronoun with a contracted auxiliary is the subject: `she’s said`, but `it’s` is no mention', () => {
    const q = quoteWith(analyzeWith(story('Ever since Petra Holm took the job, she’s said one thing at each board session: “The ferry stays, whatever it costs.”')), 'ferry stays');
    expect(q?.mention).toMatchObject({ text: 'she', type: 'pronoun' });
    expect(mentionsIn(story('It’s a long way to the harbour, Jon Dahl said.')).filter((m) => m.type === 'pronoun')).toEqual([]);
  });
});

