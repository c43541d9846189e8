import { analyzeWith, quoteWith, story, without } from '../../tests/rules/analyze';

const ANNOUNCED = story('Petra Holm announced her candidacy for harbor master in March.');

describe('object-content', () => {
  test('"SPEAKER announced OBJECT" reports the object', () => {
    const q = quoteWith(analyzeWith(ANNOUNCED), 'candidacy');
    expect(q).toMatchObject({ kind: 'indirect', text: 'her candidacy for harbor master in March', speaker: { name: 'Petra Holm' }, confidence: 0.5 });
    expect(q?.rules[0]).toBe('object-content');
  });

  test('"urged X to VERB" reports the request, to the first comma', () => {
    const q = quoteWith(analyzeWith(story('Petra Holm urged the council to delay the vote, as she had done before.')), 'delay');
    expect(q?.text).toBe('the council to delay the vote');
  });

  test.each([
    ['a participle after its subject: "..., urging the council to wait"', 'Petra Holm spoke for an hour, urging the council to wait for the survey.', 'the council to wait for the survey'],
    ['the comma of a number does not end the object', 'Petra Holm described how 1,400 jobs at the yard would move south.', 'how 1,400 jobs at the yard would move south'],
    ['a verb of citing: "cited the new timetable"', 'Petra Holm cited the new winter timetable of the ferry.', 'the new winter timetable of the ferry'],
    ['a verb of recalling: "recalled the storm of 1990"', 'Petra Holm recalled the night the pier was washed away.', 'the night the pier was washed away'],
  ])('%s', (_name, sentence, content) => {
    expect(analyzeWith(story(sentence)).quotes.map((q) => [q.kind, q.text, q.speaker?.name])).toEqual([['indirect', content, 'Petra Holm']]);
  });

  test('a verb right after the cue is no object, nor is a progressive: "what she is proposing is", "are demanding answers"', () => {
    expect(analyzeWith(story('What the council is proposing is a second pier.')).quotes).toEqual([]);
    expect(analyzeWith(story('Islanders are demanding answers from the ferry company after the storm.')).quotes).toEqual([]);
    // "recall", "note", "stress" are nouns as often as verbs: those forms are read as the noun
    expect(analyzeWith(story('The ferry crews feel the stress of the winter timetable.')).quotes).toEqual([]);
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
