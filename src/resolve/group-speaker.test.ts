import { analyzeWith, story, without } from '../../tests/rules/analyze';

const TWICE = story('Some analysts said the ferry would survive. Some analysts said the bridge would never be built.');

describe('group-speaker', () => {
  test('a group mention is a group speaker recorded with this rule', () => {
    const { speakers, quotes } = analyzeWith(story('Some analysts said the ferry would survive.'));
    expect(speakers).toEqual([expect.objectContaining({ type: 'group', name: 'Some analysts', rules: ['group-speaker'] })]);
    expect(quotes[0]?.rules).toContain('group-speaker');
  });

  test('the same wording twice is one speaker', () => {
    const { speakers, quotes } = analyzeWith(TWICE);
    expect(speakers).toHaveLength(1);
    expect(new Set(quotes.map((q) => q.speakerId))).toEqual(new Set(['s1']));
  });

  test('different groups are different speakers', () => {
    const { speakers } = analyzeWith(story('Some analysts said the ferry would survive. Local farmers said the bridge would never be built.'));
    expect(speakers.map((s) => s.name)).toEqual(['Some analysts', 'Local farmers']);
  });

  test('disabled, a group has no speaker and the quote says why', () => {
    const { speakers, quotes } = analyzeWith(TWICE, without('group-speaker'));
    expect(speakers).toEqual([]);
    expect(quotes[0]?.speakerReason).toBe('the group mention "Some analysts" could not be resolved to a speaker');
  });
});
