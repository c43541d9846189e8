import { analyzeWith, story, without } from '../../tests/rules/analyze';

const MINISTRY = story('The Transport Ministry said the ferry would survive. The ministry said the bridge would never be built.');

describe('organization-speaker', () => {
  test('"the carmaker", "the company" refer back to the last company named: "Harrow Motors ... the carmaker said"', () => {
    const { quotes } = analyzeWith(story(
      'Harrow Motors will cut 400 jobs at its plant in Wexby, the carmaker said on Monday.',
      'The Industry Ministry said it had not been told. In a statement, the company said the cuts were “painful but necessary”.',
    ));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Harrow Motors', 'Industry Ministry', 'Harrow Motors']);
  });

  test('a described kind is not the company named before: "The trade group said"', () => {
    const { quotes } = analyzeWith(story('Harrow Motors said it would appeal. The trade group said the levy was too high.'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Harrow Motors', 'The trade group']);
  });

  test('"the ministry" later refers back to "the Transport Ministry": one organisation speaker', () => {
    const { speakers, quotes } = analyzeWith(MINISTRY);
    expect(speakers).toEqual([expect.objectContaining({ type: 'organization', name: 'Transport Ministry', aliases: ['The Transport Ministry', 'The ministry'], rules: ['organization-speaker'] })]);
    expect(quotes.map((q) => q.speakerId)).toEqual(['s1', 's1']);
  });

  test('two organisations with different names are two speakers', () => {
    const { speakers } = analyzeWith(story('The Transport Ministry said the ferry would survive. The Harbor Board said the bridge would never be built.'));
    expect(speakers.map((s) => s.name)).toEqual(['Transport Ministry', 'Harbor Board']);
  });

  test('a lower-case head noun that ends no earlier name is a new organisation: "the ministry" after "the Harbor Board"', () => {
    const { speakers } = analyzeWith(story('The Harbor Board said the ferry would survive. The ministry said the bridge would never be built.'));
    expect(speakers).toHaveLength(2);
  });

  test('disabled, organisations have no speaker', () => {
    const { speakers, quotes } = analyzeWith(MINISTRY, without('organization-speaker'));
    expect(speakers).toEqual([]);
    expect(quotes.every((q) => q.speaker === null)).toBe(true);
  });
});
