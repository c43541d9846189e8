import type { Analysis, QuoteKind } from '../schema/result.js';

/** A predicted quote as a line of a prediction file for the scorer (type aliases, so they fit the loose zod record types). */
export type PredictionQuote = {
  start: number;
  end: number;
  kind: QuoteKind;
  parts?: { start: number; end: number }[];
  mention: { start: number; end: number } | null;
  speaker: { name: string; role: string | null } | null;
  rules: string[];
  confidence: number;
};

/** A quote candidate the analyzer set aside, kept so error analysis can say which rule dropped a missed quote. */
export type PredictionDiscard = {
  start: number;
  end: number;
  rule: string;
  reason: string;
};

/** One line of a prediction file: `{id, quotes, discarded}` (the official scorer ignores `discarded`). */
export type PredictionLine = {
  id: string;
  quotes: PredictionQuote[];
  discarded: PredictionDiscard[];
};

/** Turns an analysis of the article `id` into the line the scorer reads. */
export function toPrediction(id: string, analysis: Analysis): PredictionLine {
  return {
    id,
    quotes: analysis.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      kind: q.kind,
      ...(q.parts && q.parts.length > 1 ? { parts: q.parts.map((p) => ({ start: p.start, end: p.end })) } : {}),
      mention: q.mention ? { start: q.mention.start, end: q.mention.end } : null,
      speaker: q.speaker ? { name: q.speaker.name, role: q.speaker.role } : null,
      rules: [...q.rules],
      confidence: q.confidence,
    })),
    discarded: analysis.discarded
      .filter((d) => d.what === 'quote')
      .map((d) => ({ start: d.start, end: d.end, rule: d.rule, reason: d.reason })),
  };
}

/** Prediction lines as JSONL text (one line per article, trailing newline). */
export function predictionsToJsonl(lines: readonly { id: string }[]): string {
  return lines.map((l) => JSON.stringify(l)).join('\n') + (lines.length ? '\n' : '');
}
