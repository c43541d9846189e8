import { groupByFirstWord } from './phrases';

describe('groupByFirstWord', () => {
  test('groups phrases by their first word in list order and leaves out a phrase of no words', () => {
    const grouped = groupByFirstWord([['last', 'week'], ['on', 'monday'], ['last', 'month'], []]);
    expect(grouped.get('last')).toEqual([['last', 'week'], ['last', 'month']]);
    expect(grouped.get('on')).toEqual([['on', 'monday']]);
    expect([...grouped.keys()]).toEqual(['last', 'on']);
  });
});
