import { analyzeWith, quoteWith, story } from '../../tests/rules/analyze';

describe('cue-object-fragment', () => {
  test('a short quotation in the clause of a verb of prediction is a mixed quote of its subject', () => {
    const r = analyzeWith(story('The regatta opens on Saturday. Coach Ilse Marten is predicting her crew will finish “well ahead” of the rest this year.'));
    const q = quoteWith(r, 'well ahead');
    expect(q).toMatchObject({ kind: 'mixed', text: 'her crew will finish “well ahead” of the rest this year', speaker: { name: 'Ilse Marten' } });
    expect(q?.rules).toContain('cue-object-fragment');
  });

  test('a passive verb of belief names no believer: the quote is mixed with no speaker', () => {
    const r = analyzeWith(story('The ferry timetable changes next week. Crossings are expected to run “as usual” through the holiday weekend.'));
    const q = quoteWith(r, 'as usual');
    expect(q).toMatchObject({ kind: 'mixed', speaker: null });
    expect(q?.rules).toContain('cue-object-fragment');
  });

  test('a new clause between the verb and the quotation breaks the link', () => {
    const r = analyzeWith(story('Coach Ilse Marten predicted a close race. The boats then passed the “green buoy” near the pier.'));
    expect(r.quotes.some((q) => q.rules.includes('cue-object-fragment'))).toBe(false);
  });
});
