import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const FRONTED = story('According to two officials, the shipyard will close before the summer.');

describe('according-to', () => {
  test('a fronted source reports the rest of the sentence: "According to two officials, ..."', () => {
    const q = quoteWith(analyzeWith(FRONTED), 'shipyard');
    expect(q).toMatchObject({ kind: 'indirect', text: 'the shipyard will close before the summer', speaker: { name: 'two officials' }, confidence: 0.85 });
    expect(q?.rules[0]).toBe('according-to');
  });

  test('a comma inside a quoted title does not end the source: "According to “Harbour Lights: Ferries, Crews and Storms,” by Ada Strand, ..."', () => {
    const r = analyzeWith(story('According to “Harbour Lights: Ferries, Crews and Storms,” by Ada Strand, the first ferry sailed in 1921.'));
    expect(quoteWith(r, 'first ferry')?.text).toBe('the first ferry sailed in 1921');
  });

  test('a trailing source reports the clause before it: "..., according to Ada Strand."', () => {
    const q = quoteWith(analyzeWith(story('The island is the best place to live, according to Ada Strand.')), 'island');
    expect(q).toMatchObject({ kind: 'indirect', text: 'The island is the best place to live', speaker: { name: 'Ada Strand' } });
  });

  test('a fronted source with a role starts the content after the role: "According to Ada Strand, a researcher, ..."', () => {
    const q = quoteWith(analyzeWith(story('According to Ada Strand, a researcher at the Nordic Institute, the shipyard will close soon.')), 'shipyard');
    expect(q?.text).toBe('the shipyard will close soon');
  });

  test('a document is a source too, reported without a person: "according to the timetable"', () => {
    const [q, ...rest] = analyzeWith(story('The ferry left at noon, according to the timetable.')).quotes;
    expect(rest).toEqual([]);
    expect(q).toMatchObject({ kind: 'indirect', text: 'The ferry left at noon', mention: { text: 'the timetable', type: 'nominal', rule: 'according-source' }, speaker: null });
    expect(q?.speakerReason).toMatch(/could not be resolved/u);
  });

  test('a long source with no mention of its own still reports: "According to early results of a survey by ..., ..."', () => {
    const q = quoteWith(analyzeWith(story('According to early results of a survey conducted for the island council, most ferry riders want a later sailing.')), 'riders');
    expect(q).toMatchObject({ kind: 'indirect', text: 'most ferry riders want a later sailing' });
  });

  test('a trailing source needs no comma: "The ferry leads the bus by 40 riders according to a count by the council."', () => {
    expect(quoteWith(analyzeWith(story('The ferry leads the bus by 40 riders a day according to a count by the council.')), 'riders')?.text).toBe('The ferry leads the bus by 40 riders a day');
  });

  test('disabled, "according to" reports nothing', () => {
    expect(analyzeWith(FRONTED, without('according-to')).quotes).toEqual([]);
  });

  test('with indirect: false no reported speech is returned at all', () => {
    expect(analyzeWith(FRONTED, { indirect: false }).quotes).toEqual([]);
  });
});
