import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('For Petra Holm, the point was simple: “the ferry cannot be replaced,” adding that “a bridge would take twenty years to build.”');

describe('participial-continuation', () => {
  test('", adding that “...”" goes on with the speaker of the quote before it', () => {
    const q = quoteWith(analyzeWith(TEXT), 'twenty years');
    expect(q).toMatchObject({ speaker: { name: 'Petra Holm' }, cue: { text: 'adding' }, confidence: 0.9 });
    expect(q?.rules).toContain('participial-continuation');
  });

  test('a participle with no attributed quote before it in the paragraph attributes nothing', () => {
    const text = story('For Petra Holm, the point was simple.', 'The plan was a “very expensive mistake,” adding that “a bridge would take twenty years to build.”');
    expect(quoteWith(analyzeWith(text), 'twenty years')).toMatchObject({ speaker: null, rules: ['double-quotes'] });
  });

  test('disabled, the quote after ", adding that" has no speaker', () => {
    expect(quoteWith(analyzeWith(TEXT, without('participial-continuation')), 'twenty years')).toMatchObject({ speaker: null, cue: null });
  });
});
