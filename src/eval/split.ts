/** Which articles of a gold file to evaluate on: all, the training part or the held-out part. */
export const SPLITS = ['all', 'train', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

/** One article in this many is held out. */
export const HELD_OUT_EVERY = 5;

/** 32-bit FNV-1a hash of the UTF-16 code units of `s`: stable across runs, platforms and engines. */
export function stableHash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** Whether the article `id` belongs to the held-out split (about 1 in 5, decided by the id alone). */
export function isHeldOut(id: string): boolean {
  return stableHash(id) % HELD_OUT_EVERY === 0;
}

export function inSplit(id: string, split: Split): boolean {
  return split === 'all' || (split === 'heldout') === isHeldOut(id);
}

/** The records of `split`, in their original order. */
export function selectSplit<T extends { id: string }>(records: readonly T[], split: Split): T[] {
  return records.filter((r) => inSplit(r.id, split));
}
