import type { GoldQuote, PredictedQuote } from './gold.js';
import { assign, overlaps, type ArticleComparison } from './match.js';
import { contextAround, shorten } from './context.js';
import { goldHasSpeaker, predictedName, speakerCorrect } from './speaker.js';

/** What the gold annotation expected. */
export interface ExpectedQuote {
  kind: GoldQuote['kind'];
  text: string;
  /** The speaker as written, with the resolved name when gold has one; null when gold names no speaker. */
  speaker: string | null;
}

/** What the system produced for (or near) the span. */
export interface ProducedQuote {
  kind: PredictedQuote['kind'];
  text: string;
  speaker: string | null;
  /** The text of the speaker mention the system chose. */
  mention: string | null;
  /** Jaccard with the gold quote it is set against (0 for a false alarm overlapping nothing). */
  jaccard: number;
  rules: string[];
  confidence: number | null;
}

export type ErrorType = 'missed' | 'wrong-speaker' | 'false-alarm';

export interface EvalErrorCase {
  type: ErrorType;
  articleId: string;
  /** The sentence around the span, the span between ⟦ and ⟧. */
  context: string;
  expected: ExpectedQuote | null;
  /** For a miss: the best-overlapping prediction below the threshold, if any. */
  produced: ProducedQuote | null;
  /** Candidates the system set aside that overlap the span: "rule: reason". */
  discardedBy: string[];
}

export interface ErrorAnalysis {
  threshold: number;
  /** Gold direct/mixed quotes unmatched or with the wrong speaker; unmatched predictions, direct/mixed and indirect. */
  totals: { missed: number; wrongSpeaker: number; falseAlarms: number; indirectFalseAlarms: number };
  /**
   * The worst gold direct/mixed quotes missed or attributed to the wrong speaker: missed with no overlapping prediction,
   * then missed with a partial one (direct before mixed, longest first), then wrong speaker (most confident first);
   * at most 2 per article.
   */
  misses: EvalErrorCase[];
  /** The worst predictions matching no gold quote: direct/mixed first, most confident first, at most 2 per article. */
  falseAlarms: EvalErrorCase[];
}

interface Ranked {
  rank: number[];
  error: EvalErrorCase;
}

const spanText = (text: string, q: { start: number; end: number; parts?: { start: number; end: number }[] | undefined }): string =>
  shorten(q.parts?.length ? q.parts.map((p) => text.slice(p.start, p.end)).join(' … ') : text.slice(q.start, q.end));

function expectedOf(g: GoldQuote, text: string): ExpectedQuote {
  const written = g.speaker ?? (g.speakerStart != null && g.speakerEnd != null ? text.slice(g.speakerStart, g.speakerEnd) : null);
  const resolved = g.speakerName ? `${g.speakerName}${g.speakerRole ? `, ${g.speakerRole}` : ''}` : null;
  const speaker = written && resolved && written !== g.speakerName ? `${written} (${resolved})` : (resolved ?? written);
  return { kind: g.kind, text: spanText(text, g), speaker };
}

function producedOf(p: PredictedQuote, text: string, j: number): ProducedQuote {
  const role = typeof p.speaker === 'object' ? p.speaker?.role : p.role;
  const name = predictedName(p);
  return {
    kind: p.kind,
    text: spanText(text, p),
    speaker: name ? `${name}${role ? `, ${role}` : ''}` : null,
    mention: p.mention ? text.slice(p.mention.start, p.mention.end) : null,
    jaccard: +j.toFixed(3),
    rules: [...(p.rules ?? [])],
    confidence: p.confidence ?? null,
  };
}

function discardsOver(c: ArticleComparison, span: { start: number; end: number }): string[] {
  return c.discarded.filter((d) => overlaps(d, span)).map((d) => `${d.rule}: ${d.reason}`);
}

/** The best pair of gold quote `gi` (or of predicted quote `pi`), whatever its Jaccard. */
const bestPair = (c: ArticleComparison, side: 'gold' | 'predicted', index: number) => c.pairs.find((p) => p[side] === index);

