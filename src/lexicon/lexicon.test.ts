import { bundledModels } from './models';
import { buildLexicon, isInflectedVerbForm } from './lexicon';

describe('isInflectedVerbForm', () => {
  const lexicon = buildLexicon(bundledModels);

  test('a reporting verb in -s, -ed or an irregular past is inflected; its bare form and other words are not', () => {
    expect(['argues', 'questioned', 'told'].filter((w) => isInflectedVerbForm(lexicon, w))).toEqual(['argues', 'questioned', 'told']);
    expect(['argue', 'ferry', 'harbour'].filter((w) => isInflectedVerbForm(lexicon, w))).toEqual([]);
  });
});
