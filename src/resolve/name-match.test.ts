import { analyzeWith, story, without } from '../../tests/rules/analyze';

const SHORT = story('Marta Ek said the ferry would survive. Ek said the bridge would never be built.');

describe('name-match', () => {
  test('a surname alone refers back to the full name: "Marta Ek" ... "Ek"', () => {
    const { speakers, quotes } = analyzeWith(SHORT);
    expect(speakers).toEqual([expect.objectContaining({ name: 'Marta Ek', aliases: ['Marta Ek', 'Ek'], rules: ['new-person', 'name-match'] })]);
    expect(quotes[1]?.rules).toContain('name-match');
  });

  test('a longer name lengthens the speaker’s name: "Holm" ... "Petra Holm"', () => {
    const { speakers } = analyzeWith(story('Holm said the ferry would survive. Petra Holm said the bridge would never be built.'));
    expect(speakers).toEqual([expect.objectContaining({ name: 'Petra Holm', aliases: ['Holm', 'Petra Holm'] })]);
  });

  test('a police rank abbreviated before the surname is a title: "Detective Inspector Rosa Quill" ... "DI Quill"', () => {
    const { quotes } = analyzeWith(story('Detective Inspector Rosa Quill said the boat had been moved at night.', 'DI Quill said the owner had not been found.'));
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.role])).toEqual([
      ['Rosa Quill', 'Detective Inspector'],
      ['Rosa Quill', 'Detective Inspector'],
    ]);
  });

  test('a name that only shares letters is another person: "Holm" and "Holmberg"', () => {
    const { speakers } = analyzeWith(story('Petra Holm said the ferry would survive. Jon Holmberg said the bridge would never be built.'));
    expect(speakers.map((s) => s.name)).toEqual(['Petra Holm', 'Jon Holmberg']);
  });

  test('when two people share the surname, the one mentioned last wins', () => {
    const { quotes } = analyzeWith(story('Petra Holm said the ferry would survive. Nils Holm said the bridge would never be built. Holm added that the vote was close.'));
    expect(quotes.map((q) => q.speaker?.name)).toEqual(['Petra Holm', 'Nils Holm', 'Nils Holm']);
  });

  test('disabled, the short name is a person of its own', () => {
    const { speakers } = analyzeWith(SHORT, without('name-match'));
    expect(speakers.map((s) => s.name)).toEqual(['Marta Ek', 'Ek']);
  });
});
