import { modelsSchema, bundledModels } from './models';
import { buildLexicon } from './lexicon';

describe('models/*.json', () => {
  test('every bundled word list validates against its schema (analyzers skip this check at start-up)', () => {
    const parsed = modelsSchema().safeParse(bundledModels);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test('every boilerplate and promotion pattern compiles', () => {
    expect(() => buildLexicon(bundledModels)).not.toThrow();
  });

  test('a bad list is reported with the key that is wrong', () => {
    expect(() => buildLexicon({ ...bundledModels, roleNouns: [''] })).toThrow(/roleNouns/u);
  });
});
