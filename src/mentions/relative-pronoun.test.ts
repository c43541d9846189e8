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

  test('after a dash that opens an aside: "Jon Dahl — who said ... — told"', () => {
    const q = quoteWith(analyzeWith(story('Harbour Party leader Jon Dahl — who once said he would “sink the ferry plan” — told the council the vote was rigged.')), 'sink');
    expect(q?.mention?.text).toBe('who');
    expect(q?.speaker?.name).toBe('Jon Dahl');
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
