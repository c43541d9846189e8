import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

// the verb's subject is a phrase no mention rule reads as a speaker
const TEXT = story('Across the valley, word among the ferry crews reportedly said the new timetable was “a gift to the mainland and nobody else.”');

describe('subjectless-verb-clause', () => {
  test('a quotation in the clause of a speech verb with no readable subject is a mixed quote', () => {
    const q = quoteWith(analyzeWith(TEXT), 'gift to the mainland');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the new timetable was “a gift to the mainland and nobody else.”', cue: { text: 'said' } });
    expect(q?.rules).toContain('subjectless-verb-clause');
  });

  test('the speaker is the subject of the nearest clause, a name in apposition before a role: "The editor, Jon Dahl, interrupted me to announce"', () => {
    const q = quoteWith(analyzeWith(story('The editor, Jon Dahl, cut me off halfway through a question to announce, “And there goes the whole ferry business for good.”')), 'ferry business');
    expect(q).toMatchObject({ mention: { text: 'Jon Dahl' }, speaker: { name: 'Jon Dahl' } });
  });

  test('a verb of belief is not speech: its quotation stays unattributed', () => {
    const r = analyzeWith(story('Across the valley, word among the ferry crews apparently believed the timetable was “a gift.”'));
    expect(r.quotes.some((q) => q.rules.includes('subjectless-verb-clause'))).toBe(false);
  });

  test('disabled, the quotation stays a direct quote with no cue', () => {
    expect(quoteWith(analyzeWith(TEXT, without('subjectless-verb-clause')), 'gift to the mainland')).toMatchObject({ kind: 'direct', cue: null });
  });

  test('a quotation that closes on "!" inside its mark stays direct though words follow: `could do was shout “...!” at the stern`', () => {
    const q = quoteWith(analyzeWith(story('When the ferry sailed without them, all the stranded riders could do was shout “Come back!” at the stern.')), 'Come back');
    expect(q).toMatchObject({ kind: 'direct' });
    expect(q?.rules).toContain('subjectless-verb-clause');
  });
});
