import { SpanSet } from './span-set';

describe('SpanSet', () => {
  test('finds an overlap with a neighbour and with a long span that starts far back', () => {
    const set = new SpanSet([{ start: 0, end: 1000 }]);
    for (let i = 0; i < 50; i++) set.add({ start: 100 + i * 10, end: 105 + i * 10 });
    expect(set.overlaps({ start: 106, end: 108 })).toBe(true); // inside the long span only
    expect(set.overlaps({ start: 1000, end: 1010 })).toBe(false);
    expect(set.overlaps({ start: 101, end: 103 })).toBe(true);
  });

  test('touching spans do not overlap', () => {
    const set = new SpanSet([{ start: 10, end: 20 }]);
    expect(set.overlaps({ start: 20, end: 30 })).toBe(false);
    expect(set.overlaps({ start: 0, end: 10 })).toBe(false);
    expect(set.overlaps({ start: 19, end: 21 })).toBe(true);
  });

  test('firstStartInside gives the start of the first span that begins inside a span', () => {
    const set = new SpanSet([{ start: 10, end: 20 }, { start: 40, end: 50 }]);
    expect(set.firstStartInside({ start: 0, end: 45 })).toBe(10);
    expect(set.firstStartInside({ start: 10, end: 45 })).toBe(40);
    expect(set.firstStartInside({ start: 21, end: 40 })).toBeNull();
  });
});
