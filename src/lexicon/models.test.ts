import { CLAUSE_WORD_LISTS, modelsSchema, bundledModels } from './models';
import { buildLexicon } from './lexicon';

describe('models/*.json', () => {
  test('every bundled word list validates against its schema (analyzers skip this check at start-up)', () => {
    const parsed = modelsSchema().safeParse(bundledModels);
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  test('every boilerplate and promotion pattern compiles', () => {
    expect(() => buildLexicon(bundledModels)).not.toThrow();
  });

  test('clause-word lists are lower-case, without repeats, and read as sets and as start-of-text patterns', () => {
    const lexicon = buildLexicon(bundledModels);
    for (const name of CLAUSE_WORD_LISTS) {
      const list = bundledModels[name];
      expect({ name, list }).toEqual({ name, list: [...new Set(list.map((w) => w.toLowerCase()))] });
      expect(lexicon[name].size).toBe(list.length);
    }
    expect(lexicon.auxiliaries.has('wasn’t')).toBe(true);
    expect(lexicon.startsWithWord.adverbialClauseOpeners.test('In the end')).toBe(true);
    expect(lexicon.startsWithWord.adverbialClauseOpeners.test('Inside the hall')).toBe(false);
    expect(lexicon.containsWord.beAndWillForms.test('the board it WAS over')).toBe(true);
    expect(lexicon.containsWord.beAndWillForms.test('the board of Wasdale')).toBe(false);
    expect(lexicon.endsWithWord.beFormsAndTo.test('The mayor was ')).toBe(true);
    expect(lexicon.endsWithWord.beFormsAndTo.test('The mayor was told ')).toBe(false);
  });

  test('anyOf gives each clause-words list as a group to compose, and once builds a pattern once per lexicon', () => {
    const lexicon = buildLexicon(bundledModels);
    expect(lexicon.anyOf.conjunctionsWithoutComma).toBe('(?:and|but|while|whereas)');
    const build = jest.fn(({ anyOf }: typeof lexicon) => new RegExp(`^${anyOf.conjunctionsWithoutComma}\\s`, 'u'));
    expect(lexicon.once(build).test('whereas the pier')).toBe(true);
    expect(lexicon.once(build).test('wherever the pier')).toBe(false);
    expect(build).toHaveBeenCalledTimes(1);
    buildLexicon(bundledModels).once(build);
    expect(build).toHaveBeenCalledTimes(2);
    // the space of a phrase matches any white space
    expect(new RegExp(`^${lexicon.anyOf.copulasBeforeRole}$`, 'u').test('serves \n as')).toBe(true);
  });

  test('a bad list is reported with the key that is wrong', () => {
    expect(() => buildLexicon({ ...bundledModels, roleNouns: [''] })).toThrow(/roleNouns/u);
  });
});
