import { analyzeWith, mentionsIn, story, without, speakerNamed } from '../../tests/rules/analyze';

const TEXT = story('The authority’s chair, Gordon Lisle, told the council that the shortfall was temporary.');

describe('role-before-appositive-name', () => {
  test('a role set before a name between commas becomes its role: "The authority’s chair, Gordon Lisle, told"', () => {
    expect(mentionsIn(TEXT)).toContainEqual(expect.objectContaining({ text: 'Gordon Lisle', role: 'authority’s chair', roleRule: 'role-before-appositive-name' }));
    expect(speakerNamed(analyzeWith(TEXT), 'Gordon Lisle')?.role).toBe('authority’s chair');
  });

  test('a name not set off by commas takes no role from a nominal before it', () => {
    expect(mentionsIn(story('The chair met Gordon Lisle on Monday.')).find((m) => m.text === 'Gordon Lisle')?.role).toBeNull();
  });

  test('disabled, the name has no role', () => {
    expect(speakerNamed(analyzeWith(TEXT, without('role-before-appositive-name')), 'Gordon Lisle')?.role).toBeNull();
  });
});
