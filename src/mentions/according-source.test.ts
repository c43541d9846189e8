import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

describe('according-source', () => {
  test('the phrase after "according to" is a source: "according to an email from the federation"', () => {
    const found = mentionsIn(story('The strike is over, according to an email from the dockworkers federation.'));
    expect(found).toContainEqual(expect.objectContaining({ text: 'an email from the dockworkers federation', type: 'nominal', rule: 'according-source' }));
  });

  test('the source names the report\'s mention: "according to the latest count"', () => {
    const q = quoteWith(analyzeWith(story('The mayor leads by ten points, according to the latest count.')), 'mayor leads');
    expect(q?.mention).toMatchObject({ text: 'the latest count', type: 'nominal', rule: 'according-source' });
  });

  test('a name found by another rule is kept as it is: "according to Ada Strand"', () => {
    const found = mentionsIn(story('The ferry is safe, according to Ada Strand.'));
    expect(found.filter((m) => m.rule === 'according-source')).toEqual([]);
  });

  test('disabled, an unknown source gives the report no mention', () => {
    // the clause is still reported (the according-to rule no longer needs a mention), with no speaker
    expect(quoteWith(analyzeWith(story('The mayor leads by ten points, according to the latest count.'), without('according-source')), 'mayor leads')).toMatchObject({ kind: 'indirect', mention: null, speaker: null });
  });
});
