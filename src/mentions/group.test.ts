import { analyzeWith, mentionsIn, quoteWith, story, without } from '../../tests/rules/analyze';

const groups = (text: string) => mentionsIn(story(text)).filter((m) => m.rule === 'group').map((m) => m.text);

describe('group', () => {
  test('a plural noun with its quantifier is a group speaker: "some analysts said"', () => {
    const q = quoteWith(analyzeWith(story('“The ferry must stay,” some analysts said.')), 'ferry must stay');
    expect(q?.mention).toMatchObject({ text: 'some analysts', type: 'group', rule: 'group' });
    expect(q?.speaker?.name).toBe('some analysts');
  });

  test('a relative clause up to the verb belongs to the group: "Those who spoke to the Courier on the matter said"', () => {
    const q = quoteWith(analyzeWith(story('Those who spoke to the Courier on the matter said “the ferry must stay, whatever it costs.”')), 'whatever');
    expect(q?.mention?.text).toBe('Those who spoke to the Courier on the matter');
  });

  test('a group right after its verb takes no relative clause: "said one of three residents who came but would not speak by name"', () => {
    const q = quoteWith(analyzeWith(story('“It was a shambles,” said one of three residents who attended the meeting but would not speak to us by name.')), 'shambles');
    expect(q?.mention?.text).toBe('three residents');
  });

  test('"those" and a participle before a verb name the people polled: "Those surveyed say", but not "those sacked last year"', () => {
    expect(groups('Those surveyed say the ferry runs late twice a week.')).toEqual(['Those surveyed']);
    expect(groups('The mayor said those sacked last year will return to the pier.')).toEqual([]);
  });

  test('"many" names a group only as a subject before a verb: "Many fear" but not "Many of them"', () => {
    expect(groups('Many fear the ferry will go. Many of them left early.')).toEqual(['Many']);
  });

  test('a participle modifies the group only after a determiner: "the retired officers", but "She emailed supporters"', () => {
    expect(groups('The retired officers met. She emailed supporters on Monday, echoing some analysts.')).toEqual(['The retired officers', 'supporters', 'some analysts']);
  });

  test('those who argue for or against a cause are groups of speakers: "Proponents of the bill say", "her allies argue"', () => {
    expect(groups('Proponents of the harbor bill say it will pass. Her allies argue it will not.')).toEqual(['Proponents', 'allies']);
  });

  test('"others" names a group before a phrase set off by commas and the verb: "Others, angry at the delay, shouted"', () => {
    expect(groups('Others, angry at the delay, shouted at the pier. Others, too.')).toEqual(['Others']);
  });

  test('"those" as an object is no group: "He praised those who left early"', () => {
    expect(groups('He praised those who left early.')).toEqual([]);
  });

  test('groups of people and of organisations that speak: lobbyists, operatives, news outlets, campaign groups', () => {
    expect(groups('Harbour lobbyists describe the levy as a burden. Several party operatives said it would pass. Multiple outlets reported the vote. Ferry groups say the fares are high.')).toEqual(['Harbour lobbyists', 'Several party operatives', 'Multiple outlets', 'Ferry groups']);
  });

  test('disabled, "some analysts said" has no speaker and the short quote is dropped', () => {
    const result = analyzeWith(story('“The ferry must stay,” some analysts said.'), without('group'));
    expect(result.quotes).toEqual([]);
  });
});
