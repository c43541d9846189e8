import { analyzeWith, discardedBy, quoteWith, story, without } from '../../tests/rules/analyze';

describe('scare-quote', () => {
  test('a quoted word used as a modifier is set aside: `a “woke” rewrite`', () => {
    const result = analyzeWith(story('The studio has released a “woke” rewrite of the film.'));
    expect(result.quotes).toEqual([]);
    expect(discardedBy(result, 'scare-quote').map((d) => d.text)).toEqual(['woke']);
  });

  test('a fragment that ends a reported clause is speech: `said the plan was “dead on arrival.”`', () => {
    expect(quoteWith(analyzeWith(story('Petra Holm said the plan was “dead on arrival.”')), 'dead on arrival')).toBeDefined();
  });

  test('inside reported speech the word is the speaker’s: `said that the “rigged” system must end`', () => {
    expect(discardedBy(analyzeWith(story('Petra Holm said that the “rigged” system must end this year.')), 'scare-quote')).toEqual([]);
  });

  test('in the object of a speech verb a few words before it the word is the speaker’s: `warned of a “brutal” fight`', () => {
    const result = analyzeWith(story('The union leader Rosa Trent warned of a “brutal” fight over the harbour budget.'));
    expect(discardedBy(result, 'scare-quote')).toEqual([]);
    expect(result.quotes.map((q) => q.text)).toEqual(['a “brutal” fight over the harbour budget']);
  });

  test('a speech verb further back, or in an earlier sentence, leaves the modifier a scare quote', () => {
    const far = 'Rosa Trent spoke at length on Tuesday about the new ferry timetable and its “green” tickets for commuters.';
    expect(discardedBy(analyzeWith(story(far)), 'scare-quote').map((d) => d.text)).toEqual(['green']);
    const before = 'Rosa Trent spoke. The ferry sells a “green” ticket to commuters.';
    expect(discardedBy(analyzeWith(story(before)), 'scare-quote').map((d) => d.text)).toEqual(['green']);
  });

  test('disabled, the modifier is left to the attribution rules', () => {
    expect(discardedBy(analyzeWith(story('The studio has released a “woke” rewrite of the film.'), without('scare-quote')), 'scare-quote')).toEqual([]);
  });
});
