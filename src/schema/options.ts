import * as z from 'zod';
import { STAGES } from '../pipeline/rule.js';
import { ReportingVerbSchema } from '../lexicon/models.js';

const RuleLikeSchema = z.object({
  name: z.string().min(1),
  stage: z.enum(STAGES),
  description: z.string().optional(),
  apply: z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'apply must be a function'),
});

/** Extra words merged into the bundled lists of `models/`. */
export const ExtraWordsSchema = z.strictObject({
  /** "lemma" or {lemma, forms}: a bare lemma gets its regular forms (-s, -ed, -ing). */
  reportingVerbs: z.array(z.union([z.string().min(1), ReportingVerbSchema])).optional(),
  roleNouns: z.array(z.string().min(1)).optional(),
  titles: z.array(z.string().min(1)).optional(),
  groupNouns: z.array(z.string().min(1)).optional(),
  organizationNouns: z.array(z.string().min(1)).optional(),
  /** Regular expressions (strings) for whole lines that are boilerplate. */
  boilerplateLines: z.array(z.string().min(1)).optional(),
  nonNames: z.array(z.string().min(1)).optional(),
  places: z.array(z.string().min(1)).optional(),
});

export const AnalyzerOptionsSchema = z.strictObject({
  /** Custom rules, made with `defineRule`; each runs after the built-in rules of its stage unless `before` names one. */
  rules: z.array(RuleLikeSchema).default([]),
  /** Names of built-in or custom rules to switch off. */
  disable: z.array(z.string().min(1)).default([]),
  /** Words added to the bundled word lists. */
  words: ExtraWordsSchema.default({}),
  /** Quotes below this confidence are left out of the result (recorded in `discarded`). 0 keeps all. */
  minConfidence: z.number().min(0).max(1).default(0),
  /** Report unquoted reported speech ("X said that ...") as `indirect` quotes. */
  indirect: z.boolean().default(true),
});

export type AnalyzerOptions = z.input<typeof AnalyzerOptionsSchema>;
export type ResolvedAnalyzerOptions = z.output<typeof AnalyzerOptionsSchema>;
export type ExtraWords = z.input<typeof ExtraWordsSchema>;
