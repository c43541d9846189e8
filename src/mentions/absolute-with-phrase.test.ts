import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const FLYER = story('Petra Holm and her allies tied the harbour board to the mayor, with one of her flyers asking, “Can the board ever say no to him?”');

describe('absolute-with-phrase', () => {
  test('the noun phrase after "with" is the subject of the participle: `with one of her flyers asking, “...”`', () => {
    const q = quoteWith(analyzeWith(FLYER), 'ever say no');
    expect(q?.mention).toMatchObject({ text: 'one of her flyers', type: 'nominal', rule: 'absolute-with-phrase' });
  });

  test('so is one that no comma sets off: `The spot closes with a voice-over saying: “...”`', () => {
    const q = quoteWith(analyzeWith(story('The thirty-second spot closes with a voice-over saying: “Higher fares. Fewer boats. Can the island trust Jon Dahl?”')), 'Fewer boats');
    expect(q?.mention?.text).toBe('a voice-over');
  });

  test('a phrase with a verb or pronoun of its own is left alone: "with the mayor who is saying"', () => {
    const q = quoteWith(analyzeWith(story('Jon Dahl closed the meeting with a warning that he is saying, “The ferry will stop in May.”')), 'ferry will stop');
    expect(q?.mention?.rule).not.toBe('absolute-with-phrase');
  });

  test('disabled, the participle speaks for the subject of its sentence', () => {
    expect(quoteWith(analyzeWith(FLYER, without('absolute-with-phrase')), 'ever say no')?.mention?.text).toBe('Petra Holm');
  });
});
