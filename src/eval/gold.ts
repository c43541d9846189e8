import * as z from 'zod';
import { WhosaidError } from '../errors.js';

const Offset = z.number().int().nonnegative();
const OffsetSpanSchema = z.object({ start: Offset, end: Offset });

/** One annotated attribution of a gold article (PolNeAR-style record, as `../shared/datasets/README.md` describes it). */
export const GoldQuoteSchema = z
  .looseObject({
    start: Offset,
    end: Offset,
    text: z.string().optional(),
    kind: z.enum(['direct', 'mixed', 'indirect']),
    /** The speaker span as written ("he", "President Obama"). */
    speaker: z.string().nullable().optional(),
    speakerStart: Offset.nullable().optional(),
    speakerEnd: Offset.nullable().optional(),
    /** A speaker written in several pieces. */
    speakerParts: z.array(OffsetSpanSchema).optional(),
    cueStart: Offset.nullable().optional(),
    cueEnd: Offset.nullable().optional(),
    cueText: z.string().nullable().optional(),
    /** The pieces of a quote interrupted by its attribution. */
    parts: z.array(OffsetSpanSchema).optional(),
    /** The resolved full name (seed only). */
    speakerName: z.string().nullable().optional(),
    /** The role as written (seed only). */
    speakerRole: z.string().nullable().optional(),
  })
  .refine((q) => q.start <= q.end, { message: 'start is after end' })
  .refine((q) => (q.speakerStart == null) === (q.speakerEnd == null), { message: 'speakerStart and speakerEnd must both be set or both be null' });

export const GoldRecordSchema = z
  .looseObject({
    id: z.string().min(1),
    text: z.string(),
    quotes: z.array(GoldQuoteSchema),
    meta: z
      .looseObject({
        /** Bylines, captions, boilerplate: predictions inside these are ignored. */
        discardSpans: z.array(z.tuple([Offset, Offset])).optional(),
      })
      .optional(),
  })
  .superRefine((record, ctx) => {
    record.quotes.forEach((q, i) => {
      if (q.end > record.text.length) {
        ctx.addIssue({ code: 'custom', path: ['quotes', i, 'end'], message: `quote ${q.start}-${q.end} runs past the end of the text (${record.text.length})` });
      }
    });
  });

/** A predicted quote as the scorer reads it; `speaker` may also be a bare name string, as score.mjs accepts. */
export const PredictedQuoteSchema = z.looseObject({
  start: Offset,
  end: Offset,
  kind: z.enum(['direct', 'mixed', 'indirect']),
  parts: z.array(OffsetSpanSchema).optional(),
  mention: OffsetSpanSchema.nullable().optional(),
  speaker: z.union([z.string(), z.object({ name: z.string().nullable().optional(), role: z.string().nullable().optional() })]).nullable().optional(),
  /** Role, when `speaker` is a bare string. */
  role: z.string().nullable().optional(),
  rules: z.array(z.string()).optional(),
  confidence: z.number().optional(),
});

export const PredictionRecordSchema = z.looseObject({
  id: z.string().min(1),
  quotes: z.array(PredictedQuoteSchema),
  /** Quote candidates the system set aside, with the rule and reason (optional; used by error analysis only). */
  discarded: z.array(OffsetSpanSchema.extend({ rule: z.string(), reason: z.string() })).optional(),
});

export type GoldQuote = z.infer<typeof GoldQuoteSchema>;
export type GoldRecord = z.infer<typeof GoldRecordSchema>;
export type PredictedQuote = z.infer<typeof PredictedQuoteSchema>;
export type PredictionRecord = z.infer<typeof PredictionRecordSchema>;

/** A gold or prediction JSONL file that is not what the scorer expects; `line` is 1-based. */
export class EvalInputError extends WhosaidError {
  readonly source: string;
  readonly line: number;
  constructor(source: string, line: number, problem: string) {
    super('E_EVAL_INPUT', `${source}:${line}: ${problem}`);
    this.name = 'EvalInputError';
    this.source = source;
    this.line = line;
  }
}

function parseJsonl<T>(content: string, source: string, schema: z.ZodType<T>): T[] {
  const records: T[] = [];
  const lines = content.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch (error) {
      throw new EvalInputError(source, i + 1, `not valid JSON (${(error as Error).message})`);
    }
    const parsed = schema.safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path.length ? issue.path.join('.') : '(record)';
      throw new EvalInputError(source, i + 1, `${path}: ${issue.message}`);
    }
    records.push(parsed.data);
  }
  return records;
}

/** Parses a gold JSONL file's content; throws `EvalInputError` naming the first bad line. */
export function parseGoldJsonl(content: string, source = 'gold'): GoldRecord[] {
  return parseJsonl(content, source, GoldRecordSchema);
}

/** Parses a prediction JSONL file's content; throws `EvalInputError` naming the first bad line. */
export function parsePredictionsJsonl(content: string, source = 'predictions'): PredictionRecord[] {
  return parseJsonl(content, source, PredictionRecordSchema);
}
