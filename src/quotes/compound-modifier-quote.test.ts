import { analyzeWith, discardedBy, quoteWith, story, without } from '../../tests/rules/analyze';

describe('compound-modifier-quote', () => {
  test('a quoted word joined by a hyphen to the next word is a modifier: `“grumble”-worthy`', () => {
    const result = analyzeWith(story('Mara Quist said the ferry board had a week of “grumble”-worthy meetings about fares.'));
    expect(result.quotes.filter((q) => q.kind !== 'indirect')).toEqual([]);
    expect(discardedBy(result, 'compound-modifier-quote').map((d) => d.text)).toEqual(['grumble']);
  });

  test('so is one joined to the word before it: `anti-“elite”`', () => {
    const result = analyzeWith(story('The mayor began an anti-“elite” tour of the harbour towns on Monday.'));
    expect(discardedBy(result, 'compound-modifier-quote').map((d) => d.text)).toEqual(['elite']);
  });

  test('a dash after the quote is not a hyphen: `“rebuild the pier”—and`, `“rebuild the pier” - and`', () => {
    for (const dash of ['—', ' - ']) {
      const result = analyzeWith(story(`Mara Quist said the town would “rebuild the pier”${dash}and she said it twice.`));
      expect(discardedBy(result, 'compound-modifier-quote')).toEqual([]);
      expect(quoteWith(result, 'rebuild the pier')).toBeDefined();
    }
  });

  test('disabled, the quote is left to the other rules: here it joins a mixed quote', () => {
    const result = analyzeWith(story('Mara Quist said the ferry board had a week of “grumble”-worthy meetings.'), without('compound-modifier-quote'));
    expect(discardedBy(result, 'compound-modifier-quote')).toEqual([]);
    expect(quoteWith(result, 'grumble')).toMatchObject({ kind: 'mixed', speaker: { name: 'Mara Quist' } });
  });
});
