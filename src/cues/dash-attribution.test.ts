import { analyzeWith, cuesIn, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('“We will not sell the ferry to anyone, not this year and not next.” — Ada Strand');

describe('dash-attribution', () => {
  test('a dash after the closing mark attributes the quote: `“...” — Ada Strand`', () => {
    const q = quoteWith(analyzeWith(TEXT), 'sell the ferry');
    expect(q).toMatchObject({ cue: { text: '—', lemma: '—', rule: 'dash-attribution' }, speaker: { name: 'Ada Strand' } });
    expect(q?.rules).toContain('dash-attribution');
  });

  test('an en dash or a double hyphen works too', () => {
    for (const dash of ['–', '--']) {
      expect(cuesIn(story(`“We will not sell the ferry to anyone, not this year and not next.” ${dash} Ada Strand`))).toEqual([
        { text: dash, lemma: '—', kind: 'dash', rule: 'dash-attribution' },
      ]);
    }
  });

  test('a dash before a lower-case word is a parenthesis, not an attribution', () => {
    expect(cuesIn(story('“We will not sell the ferry to anyone, not this year and not next.” — and that settled it.'))).toEqual([]);
  });

  test('disabled, the quote has no speaker', () => {
    expect(quoteWith(analyzeWith(TEXT, without('dash-attribution')), 'sell the ferry')).toMatchObject({ cue: null, speaker: null });
  });
});
