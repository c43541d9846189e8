import * as z from 'zod';

/** A half-open range of UTF-16 offsets into the input: `input.slice(start, end)`. */
export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

export const TextSpanSchema = SpanSchema.extend({ text: z.string() });

export const MentionTypeSchema = z.enum(['name', 'pronoun', 'nominal', 'group', 'organization']);

export const MentionSchema = TextSpanSchema.extend({
  type: MentionTypeSchema,
  /** The rule that found this mention. */
  rule: z.string(),
});

export const CueSchema = TextSpanSchema.extend({
  /** The reporting verb's base form: "said" -> "say", "pointed out" -> "point out", "according to" -> "according to". */
  lemma: z.string(),
  rule: z.string(),
});

export const QuoteKindSchema = z.enum(['direct', 'mixed', 'indirect']);

export const ResolvedSpeakerSchema = z.object({
  name: z.string(),
  role: z.string().nullable(),
});

export const QuoteSchema = z.object({
  id: z.string(),
  kind: QuoteKindSchema,
  /**
   * Offsets of the content, quotation marks excluded; for parted quotes, from the first part's start to the last part's end.
   * A direct quote is the quoted words; a mixed quote is the whole reported clause around its quotations, from its
   * complementizer "that" when one opens it (`said that the plan was “dead”`); an indirect quote is the reported clause.
   */
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  /** `input.slice(start, end)`. */
  text: z.string(),
  /** The pieces of a quote interrupted by its attribution: `"...," she said, "..."`. Absent when the quote is one piece. */
  parts: z.array(TextSpanSchema).optional(),
  cue: CueSchema.nullable(),
  mention: MentionSchema.nullable(),
  speakerId: z.string().nullable(),
  speaker: ResolvedSpeakerSchema.nullable(),
  /** Why `speaker` is null, e.g. "no speaker mention found" or "group speaker". Null when resolved. */
  speakerReason: z.string().nullable(),
  /** To whom it was said: "explained to the Harbour Post" -> "the Harbour Post". */
  addressee: TextSpanSchema.nullable(),
  confidence: z.number().min(0).max(1),
  /** The names of every rule that contributed to this quote, in pipeline order. */
  rules: z.array(z.string()),
});

export const SpeakerTypeSchema = z.enum(['person', 'group', 'organization']);

export const SpeakerSchema = z.object({
  id: z.string(),
  type: SpeakerTypeSchema,
  /** The fullest form of the name the article gives (or the group/organization phrase). */
  name: z.string(),
  role: z.string().nullable(),
  affiliation: z.string().nullable(),
  /** Every distinct written form that refers to this speaker, names and nominals alike. */
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema),
  /** Rules that merged mentions into this speaker or gave it its role. */
  rules: z.array(z.string()),
});

export const ArticleSchema = z.object({
  title: TextSpanSchema.nullable(),
  publisher: TextSpanSchema.nullable(),
  date: TextSpanSchema.nullable(),
  country: TextSpanSchema.nullable(),
  headings: z.array(TextSpanSchema),
  paragraphs: z.array(SpanSchema),
  boilerplate: z.array(SpanSchema.extend({ rule: z.string() })),
  sentences: z.array(SpanSchema),
});

/** A candidate a rule looked at and set aside, with the reason: nothing is dropped silently. */
export const DiscardedSchema = TextSpanSchema.extend({
  what: z.enum(['quote', 'mention', 'cue']),
  rule: z.string(),
  reason: z.string(),
});

export const AnalysisSchema = z.object({
  quotes: z.array(QuoteSchema),
  speakers: z.array(SpeakerSchema),
  article: ArticleSchema,
  /** Quote candidates set aside (scare quotes, titles, boilerplate), each with the rule and reason. */
  discarded: z.array(DiscardedSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type TextSpan = z.infer<typeof TextSpanSchema>;
export type MentionType = z.infer<typeof MentionTypeSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Cue = z.infer<typeof CueSchema>;
export type QuoteKind = z.infer<typeof QuoteKindSchema>;
export type ResolvedSpeaker = z.infer<typeof ResolvedSpeakerSchema>;
export type Quote = z.infer<typeof QuoteSchema>;
export type SpeakerType = z.infer<typeof SpeakerTypeSchema>;
export type Speaker = z.infer<typeof SpeakerSchema>;
export type Article = z.infer<typeof ArticleSchema>;
export type Discarded = z.infer<typeof DiscardedSchema>;
export type Analysis = z.infer<typeof AnalysisSchema>;
