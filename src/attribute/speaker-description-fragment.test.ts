import { analyzeWith, discardedBy, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('“We lost the vote,” said Jon Dahl, whose new book praises “rebellious” skippers of the north.');

describe('speaker-description-fragment', () => {
  test('a quoted phrase in the description of an inverted speaker is not that speaker’s quote', () => {
    const result = analyzeWith(TEXT);
    expect(quoteWith(result, 'rebellious')).toBeUndefined();
    expect(discardedBy(result, 'speaker-description-fragment').map((d) => d.text)).toEqual(['rebellious']);
    expect(quoteWith(result, 'We lost')?.speaker?.name).toBe('Jon Dahl');
  });

  test('a bracket after the name may come first: `said Rep. Jon Dahl (D-Maine), one of the first “gang of three” skippers`', () => {
    const result = analyzeWith(story('“We lost the vote,” said Rep. Jon Dahl (D-Maine), one of the first “gang of three” skippers of the north.'));
    expect(discardedBy(result, 'speaker-description-fragment').map((d) => d.text)).toEqual(['gang of three']);
  });

  test('the speaker’s next words after a bare comma stay a quote: `“...,” said Jon Dahl, “and ...”`', () => {
    const result = analyzeWith(story('“We lost the vote,” said Jon Dahl, “and the ferry goes with it.”'));
    expect(discardedBy(result, 'speaker-description-fragment')).toEqual([]);
  });

  test('a clause of its own after the description is not the description: `..., but he was shocked by the “toll” plan`', () => {
    const result = analyzeWith(story('“I like the island,” says Jon Dahl, 31, of Saltby, but he was shocked by the “toll” plan.'));
    expect(discardedBy(result, 'speaker-description-fragment')).toEqual([]);
  });

  test('disabled, the phrase is left to the other sieves', () => {
    expect(discardedBy(analyzeWith(TEXT, without('speaker-description-fragment')), 'speaker-description-fragment')).toEqual([]);
  });
});
