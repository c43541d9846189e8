import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('according-to-quote', () => {
  test('a quotation in a clause sourced "according to X" after it is a mixed quote of X', () => {
    const q = quoteWith(analyzeWith(story('The old ferry was "never meant to last this long," according to Petra Holm.')), 'never meant');
    expect(q).toMatchObject({ kind: 'mixed', text: 'The old ferry was "never meant to last this long,"', speaker: { name: 'Petra Holm' } });
    expect(q?.rules).toContain('according-to-quote');
  });

  test('a fronted source: the clause after its comma is the mixed quote', () => {
    const q = quoteWith(analyzeWith(story('According to Petra Holm, the new timetable is "a gift to the mainland."')), 'gift');
    expect(q).toMatchObject({ kind: 'mixed', text: 'the new timetable is "a gift to the mainland."', speaker: { name: 'Petra Holm' } });
  });

  test('a quotation of several sentences with "according to X" right after its closing mark is a direct quote of X', () => {
    const q = quoteWith(analyzeWith(story('"The ferry log was found in a locker last spring. It shows the night crossings were never recorded," according to Petra Holm.')), 'locker');
    expect(q).toMatchObject({ kind: 'direct', speaker: { name: 'Petra Holm' } });
    expect(q?.rules).toContain('according-to-quote');
    // (not when the quotation ends its sentence and "according to" opens the next one)
    const next = quoteWith(analyzeWith(story('"The ferry log was found in a locker last spring. It shows the night crossings were never recorded." According to Petra Holm, the locker was empty.')), 'locker last');
    expect(next?.rules ?? []).not.toContain('according-to-quote');
  });

  test('disabled, the short quotation has no speaker and is dropped', () => {
    const r = analyzeWith(story('The old ferry was "never meant to last this long," according to Petra Holm.'), without('according-to-quote'));
    expect(quoteWith(r, 'never meant')?.rules ?? []).not.toContain('according-to-quote');
  });
});
