import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const ASKED = story('A reporter asked Petra Holm whether the ferry would run through the winter.');

describe('question-clause', () => {
  test('"SPEAKER asked X whether CLAUSE" reports the question', () => {
    const q = quoteWith(analyzeWith(ASKED), 'winter');
    expect(q).toMatchObject({ kind: 'indirect', text: 'whether the ferry would run through the winter', mention: { text: 'A reporter' } });
    expect(q?.rules[0]).toBe('question-clause');
  });

  test('"asked X to VERB" reports the request', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm asked the harbor board to delay the vote until spring.')), 'delay');
    expect(q).toMatchObject({ text: 'to delay the vote until spring', speaker: { name: 'Petra Holm' } });
  });

  test('a fronted passive question has no asker and ends at the comma before the answer', () => {
    const q = quoteWith(analyzeWith(story('Asked whether the ferry would run in winter, Petra Holm said it would.')), 'winter');
    expect(q).toMatchObject({ text: 'whether the ferry would run in winter', mention: null });
  });

  test('"asked about X" reports what was asked about', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm smiled when asked about the new harbor tolls.')), 'tolls');
    expect(q).toMatchObject({ text: 'the new harbor tolls', mention: null });
  });

  test('an infinitive reports no question: "to ask for money"', () => {
    expect(analyzeWith(story('Petra Holm never called a sponsor to ask for funds.')).quotes).toEqual([]);
  });

  test('a question inside reported speech stays part of it', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm said she had asked the board for the figures three times.')), 'figures');
    expect(q).toMatchObject({ text: 'she had asked the board for the figures three times' });
    expect(q?.rules[0]).toBe('bare-clause');
  });

  test('disabled, the question is not reported', () => {
    expect(analyzeWith(ASKED, without('question-clause')).quotes).toEqual([]);
  });
  test('"asked not to be named" reports no question', () => {
    const { quotes } = analyzeWith(story('A harbour official, who asked not to be named because the talks were private, said the quay would reopen.'));
    expect(quotes.map((q) => q.text)).toEqual(['the quay would reopen']);
  });
});
