import { HELD_OUT_EVERY, inSplit, isHeldOut, selectSplit, stableHash } from '../../src/eval/index.js';

describe('held-out split', () => {
  const ids = Array.from({ length: 2000 }, (_, i) => `source/article-${i}`);

  it('hashes ids stably (FNV-1a, 32 bits)', () => {
    expect(stableHash('')).toBe(0x811c9dc5);
    expect(stableHash('a')).toBe(0xe40c292c);
    expect(stableHash('foobar')).toBe(0xbf9cf968);
  });

  it('holds out about one article in five, decided by the id alone', () => {
    const held = ids.filter(isHeldOut).length;
    expect(held / ids.length).toBeGreaterThan(1 / HELD_OUT_EVERY - 0.03);
    expect(held / ids.length).toBeLessThan(1 / HELD_OUT_EVERY + 0.03);
    expect(ids.map(isHeldOut)).toEqual(ids.map(isHeldOut));
  });

  it('splits into disjoint train and heldout parts that make up all, order kept', () => {
    const records = ids.map((id) => ({ id }));
    const train = selectSplit(records, 'train');
    const heldout = selectSplit(records, 'heldout');
    expect(train.length + heldout.length).toBe(records.length);
    expect(heldout.every((r) => isHeldOut(r.id) && !inSplit(r.id, 'train'))).toBe(true);
    expect(selectSplit(records, 'all')).toEqual(records);
    expect(train.map((r) => Number(r.id.split('-')[1]))).toEqual([...train.map((r) => Number(r.id.split('-')[1]))].sort((a, b) => a - b));
  });
});
