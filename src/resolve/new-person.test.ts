import { analyzeWith, story, without } from '../../tests/rules/analyze';

describe('new-person', () => {
  test('a name that matches no-one is a new person, named without the title', () => {
    const { speakers, quotes } = analyzeWith(story('“The ferry must stay,” said Interior Minister Petra Holm.'));
    expect(speakers).toEqual([expect.objectContaining({ type: 'person', name: 'Petra Holm', role: 'Interior Minister', rules: ['new-person', 'person-name'] })]);
    expect(quotes[0]?.rules).toContain('new-person');
  });

  test('two different names are two people', () => {
    const { speakers } = analyzeWith(story('Petra Holm said the ferry would survive. Jon Dahl said the bridge would never be built.'));
    expect(speakers.map((s) => [s.id, s.name])).toEqual([['s1', 'Petra Holm'], ['s2', 'Jon Dahl']]);
  });

  test('a pronoun or a nominal never makes a new person', () => {
    const { speakers } = analyzeWith(story('She said the ferry would survive. The minister said the bridge would never be built.'));
    expect(speakers).toEqual([]);
  });

  test('disabled, a name has no speaker and the quote says why', () => {
    const { speakers, quotes } = analyzeWith(story('Petra Holm said the ferry would survive.'), without('new-person'));
    expect(speakers).toEqual([]);
    expect(quotes[0]?.speakerReason).toBe('the name mention "Petra Holm" could not be resolved to a speaker');
  });
});
