import type { GoldRecord, PredictedQuote, PredictionRecord } from './gold.js';

interface OffsetSpan {
  start: number;
  end: number;
}

/** White space, quotation marks and punctuation: characters a quote's content is compared without. */
const SKIP = /[\s"'“”‘’«»„‚.,;:!?()\-–—]/;

/** The pieces a quote is scored on: its parts when it has some, else its whole span. */
export function quoteSpans(q: { start: number; end: number; parts?: readonly OffsetSpan[] | undefined }): readonly OffsetSpan[] {
  return q.parts && q.parts.length ? q.parts : [{ start: q.start, end: q.end }];
}

/** The offsets of the characters of `spans` that are not white space, quotation marks or punctuation. */
export function contentChars(text: string, spans: readonly OffsetSpan[]): Set<number> {
  const chars = new Set<number>();
  for (const { start, end } of spans) for (let i = start; i < end; i++) if (!SKIP.test(text[i] ?? ' ')) chars.add(i);
  return chars;
}

/** |a ∩ b| / |a ∪ b|, 0 when both are empty. */
export function jaccard(a: ReadonlySet<number>, b: ReadonlySet<number>): number {
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  const union = a.size + b.size - inter;
  return union ? inter / union : 0;
}

export const overlaps = (a: OffsetSpan, b: OffsetSpan): boolean => a.start < b.end && b.start < a.end;

/** A gold quote index, a kept predicted quote index and their Jaccard. */
export interface SimilarPair {
  readonly jaccard: number;
  readonly gold: number;
  readonly predicted: number;
}

/** One article's gold quotes set against its predictions, before any threshold is applied. */
export interface ArticleComparison {
  readonly gold: GoldRecord;
  /** The predictions of this article outside its discard spans (empty when it has none). */
  readonly predicted: readonly PredictedQuote[];
  readonly hasPrediction: boolean;
  /** The candidates the system set aside, when its prediction lists them. */
  readonly discarded: NonNullable<PredictionRecord['discarded']>;
  /** Every pair with a Jaccard above 0, best first; ties keep gold-then-predicted order, as the official scorer's stable sort does. */
  readonly pairs: readonly SimilarPair[];
}

/** The one-to-one assignment at a threshold: gold index -> predicted index and back. */
export interface Assignment {
  readonly goldToPredicted: ReadonlyMap<number, number>;
  readonly predictedToGold: ReadonlyMap<number, number>;
}

/** Drops predictions lying wholly inside one of the gold article's discard spans. */
export function keptPredictions(gold: GoldRecord, prediction: PredictionRecord | undefined): PredictedQuote[] {
  const discard = (gold.meta?.discardSpans ?? []).map(([start, end]) => ({ start, end }));
  return (prediction?.quotes ?? []).filter((q) => !discard.some((d) => d.start <= q.start && q.end <= d.end));
}

export function compareArticle(gold: GoldRecord, prediction: PredictionRecord | undefined): ArticleComparison {
  const predicted = keptPredictions(gold, prediction);
  const goldSets = gold.quotes.map((g) => contentChars(gold.text, quoteSpans(g)));
  const predictedSets = predicted.map((q) => contentChars(gold.text, quoteSpans(q)));
  const pairs: SimilarPair[] = [];
  goldSets.forEach((gs, gi) =>
    predictedSets.forEach((ps, pi) => {
      const j = jaccard(gs, ps);
      if (j > 0) pairs.push({ jaccard: j, gold: gi, predicted: pi });
    }),
  );
  pairs.sort((x, y) => y.jaccard - x.jaccard);
  return { gold, predicted, hasPrediction: prediction !== undefined, discarded: prediction?.discarded ?? [], pairs };
}

/** Greedy one-to-one matching, best Jaccard first, of the pairs at or above `threshold`. */
export function assign(comparison: ArticleComparison, threshold: number): Assignment {
  const goldToPredicted = new Map<number, number>();
  const predictedToGold = new Map<number, number>();
  for (const { jaccard: j, gold, predicted } of comparison.pairs) {
    if (j < threshold) break;
    if (!goldToPredicted.has(gold) && !predictedToGold.has(predicted)) {
      goldToPredicted.set(gold, predicted);
      predictedToGold.set(predicted, gold);
    }
  }
  return { goldToPredicted, predictedToGold };
}

/** Indexes predictions by article id; a later line for the same id replaces an earlier one, as in the official scorer. */
export function predictionsById(predictions: Iterable<PredictionRecord>): Map<string, PredictionRecord> {
  const byId = new Map<string, PredictionRecord>();
  for (const p of predictions) byId.set(p.id, p);
  return byId;
}
