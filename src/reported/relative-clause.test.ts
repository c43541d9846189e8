import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const TOLLS = story('The new tolls, which harbor officials said will start in May, apply to every car on the Kessel ferry.');

describe('relative-clause', () => {
  test('"NOUN, which SPEAKER said VERB-PHRASE," reports the relative pronoun and the verb phrase', () => {
    const q = quoteWith(analyzeWith(TOLLS), 'start in May');
    expect(q?.parts?.map((p) => p.text)).toEqual(['which', 'will start in May']);
    expect(q).toMatchObject({ kind: 'indirect', mention: { text: 'harbor officials' } });
    expect(q?.rules[0]).toBe('relative-clause');
  });

  test('a clause without a relative pronoun runs to the sentence end: "rules she said would slow the ferries"', () => {
    const q = quoteWith(analyzeWith(story('The council passed rules Petra Holm said would slow the ferries down in winter.')), 'slow');
    expect(q).toMatchObject({ kind: 'indirect', text: 'would slow the ferries down in winter', speaker: { name: 'Petra Holm' } });
  });

  test('a noun that is also a cue word reports nothing: "The timetable question has become a thorny topic."', () => {
    expect(analyzeWith(story('The timetable question has become a thorny topic for the island council.')).quotes).toEqual([]);
  });

  test('disabled, the clause is not reported', () => {
    expect(quoteWith(analyzeWith(TOLLS, without('relative-clause')), 'start in May')?.rules[0]).not.toBe('relative-clause');
  });
});
