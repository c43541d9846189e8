import { analyzeWith, quoteWith, story } from '../../tests/rules/analyze';

describe('speech-noun-fragment', () => {
  test('a quotation in what a possessed speech noun says is a mixed quote of the possessor', () => {
    const q = quoteWith(analyzeWith(story('The ferry board met on Monday. Critics seized on Tomas Reyk’s claim that the pier was “perfectly safe.”')), 'perfectly safe');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the pier was “perfectly safe.”', speaker: { name: 'Tomas Reyk' }, cue: null });
    expect(q?.rules).toContain('speech-noun-fragment');
  });

  test('a possessive pronoun stands for the subject of its clause', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm has kept her promise of “a ferry every hour” to the islanders.')), 'a ferry every hour');
    expect(q).toMatchObject({ kind: 'mixed', speaker: { name: 'Petra Holm' } });
    expect(q?.rules).toContain('speech-noun-fragment');
  });

  test('a noun that names no speech is not read this way', () => {
    const r = analyzeWith(story('Petra Holm has kept her boat of “the old kind” at the pier.'));
    expect(r.quotes.some((q) => q.rules.includes('speech-noun-fragment'))).toBe(false);
  });

  test('a clause break between the noun and the quotation breaks the link', () => {
    const r = analyzeWith(story('Tomas Reyk’s claim was heard; the pier was “perfectly safe” by then.'));
    expect(r.quotes.some((q) => q.rules.includes('speech-noun-fragment'))).toBe(false);
  });
});
