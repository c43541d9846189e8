import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

describe('informant-phrase', () => {
  test('a source described by what it knows is the speaker, not the name in its object', () => {
    const q = quoteWith(analyzeWith(story('Another source familiar with Mayor Quist’s thinking said, “She will not run again.”')), 'not run again');
    expect(q?.mention).toMatchObject({ text: 'Another source familiar with Mayor Quist’s thinking', type: 'nominal' });
    expect(q?.mention?.rule).toBe('informant-phrase');
  });

  test('with no determiner at the start of its sentence, and plural as a group', () => {
    expect(quoteWith(analyzeWith(story('Source close to the rowing club says the boathouse will cost “far too much” to mend.')), 'far too much')?.mention?.text).toBe('Source close to the rowing club');
    expect(quoteWith(analyzeWith(story('People briefed on the talks said the harbour deal was “almost done.”')), 'almost done')?.mention).toMatchObject({ text: 'People briefed on the talks', type: 'group' });
  });

  test('an object with a verb and subject of its own is no informant phrase', () => {
    const q = quoteWith(analyzeWith(story('People close to her say she now admits the ferry plan is “dead in the water.”')), 'dead in the water');
    expect(q?.mention?.text).toBe('she');
  });

  test('the object of a verb is not its subject', () => {
    const q = quoteWith(analyzeWith(story('Ada Quist told people close to her, “I am leaving the club.”')), 'leaving the club');
    expect(q?.mention?.text).toBe('Ada Quist');
  });

  test('disabled, the name in the object may be taken for the speaker', () => {
    const q = quoteWith(analyzeWith(story('Another source familiar with Mayor Quist’s thinking said, “She will not run again.”'), without('informant-phrase')), 'not run again');
    expect(q?.mention?.rule).not.toBe('informant-phrase');
  });
});
