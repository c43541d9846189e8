export { analyze, createAnalyzer, defaultAnalyzer, type Analyzer } from './analyzer.js';
export { defineRule } from './rules/define.js';
export { builtinRules } from './builtin-rules.js';
export { WhosaidError, InputError, OptionsError } from './errors.js';
export * from './schema/result.js';
export { AnalyzerOptionsSchema, ExtraWordsSchema, type AnalyzerOptions, type ExtraWords } from './schema/options.js';
export { STAGES, type StageName, type Rule, type AnyRule, type StageContexts } from './pipeline/rule.js';
export type {
  SegmentContext, QuotesContext, CuesContext, MentionsContext, AttributeContext, ResolveContext, Attribution,
} from './pipeline/rule.js';
export type {
  ParagraphDraft, SentenceDraft, QuoteCandidate, CueDraft, MentionDraft, AttributionDraft, SpeakerDraft, ParagraphLabel,
} from './pipeline/draft.js';
export type { DocView } from './pipeline/doc.js';
export type { Lexicon } from './lexicon/lexicon.js';
export type { Token } from './text/tokens.js';
export { renderHtml, renderIndexHtml, renderTable, renderCsv, type HtmlReportOptions, type IndexEntry, type TableOptions } from './report/index.js';
