import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const ANNOUNCED = story('Petra Holm announced her candidacy for harbor master in March.');

describe('object-content', () => {
  test('"SPEAKER announced OBJECT" reports the object', () => {
    const q = quoteWith(analyzeWith(ANNOUNCED), 'candidacy');
    expect(q).toMatchObject({ kind: 'indirect', text: 'her candidacy for harbor master in March', speaker: { name: 'Petra Holm' }, confidence: 0.5 });
    expect(q?.rules[0]).toBe('object-content');
  });

  test('"pointed to OBJECT" reports what the speaker cited', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm pointed to the rising cost of diesel for the island ferries.')), 'diesel');
    expect(q).toMatchObject({ kind: 'indirect', text: 'the rising cost of diesel for the island ferries', speaker: { name: 'Petra Holm' } });
    expect(q?.cue?.lemma).toBe('point to');
  });

  test('"urged X to VERB" reports the request, to the first comma', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm urged the council to delay the vote, as she had done before.')), 'delay');
    expect(q?.text).toBe('the council to delay the vote');
  });

  test.each([
    ['a participle after its subject: "..., urging the council to wait"', 'Petra Holm spoke for an hour, urging the council to wait for the survey.', 'the council to wait for the survey'],
    ['the comma of a number does not end the object', 'Petra Holm described how 1,400 jobs at the yard would move south.', 'how 1,400 jobs at the yard would move south'],
  ])('%s', (_name, sentence, content) => {
    expect(analyzeWith(story(sentence)).quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([['indirect', content, 'Petra Holm']]);
  });

  test('a verb right after the cue is no object, nor is a progressive: "what she is proposing is", "are demanding answers"', () => {
    expect(analyzeWith(story('What the council is proposing is a second pier.')).quotes).toEqual([]);
    expect(analyzeWith(story('Islanders are demanding answers from the ferry company after the storm.')).quotes).toEqual([]);
  });

  test('a verb with no object reports nothing: "as the council announced on Monday."', () => {
    expect(analyzeWith(story('The ferry will stop running in May, as the council announced on Monday.')).quotes.some((q) => q.rules[0] === 'object-content')).toBe(false);
  });

  test('the base form of a noun-like verb is a noun: "The jobs report gives the council a lift"', () => {
    expect(analyzeWith(story('The latest jobs report gives the island council a lift.')).quotes).toEqual([]);
  });

  test('disabled, the object is not reported', () => {
    expect(analyzeWith(ANNOUNCED, without('object-content')).quotes).toEqual([]);
  });
});
