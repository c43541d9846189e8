export {
  GoldQuoteSchema, GoldRecordSchema, PredictedQuoteSchema, PredictionRecordSchema, EvalInputError, parseGoldJsonl, parsePredictionsJsonl,
  type GoldQuote, type GoldRecord, type PredictedQuote, type PredictionRecord,
} from './gold.js';
export { toPrediction, predictionsToJsonl, type PredictionLine, type PredictionQuote, type PredictionDiscard } from './predictions.js';
export {
  THRESHOLDS, scorePredictions, scoreComparisons, compareArticles, figuresAt,
  type ScoreReport, type ThresholdFigures, type ScoreCounts,
} from './score.js';
export { contentChars, jaccard, compareArticle, assign, type ArticleComparison, type Assignment } from './match.js';
export { isSpeechCue, speakerCorrect, normalizeName, SPEECH_STEMS } from './speaker.js';
export { analyzeErrors, type ErrorAnalysis, type EvalErrorCase, type ExpectedQuote, type ProducedQuote, type ErrorType } from './errors.js';
export { ruleBreakdown, type RuleStats } from './rule-breakdown.js';
export { isHeldOut, inSplit, selectSplit, stableHash, SPLITS, HELD_OUT_EVERY, type Split } from './split.js';
export { predictArticles, evaluatePredictions, type Evaluation, type EvaluationOptions, type PredictionRun, type ArticleFailure } from './evaluate.js';
export { formatFigures, formatRules, formatErrors } from './format.js';
