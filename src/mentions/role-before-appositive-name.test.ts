import { analyzeWith, mentionsIn, story, without, speakerNamed } from '../../tests/rules/analyze';

const TEXT = story('The authority’s chair, Gordon Lisle, told the council that the shortfall was temporary.');

describe('role-before-appositive-name', () => {
  test('a role set before a name between commas becomes its role: "The authority’s chair, Gordon Lisle, told"', () => {
    expect(mentionsIn(TEXT)).toContainEqual(expect.objectContaining({ text: 'Gordon Lisle', role: 'authority’s chair', roleRule: 'role-before-appositive-name' }));
    expect(speakerNamed(analyzeWith(TEXT), 'Gordon Lisle')?.role).toBe('authority’s chair');
  });

  test('a phrase of the organisation may follow the role noun: "The spokesman for the Harbour Board, Ola Brandt, said"', () => {
    const text = story('The spokesman for the Harbour Board, Ola Brandt, said the quay would reopen in May.');
    expect(mentionsIn(text)).toContainEqual(expect.objectContaining({ text: 'Ola Brandt', role: 'spokesman for the Harbour Board', affiliation: 'Harbour Board' }));
    expect(analyzeWith(text).quotes[0]?.speaker).toMatchObject({ name: 'Ola Brandt', role: 'spokesman for the Harbour Board' });
  });

  test('a role after a possessive determiner: "Its deputy chair, Ola Brandt, said"', () => {
    const text = story('The rowing club opposes the plan. Its deputy chair, Ola Brandt, said the quay was too narrow.');
    expect(analyzeWith(text).quotes[0]?.speaker).toMatchObject({ name: 'Ola Brandt', role: 'deputy chair' });
  });

  test('but not a possessive phrase that names no role: "Their old boat, Ola Brandt, ..."', () => {
    expect(mentionsIn(story('Their old harbour, Port Ellis, said nothing.')).every((m) => m.role === null)).toBe(true);
  });

  test('a name not set off by commas takes no role from a nominal before it', () => {
    expect(mentionsIn(story('The chair met Gordon Lisle on Monday.')).find((m) => m.text === 'Gordon Lisle')?.role).toBeNull();
  });

  test('disabled, the name has no role', () => {
    expect(speakerNamed(analyzeWith(TEXT, without('role-before-appositive-name')), 'Gordon Lisle')?.role).toBeNull();
  });
});
