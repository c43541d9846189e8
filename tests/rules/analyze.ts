/**
 * Small helpers for the per-rule unit tests beside each rule file: analyze a text with some options, then find the
 * quote, speaker, discarded candidate or boilerplate line a test is about. `probe` reads the pipeline's drafts
 * (cues, mentions with their roles) through a custom rule, the same way a plugin would.
 */
import {
  createAnalyzer, defineRule, type Analysis, type AnalyzerOptions, type Analyzer, type AttributeContext, type Discarded, type Quote,
  type Speaker,
} from '../../src/index';
import type { CueDraft, MentionDraft } from '../../src/pipeline/draft';
import { speakerOfCue } from '../../src/attribute/speaker-mention';

const cache = new Map<string, Analyzer>();

/** Analyzes `text` with an analyzer built from `options` (analyzers without custom rules are built once and reused). */
export function analyzeWith(text: string, options: AnalyzerOptions = {}): Analysis {
  if (options.rules?.length) return createAnalyzer(options).analyze(text);
  const key = JSON.stringify(options);
  let analyzer = cache.get(key);
  if (!analyzer) {
    analyzer = createAnalyzer(options);
    cache.set(key, analyzer);
  }
  return analyzer.analyze(text);
}

/** Options that switch the named rules off. */
export const without = (...rules: string[]): AnalyzerOptions => ({ disable: rules });

/** The first quote whose text holds `fragment`. */
export const quoteWith = (result: Analysis, fragment: string): Quote | undefined => result.quotes.find((q) => q.text.includes(fragment));

/** The speaker with exactly this name. */
export const speakerNamed = (result: Analysis, name: string): Speaker | undefined => result.speakers.find((s) => s.name === name);

/** Candidates the named rule set aside. */
export const discardedBy = (result: Analysis, rule: string): Discarded[] => result.discarded.filter((d) => d.rule === rule);

/** The text of each boilerplate line, with the rule that marked it: "Share this article@boilerplate-line". */
export const boilerplate = (text: string, result: Analysis): string[] =>
  result.article.boilerplate.map((b) => `${text.slice(b.start, b.end)}@${b.rule}`);

/** A headline line so that the sentence under test is body prose, not the article's title. */
export const story = (...paragraphs: string[]): string => ['Ferry vote', ...paragraphs].join('\n\n');

/** Runs `read` on the attribute stage's context (after every built-in attribute rule) and returns what it returned. */
export function probe<T>(text: string, read: (ctx: AttributeContext) => T, options: AnalyzerOptions = {}): T {
  let out: { value: T } | null = null;
  const rule = defineRule({ name: 'test-probe', stage: 'attribute', apply: (ctx) => { out = { value: read(ctx) }; } });
  createAnalyzer({ ...options, rules: [...(options.rules ?? []), rule] }).analyze(text);
  if (!out) throw new Error('the probe rule did not run');
  return (out as { value: T }).value;
}

export interface MentionSeen {
  text: string;
  type: string;
  rule: string;
  role: string | null;
  roleRule: string | null;
  affiliation: string | null;
  affiliationRule: string | null;
}

/** Every mention the mentions stage found, with its role and affiliation and the rules that gave them. */
export const mentionsIn = (text: string, options: AnalyzerOptions = {}): MentionSeen[] =>
  probe(text, (ctx) => ctx.mentions.map((m) => ({
    text: m.text, type: m.type, rule: m.rule, role: m.role?.text ?? null, roleRule: m.role?.rule ?? null,
    affiliation: m.affiliation?.text ?? null, affiliationRule: m.affiliation?.rule ?? null,
  })), options);

/** Every cue the cues stage found: its text, lemma, kind and rule. */
export const cuesIn = (text: string, options: AnalyzerOptions = {}) =>
  probe(text, (ctx) => ctx.cues.map((c) => ({ text: c.text, lemma: c.lemma, kind: c.kind, rule: c.rule })), options);

/** The text of the mention `find` picks as the subject of the cue `cueText` in `sentence` (by default its speaker). */
export const subjectOf = (sentence: string, cueText: string, find: (ctx: AttributeContext, cue: CueDraft) => MentionDraft | null = speakerOfCue): string | null =>
  probe(story(sentence), (ctx) => find(ctx, ctx.cues.find((c) => c.text === cueText)!)?.text ?? null);
