import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('The harbour board met on Monday. Mayor Tomas Reyk summed up the new timetable as “a gift to the island” and thanked the crews.');

describe('as-predicate-fragment', () => {
  test('a quotation after "as" in the object of the subject’s verb is a mixed quote of the subject', () => {
    const q = quoteWith(analyzeWith(TEXT), 'a gift');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the new timetable as “a gift to the island”', speaker: { name: 'Tomas Reyk' }, cue: null });
    expect(q?.rules).toContain('as-predicate-fragment');
  });

  test('a participle of the subject’s phrase works too: "..., casting her rival as “out of touch”"', () => {
    const r = analyzeWith(story('Petra Holm opened her campaign in the fish market on Friday, casting her rival as “out of touch.”'));
    expect(quoteWith(r, 'out of touch')).toMatchObject({ kind: 'mixed', text: 'her rival as “out of touch.”', speaker: { name: 'Petra Holm' } });
  });

  test('"known as" and "such as" name things, and nobody says them', () => {
    const known = analyzeWith(story('Jon Dahl, known locally as “the Skipper,” bought the old ferry last spring.'));
    expect(known.quotes.some((q) => q.rules.includes('as-predicate-fragment'))).toBe(false);
    const such = analyzeWith(story('Petra Holm searched the archive for words such as “quay” and “toll.”'));
    expect(such.quotes.some((q) => q.rules.includes('as-predicate-fragment'))).toBe(false);
  });

  test('disabled, the short fragment is left without a speaker', () => {
    expect(quoteWith(analyzeWith(TEXT, without('as-predicate-fragment')), 'a gift')?.rules ?? []).not.toContain('as-predicate-fragment');
  });
});
