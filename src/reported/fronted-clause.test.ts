import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const STALLED = story('The talks with the shipyard have stalled, officials said.');

describe('fronted-clause', () => {
  test('"CLAUSE, SPEAKER said." reports the clause: "The talks have stalled, officials said."', () => {
    const q = quoteWith(analyzeWith(STALLED), 'talks');
    expect(q).toMatchObject({ kind: 'indirect', text: 'The talks with the shipyard have stalled', speaker: { name: 'officials' }, confidence: 0.75 });
    expect(q?.rules[0]).toBe('fronted-clause');
  });

  test('an inverted attribution works too: "..., said a spokesman for the council."', () => {
    const q = quoteWith(analyzeWith(story('The talks with the shipyard have stalled, said a spokesman for the council.')), 'talks');
    expect(q).toMatchObject({ kind: 'indirect', text: 'The talks with the shipyard have stalled', mention: { text: 'a spokesman' } });
  });

  test('an attribution followed by its own clause is no fronted clause', () => {
    const result = analyzeWith(story('After the long meeting at the town hall, officials said the union would strike on Monday.'));
    expect(result.quotes.some((q) => q.rules.includes('fronted-clause'))).toBe(false);
  });

  test('an adverbial phrase may follow the attribution: "..., officials said on Thursday before the vote."', () => {
    const q = quoteWith(analyzeWith(story('The talks with the shipyard have stalled, officials said on Thursday before the vote.')), 'talks');
    expect(q).toMatchObject({ kind: 'indirect', text: 'The talks with the shipyard have stalled' });
    expect(q?.rules[0]).toBe('fronted-clause');
  });

  test('a phrase that only opens the sentence is not reported: "In a statement on Friday, the council said ..."', () => {
    const result = analyzeWith(story('In a statement on Friday, the council said on Twitter that the ferry would run.'));
    expect(result.quotes.some((q) => q.rules.includes('fronted-clause'))).toBe(false);
  });

  test('a few words may open a sentence the attribution splits: "Otherwise, she said, the ferry would stop."', () => {
    const q = quoteWith(analyzeWith(story('The harbor master spoke at length. Otherwise, she said, the ferry would stop running in winter.')), 'ferry');
    expect(q?.parts?.map((p) => p.text)).toEqual(['Otherwise', 'the ferry would stop running in winter']);
  });

  test('an object after the verb is no tail: "Ada Strand, the harbor master, urged a strong stand."', () => {
    const result = analyzeWith(story('Ada Strand, the harbor master, urged a strong stand.'));
    expect(result.quotes.some((q) => q.rules[0] === 'fronted-clause')).toBe(false);
  });

  test('a participle attributes no clause before it: "The vote was too close to call, with every ward reporting."', () => {
    const result = analyzeWith(story('The vote on the ferry was too close to call, with every ward reporting.'));
    expect(result.quotes.some((q) => q.rules[0] === 'fronted-clause')).toBe(false);
  });

  test('a quoted fragment no sieve gave a speaker makes the reported clause mixed', () => {
    const text = story('The “dirty tricks” that the harbour board used weigh far less than the storm damage, the candidate said Friday.');
    const q = quoteWith(analyzeWith(text, without('trailing-attribution')), 'tricks');
    expect(q).toMatchObject({ kind: 'mixed', text: 'The “dirty tricks” that the harbour board used weigh far less than the storm damage' });
    expect(q?.rules[0]).toBe('fronted-clause');
  });

  test('a clause right after the verb is what was said, not the words before the subject: "Later that day, the board said it would wait."', () => {
    const result = analyzeWith(story('Later that day, the harbour board said it would wait for the survey.'));
    expect(result.quotes.map((q) => q.text)).toEqual(['it would wait for the survey']);
    expect(result.quotes[0]?.rules).not.toContain('fronted-clause');
    expect(analyzeWith(story('The ferry was late again, but the skipper said that the engine was fine.')).quotes.map((q) => q.text)).toEqual(['the engine was fine']);
  });

  test('a relative or subordinate clause after the comma attributes nothing before it: ", who added", ", when the skipper said"', () => {
    expect(analyzeWith(story('The ferry lost a propeller, although the skipper said otherwise.')).quotes).toEqual([]);
    expect(analyzeWith(story('The harbour was calm all morning, even as the skipper warned of a storm.')).quotes.map((q) => q.text)).not.toContain('The harbour was calm all morning');
  });

  test('disabled, the clause is not reported', () => {
    expect(analyzeWith(STALLED, without('fronted-clause')).quotes).toEqual([]);
  });
  test('a clause whose verb follows the comma is no attribution of what stands before: "The county MP, Jon Dahl, said he had asked"', () => {
    const { quotes } = analyzeWith(story('The county MP, Jon Dahl, said he had asked for a ferry survey.'));
    expect(quotes.map((q) => q.text)).toEqual(['he had asked for a ferry survey']);
  });
});
