import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

const TEXT = story('Her office sent a note on Friday saying the harbour “cannot take another winter without a ferry.”');
const phrases = (text: string) => mentionsIn(story(text)).filter((m) => m.rule === 'clause-opening-phrase').map((m) => `${m.text}/${m.type}`);

describe('clause-opening-phrase', () => {
  test('the phrase opening the clause of a participle speaks: "Her office sent a note saying"', () => {
    const q = quoteWith(analyzeWith(TEXT), 'another winter');
    expect(q?.mention).toMatchObject({ text: 'Her office', rule: 'clause-opening-phrase' });
  });

  test('after an introductory phrase and its comma, the clause opens there', () => {
    expect(phrases('Before the vote, the ferry crew sent a letter to the board saying it “will not sail again.”')).toEqual(['the ferry crew/nominal']);
  });

  test('no phrase without a participial cue, nor one not followed by its verb', () => {
    expect(phrases('Her office sent a note on Friday.')).toEqual([]);
    expect(phrases('In the end, a few of them left, saying the ferry “was never coming back.”')).toEqual([]);
    expect(phrases('Jon Dahl, a staunch ferry ally, admitted some errors, saying the plan “was never his.”')).toEqual([]);
  });

  test('disabled, the governed mention speaks for no one and the quote has no speaker', () => {
    const q = quoteWith(analyzeWith(TEXT, without('clause-opening-phrase')), 'another winter');
    expect(q?.speaker ?? null).toBeNull();
  });
});