function articleErrors(c: ArticleComparison, threshold: number, misses: Ranked[], falseAlarms: Ranked[]): void {
  const { goldToPredicted, predictedToGold } = assign(c, threshold);
  const { text, id } = c.gold;
  c.gold.quotes.forEach((g, gi) => {
    if (g.kind !== 'direct' && g.kind !== 'mixed') return;
    const pi = goldToPredicted.get(gi);
    const base = { articleId: id, context: contextAround(text, g.start, g.end), expected: expectedOf(g, text), discardedBy: discardsOver(c, g) };
    if (pi === undefined) {
      const near = bestPair(c, 'gold', gi);
      const produced = near ? producedOf(c.predicted[near.predicted]!, text, near.jaccard) : null;
      misses.push({ rank: [produced ? 1 : 0, g.kind === 'direct' ? 0 : 1, -(g.end - g.start)], error: { type: 'missed', ...base, produced } });
      return;
    }
    const p = c.predicted[pi]!;
    if (!goldHasSpeaker(g) || speakerCorrect(g, p, text)) return;
    const j = c.pairs.find((x) => x.gold === gi && x.predicted === pi)!.jaccard;
    misses.push({ rank: [2, -(p.confidence ?? 0), -(g.end - g.start)], error: { type: 'wrong-speaker', ...base, produced: producedOf(p, text, j) } });
  });
  c.predicted.forEach((p, pi) => {
    if (predictedToGold.has(pi)) return;
    const near = bestPair(c, 'predicted', pi);
    const g = near ? c.gold.quotes[near.gold] : undefined;
    falseAlarms.push({
      rank: [p.kind === 'indirect' ? 1 : 0, -(p.confidence ?? 0), -(p.end - p.start)],
      error: {
        type: 'false-alarm',
        articleId: id,
        context: contextAround(text, p.start, p.end),
        expected: g ? expectedOf(g, text) : null,
        produced: producedOf(p, text, near?.jaccard ?? 0),
        discardedBy: [],
      },
    });
  });
}

const byRank = (a: Ranked, b: Ranked): number => {
  for (let i = 0; i < Math.max(a.rank.length, b.rank.length); i++) {
    const d = (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
    if (d) return d;
  }
  return 0;
};

/** How many cases one article may give before the others have had their turn. */
const PER_ARTICLE = 2;

/** The first `limit` cases in rank order, at most PER_ARTICLE from one article unless too few others remain. */
function pickWorst(ranked: Ranked[], limit: number): EvalErrorCase[] {
  const sorted = [...ranked].sort(byRank);
  const perArticle = new Map<string, number>();
  const picked: Ranked[] = [];
  const skipped: Ranked[] = [];
  for (const r of sorted) {
    if (picked.length >= limit) break;
    const n = perArticle.get(r.error.articleId) ?? 0;
    if (n < PER_ARTICLE) {
      perArticle.set(r.error.articleId, n + 1);
      picked.push(r);
    } else skipped.push(r);
  }
  picked.push(...skipped.slice(0, limit - picked.length));
  return picked.sort(byRank).map((r) => r.error);
}

/** The `limit` worst misses and false alarms at `threshold` (default 0.5), with the context and the rules that decided. */
export function analyzeErrors(comparisons: readonly ArticleComparison[], limit: number, threshold = 0.5): ErrorAnalysis {
  const misses: Ranked[] = [];
  const falseAlarms: Ranked[] = [];
  for (const c of comparisons) articleErrors(c, threshold, misses, falseAlarms);
  const wrongSpeaker = misses.filter((m) => m.error.type === 'wrong-speaker').length;
  const indirectFalseAlarms = falseAlarms.filter((f) => f.error.produced?.kind === 'indirect').length;
  return {
    threshold,
    totals: { missed: misses.length - wrongSpeaker, wrongSpeaker, falseAlarms: falseAlarms.length - indirectFalseAlarms, indirectFalseAlarms },
    misses: pickWorst(misses, limit),
    falseAlarms: pickWorst(falseAlarms, limit),
  };
}
