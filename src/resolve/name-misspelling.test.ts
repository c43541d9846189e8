import { analyzeWith, story, without } from '../../tests/rules/analyze';

const TYPO = story('Petra Holmstad said the ferry would survive. Holmsted added that the bridge would never be built.');

describe('name-misspelling', () => {
  test('a misspelt surname of a speaker refers back to that person: "Holmstad" ... "Holmsted"', () => {
    const { speakers, quotes } = analyzeWith(TYPO);
    expect(speakers).toEqual([expect.objectContaining({ name: 'Petra Holmstad', aliases: ['Petra Holmstad', 'Holmsted'] })]);
    expect(quotes[1]?.rules).toContain('name-misspelling');
  });

  test('a close name with another first letter is another person: "Kolmstad"', () => {
    const { speakers } = analyzeWith(story('Petra Holmstad said the ferry would survive. Kolmstad added that the bridge would never be built.'));
    expect(speakers.map((s) => s.name)).toEqual(['Petra Holmstad', 'Kolmstad']);
  });

  test('a name too far from any speaker is another person: "Hallberg"', () => {
    const { speakers } = analyzeWith(story('Petra Holmstad said the ferry would survive. Hallberg added that the bridge would never be built.'));
    expect(speakers.map((s) => s.name)).toEqual(['Petra Holmstad', 'Hallberg']);
  });

  test('disabled, the misspelt name is a person of its own', () => {
    expect(analyzeWith(TYPO, without('name-misspelling')).speakers.map((s) => s.name)).toEqual(['Petra Holmstad', 'Holmsted']);
  });
});
