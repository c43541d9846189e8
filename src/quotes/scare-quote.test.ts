import { analyzeWith, discardedBy, quoteWith, story, without } from '../../tests/rules/analyze';

describe('scare-quote', () => {
  test('a quoted word used as a modifier is set aside: `a “woke” rewrite`', () => {
    const result = analyzeWith(story('Some commentators have labelled the restoration a “woke” rewrite of the film.'));
    expect(result.quotes).toEqual([]);
    expect(discardedBy(result, 'scare-quote').map((d) => d.text)).toEqual(['woke']);
  });

  test('a fragment that ends a reported clause is speech: `said the plan was “dead on arrival.”`', () => {
    expect(quoteWith(analyzeWith(story('Petra Holm said the plan was “dead on arrival.”')), 'dead on arrival')).toBeDefined();
  });

  test('inside reported speech the word is the speaker’s: `said that the “rigged” system must end`', () => {
    expect(discardedBy(analyzeWith(story('Petra Holm said that the “rigged” system must end this year.')), 'scare-quote')).toEqual([]);
  });

  test('disabled, the modifier is left to the attribution rules', () => {
    expect(discardedBy(analyzeWith(story('Some commentators have labelled the restoration a “woke” rewrite of the film.'), without('scare-quote')), 'scare-quote')).toEqual([]);
  });
});
