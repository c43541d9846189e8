import type { GoldRecord, PredictionRecord } from './gold.js';
import { assign, compareArticle, predictionsById, type ArticleComparison } from './match.js';
import { goldHasSpeaker, isSpeechCue, normalizeName, predictedName, predictedRole, speakerCorrect } from './speaker.js';

/** The Jaccard thresholds the official scorer reports. */
export const THRESHOLDS = [0.3, 0.5, 0.8] as const;

/** Raw tallies at one threshold, named as in the official scorer's `counts`. */
export interface ScoreCounts {
  dqGold: number; dqGoldSpk: number; dqPred: number; dqPredHit: number; dqGoldHit: number;
  spkOk: number; spkN: number; e2eTp: number;
  indGold: number; indGoldHit: number; indPred: number; indPredHit: number;
  nameN: number; nameOk: number; roleN: number; roleOk: number;
}

/** The figures at one threshold, rounded to 3 decimals; `nameAcc`/`roleAcc` only when gold has resolved names/roles. */
export interface ThresholdFigures {
  quoteP: number; quoteR: number; quoteF1: number;
  speakerAcc: number;
  attributionF1: number;
  indirectR: number; indirectP: number;
  nameAcc?: number; roleAcc?: number;
  counts: ScoreCounts;
}

export type ThresholdKey = `j${number}`;

/** Same shape as `score.mjs --json`: `{docs, missingDocs, "j0.3": {...}, "j0.5": {...}, "j0.8": {...}}`. */
export type ScoreReport = { docs: number; missingDocs: number } & { [key: ThresholdKey]: ThresholdFigures };

const emptyCounts = (): ScoreCounts => ({
  dqGold: 0, dqGoldSpk: 0, dqPred: 0, dqPredHit: 0, dqGoldHit: 0, spkOk: 0, spkN: 0, e2eTp: 0,
  indGold: 0, indGoldHit: 0, indPred: 0, indPredHit: 0, nameN: 0, nameOk: 0, roleN: 0, roleOk: 0,
});

/** Adds one article's tallies at `threshold` to `a`. */
export function tallyArticle(a: ScoreCounts, c: ArticleComparison, threshold: number): void {
  const { goldToPredicted, predictedToGold } = assign(c, threshold);
  const { text, quotes } = c.gold;
  quotes.forEach((g, gi) => {
    const pi = goldToPredicted.get(gi);
    const p = pi === undefined ? undefined : c.predicted[pi];
    if (g.kind === 'direct' || g.kind === 'mixed') {
      a.dqGold++;
      const hasSpeaker = goldHasSpeaker(g);
      if (hasSpeaker) a.dqGoldSpk++;
      if (p) {
        a.dqGoldHit++;
        if (hasSpeaker) {
          a.spkN++;
          if (speakerCorrect(g, p, text)) { a.spkOk++; a.e2eTp++; }
        }
      }
    } else if (isSpeechCue(g.cueText)) {
      a.indGold++;
      if (p) a.indGoldHit++;
    }
    if (p && g.speakerName) {
      a.nameN++;
      if (normalizeName(predictedName(p)) === normalizeName(g.speakerName)) a.nameOk++;
      if (g.speakerRole) {
        a.roleN++;
        if (normalizeName(predictedRole(p)) === normalizeName(g.speakerRole)) a.roleOk++;
      }
    }
  });
  c.predicted.forEach((q, pi) => {
    if (q.kind === 'indirect') { a.indPred++; if (predictedToGold.has(pi)) a.indPredHit++; }
    else { a.dqPred++; if (predictedToGold.has(pi)) a.dqPredHit++; }
  });
}

const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);
const round3 = (x: number): number => +x.toFixed(3);
const ratio = (n: number, d: number): number => (d ? n / d : 0);

export function figuresFromCounts(a: ScoreCounts): ThresholdFigures {
  const P = ratio(a.dqPredHit, a.dqPred);
  const R = ratio(a.dqGoldHit, a.dqGold);
  const eP = ratio(a.e2eTp, a.dqPred);
  const eR = ratio(a.e2eTp, a.dqGoldSpk);
  return {
    quoteP: round3(P), quoteR: round3(R), quoteF1: round3(f1(P, R)),
    speakerAcc: round3(ratio(a.spkOk, a.spkN)),
    attributionF1: round3(f1(eP, eR)),
    indirectR: round3(ratio(a.indGoldHit, a.indGold)),
    indirectP: round3(ratio(a.indPredHit, a.indPred)),
    ...(a.nameN ? { nameAcc: round3(a.nameOk / a.nameN) } : {}),
    ...(a.roleN ? { roleAcc: round3(a.roleOk / a.roleN) } : {}),
    counts: a,
  };
}

/** Compares every gold article with its prediction (missing predictions count as empty). */
export function compareArticles(gold: readonly GoldRecord[], predictions: Iterable<PredictionRecord>): ArticleComparison[] {
  const byId = predictionsById(predictions);
  return gold.map((doc) => compareArticle(doc, byId.get(doc.id)));
}

export function scoreComparisons(comparisons: readonly ArticleComparison[], thresholds: readonly number[] = THRESHOLDS): ScoreReport {
  const report: ScoreReport = { docs: comparisons.length, missingDocs: comparisons.filter((c) => !c.hasPrediction).length };
  for (const t of thresholds) {
    const counts = emptyCounts();
    for (const c of comparisons) tallyArticle(counts, c, t);
    report[`j${t}`] = figuresFromCounts(counts);
  }
  return report;
}

/** Scores predictions against gold exactly as `../shared/tools/score.mjs --json` does. */
export function scorePredictions(gold: readonly GoldRecord[], predictions: Iterable<PredictionRecord>, thresholds: readonly number[] = THRESHOLDS): ScoreReport {
  return scoreComparisons(compareArticles(gold, predictions), thresholds);
}

/** The figures at `threshold` of a report; throws when the report was not computed at it. */
export function figuresAt(report: ScoreReport, threshold: number): ThresholdFigures {
  const figures = report[`j${threshold}`];
  if (!figures) throw new RangeError(`the report has no figures at Jaccard ${threshold}`);
  return figures;
}
