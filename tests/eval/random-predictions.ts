import type { GoldRecord, PredictedQuote, PredictionRecord } from '../../src/eval/index.js';

/** A small seeded generator (mulberry32), so the random cases are the same on every run. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `copies` renamed copies of the gold articles, each with random predictions: gold spans nudged at either end, random
 * spans, parted quotes, duplicates (equal Jaccards), speakers as objects or strings, mentions anywhere, discarded bylines.
 */
export function randomPredictions(gold: readonly GoldRecord[], copies: number, seed: number): { records: GoldRecord[]; predictions: PredictionRecord[] } {
  const random = generator(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  const records: GoldRecord[] = [];
  const predictions: PredictionRecord[] = [];
  for (let c = 0; c < copies; c++) {
    for (const doc of gold) {
      const id = `${doc.id}#${c}`;
      records.push({ ...doc, id });
      if (random() < 0.1) continue;
      const n = doc.text.length;
      const words = doc.text.split(/\W+/).filter(Boolean);
      const span = () => {
        const start = int(n);
        return { start, end: Math.min(n, start + 1 + int(80)) };
      };
      const quotes: PredictedQuote[] = [];
      const count = int(7);
      for (let i = 0; i < count; i++) {
        const g = doc.quotes.length && random() < 0.6 ? pick(doc.quotes) : null;
        const base = g ? { start: Math.max(0, g.start + int(11) - 5), end: Math.min(n, Math.max(g.start + 1, g.end + int(11) - 5)) } : span();
        const parted = random() < 0.15 && base.end - base.start > 4;
        const mid = Math.floor((base.start + base.end) / 2);
        const name = g?.speakerName && random() < 0.5 ? g.speakerName : random() < 0.7 ? `${pick(words)} ${pick(words)}` : null;
        const role = g?.speakerRole && random() < 0.5 ? g.speakerRole : random() < 0.5 ? pick(words) : null;
        const q: PredictedQuote = {
          ...base,
          kind: pick(['direct', 'mixed', 'indirect'] as const),
          ...(parted ? { parts: [{ start: base.start, end: mid - 1 }, { start: mid + 1, end: base.end }] } : {}),
          mention: random() < 0.6 ? span() : null,
          speaker: name === null ? null : random() < 0.5 ? name : { name, role },
          ...(random() < 0.3 ? { role } : {}),
        };
        quotes.push(q);
        if (random() < 0.15) quotes.push({ ...q });
      }
      predictions.push({ id, quotes });
    }
  }
  return { records, predictions };
}
