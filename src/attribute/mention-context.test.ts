import { probe, story, subjectOf } from '../../tests/rules/analyze';
import type { MentionDraft } from '../pipeline/draft';
import { afterPreposition, mentionsBetween } from './mention-context';

describe('afterPreposition and mentionsBetween', () => {
  const mention = (start: number, end: number) => ({ start, end }) as MentionDraft;

  test('mentionsBetween returns the mentions that start in [from, to), in order', () => {
    const list = [mention(0, 4), mention(10, 14), mention(20, 24), mention(30, 34)];
    expect(mentionsBetween(list, 10, 30)).toEqual([list[1], list[2]]);
    expect(mentionsBetween(list, 35, 50)).toEqual([]);
  });

  test('a mention after "in a" or "to" is governed by a preposition', () => {
    const governed = probe(story('In a letter to Jon Dahl, Petra Holm said the ferry would stay.'), (ctx) =>
      ctx.mentions.filter((m) => m.type === 'name').map((m) => [m.text, afterPreposition(ctx, m)]));
    expect(governed).toEqual([['Jon Dahl', true], ['Petra Holm', false]]);
  });
});

describe('inPlacePhrase', () => {
  test('a name after a topic fronted by "Of" is the subject, not a place: "Of Hale, Levine, who …, said"', () => {
    expect(subjectOf('Of Rob Hale, Ada Levine, who has backed Jon Dunn, said the ferry would stay.', 'said')).toBe('Ada Levine');
    expect(subjectOf('Unlike Hale, Levine said the ferry would stay.', 'said')).toBe('Levine');
  });

  test('a state after its city is still a place: "Jane Moss, at a meeting in Dayton, Ohio, said"', () => {
    expect(subjectOf('Jane Moss, at a town meeting in Dayton, Ohio, said she would keep the ferry.', 'said')).toBe('Jane Moss');
  });
});
