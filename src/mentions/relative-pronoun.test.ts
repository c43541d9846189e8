import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('The vote was welcomed by Petra Holm, who said the ferry was “the lifeline of the whole island.”');

describe('relative-pronoun', () => {
  test('"who" after a mention is the subject of its clause: the quote is reported by "who"', () => {
    const q = quoteWith(analyzeWith(TEXT), 'lifeline');
    expect(q?.mention).toMatchObject({ text: 'who', type: 'pronoun', rule: 'relative-pronoun' });
    expect(q?.speaker?.name).toBe('Petra Holm');
  });

  test('"who" with a subject of its own after it is an object, not a mention', () => {
    const found = mentionsIn(story('The mayor thanked Jon Dahl, who she called a friend of the harbour.')).filter((m) => m.text === 'who');
    expect(found).toEqual([]);
  });

  test('a question word after a verb or preposition is not a mention', () => {
    const found = mentionsIn(story('Nobody asked who would pay for the ferry, and few knew who decided.')).filter((m) => m.text === 'who');
    expect(found).toEqual([]);
  });

  test('disabled, the quote has no speaker: the name is not the subject of "said"', () => {
    const q = quoteWith(analyzeWith(TEXT, without('relative-pronoun')), 'lifeline');
    expect(q?.speaker ?? null).toBeNull();
  });
});
