import { analyzeWith, discardedBy, quoteWith, story, without } from '../../tests/rules/analyze';

const NICKNAME = story('The boat is known on the island as “the old grey lady” these days.');

describe('unattributed-fragment', () => {
  test('a short quoted phrase with no speaker is a scare quote or nickname, set aside by this rule', () => {
    const result = analyzeWith(NICKNAME);
    expect(result.quotes).toEqual([]);
    expect(discardedBy(result, 'unattributed-fragment')).toEqual([
      expect.objectContaining({ text: 'the old grey lady', what: 'quote', reason: 'short quote with no speaker: a scare quote, title or nickname' }),
    ]);
  });

  test('a longer quote with no speaker is kept, with the reason it has none', () => {
    const q = quoteWith(analyzeWith(story('The schedule was pinned to the wall. “We expected to lose by a wide margin, and we were ready for it.”')), 'wide margin');
    expect(q).toMatchObject({ speaker: null, speakerReason: 'no cue or speaker mention was found' });
  });

  test('a short quote that has a speaker is kept: `“No.” That was all Tomas Reyk said.`', () => {
    expect(quoteWith(analyzeWith(story('“No.” That was all Tomas Reyk said.')), 'No.')?.speaker?.name).toBe('Tomas Reyk');
  });

  test('disabled, the nickname is kept as an unattributed quote', () => {
    const result = analyzeWith(NICKNAME, without('unattributed-fragment'));
    expect(quoteWith(result, 'old grey lady')?.speaker).toBeNull();
  });
});
