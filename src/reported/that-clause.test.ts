import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const CONFIRMED = story('Officials confirmed that the ferry contract had been renewed for five years.');

describe('that-clause', () => {
  test('"SPEAKER VERB that CLAUSE" reports the clause: "Officials confirmed that ..."', () => {
    const q = quoteWith(analyzeWith(CONFIRMED), 'contract');
    expect(q).toMatchObject({ kind: 'indirect', text: 'the ferry contract had been renewed for five years', speaker: { name: 'Officials' }, confidence: 0.8 });
    expect(q?.rules[0]).toBe('that-clause');
  });

  test('the addressee between verb and "that" is kept: "told the council that ..."', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm told the council that the ferry would run through the winter.')), 'winter');
    expect(q).toMatchObject({ text: 'the ferry would run through the winter', addressee: { text: 'the council' }, speaker: { name: 'Petra Holm' } });
  });

  test('a verb of belief gets lower confidence: "believes that"', () => {
    expect(quoteWith(analyzeWith(story('Petra Holm believes that the ferry will survive another decade.')), 'survive')?.confidence).toBe(0.6);
  });

  test('a passive verb has no speaker: "The mayor was told that ..."', () => {
    expect(analyzeWith(story('The mayor was told that the bridge would reopen in May.')).quotes).toEqual([]);
  });

  test('a verb already used by a direct quote is not reported again', () => {
    const result = analyzeWith(story('Petra Holm said that “the ferry cannot be replaced by a bridge.”'));
    expect(result.quotes.map((q) => q.kind)).toEqual(['direct']);
  });

  test('disabled, the that-clause is not reported', () => {
    expect(analyzeWith(CONFIRMED, without('that-clause')).quotes).toEqual([]);
  });

  test('after a plural noun that looks like a verb, "that" before a verb is a relative pronoun: "coastal states that have lost"', () => {
    expect(analyzeWith(story('Crews cheered in Saltby and other coastal states that have lost their ferry.')).quotes).toEqual([]);
    expect(analyzeWith(story('He says that was the end of the ferry plan.')).quotes.map((q) => q.text)).toEqual(['was the end of the ferry plan']);
  });
});
