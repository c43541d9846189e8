import type { Analyzer } from '../analyzer.js';
import type { GoldRecord, PredictionRecord } from './gold.js';
import { toPrediction, type PredictionLine } from './predictions.js';
import { analyzeErrors, type ErrorAnalysis } from './errors.js';
import { ruleBreakdown, type RuleStats } from './rule-breakdown.js';
import { compareArticles, scoreComparisons, type ScoreReport } from './score.js';

/** An article the analyzer threw on; it is scored as if nothing was predicted. */
export interface ArticleFailure {
  id: string;
  message: string;
}

export interface PredictionRun {
  predictions: PredictionLine[];
  failures: ArticleFailure[];
  milliseconds: number;
}

/** Runs the analyzer on every gold article; `onProgress` is called after each one. An article it throws on is recorded, not fatal. */
export function predictArticles(
  records: readonly Pick<GoldRecord, 'id' | 'text'>[],
  analyzer: Pick<Analyzer, 'analyze'>,
  onProgress?: (done: number, total: number, id: string) => void,
): PredictionRun {
  const started = Date.now();
  const predictions: PredictionLine[] = [];
  const failures: ArticleFailure[] = [];
  records.forEach((r, i) => {
    try {
      predictions.push(toPrediction(r.id, analyzer.analyze(r.text)));
    } catch (error) {
      failures.push({ id: r.id, message: error instanceof Error ? error.message : String(error) });
      predictions.push({ id: r.id, quotes: [], discarded: [] });
    }
    onProgress?.(i + 1, records.length, r.id);
  });
  return { predictions, failures, milliseconds: Date.now() - started };
}

export interface EvaluationOptions {
  /** How many worst misses and false alarms to list; 0 (default) skips error analysis. */
  errors?: number;
  /** The Jaccard threshold of error analysis and the rule breakdown (default 0.5). */
  threshold?: number;
}

export interface Evaluation {
  figures: ScoreReport;
  /** Null when `errors` was 0. */
  errors: ErrorAnalysis | null;
  rules: RuleStats[];
}

/** Scores predictions against gold, with the per-rule breakdown and (if asked) the worst errors. */
export function evaluatePredictions(gold: readonly GoldRecord[], predictions: Iterable<PredictionRecord>, options: EvaluationOptions = {}): Evaluation {
  const comparisons = compareArticles(gold, predictions);
  const threshold = options.threshold ?? 0.5;
  return {
    figures: scoreComparisons(comparisons),
    errors: options.errors ? analyzeErrors(comparisons, options.errors, threshold) : null,
    rules: ruleBreakdown(comparisons, threshold),
  };
}
