import { analyzeWith, cuesIn, quoteWith, story, without } from '../../tests/rules/analyze';

describe('colon-cue', () => {
  test('a colon right before a quote is a cue recorded with this rule: `Petra Holm did not hesitate: “...”`', () => {
    const text = story('Petra Holm did not hesitate: “The ferry cannot be replaced by a bridge.”');
    expect(cuesIn(text)).toContainEqual({ text: ':', lemma: ':', kind: 'colon', rule: 'colon-cue' });
    expect(quoteWith(analyzeWith(text), 'replaced')?.cue?.rule).toBe('colon-cue');
  });

  test('a colon that introduces no quote is no cue', () => {
    expect(cuesIn(story('The agenda had one item: the ferry timetable for the winter.'))).toEqual([]);
  });

  test('a colon with words between it and the quote is no cue', () => {
    const cues = cuesIn(story('The agenda had one item: a paper on “winter crossings for every family on the island”.'));
    expect(cues.filter((c) => c.kind === 'colon')).toEqual([]);
  });

  test('disabled, a quote after a colon with no verb has no speaker', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm did not hesitate: “The ferry cannot be replaced by a bridge.”'), without('colon-cue', 'sentence-subject')), 'replaced');
    expect(q).toMatchObject({ cue: null, speaker: null });
  });
});
