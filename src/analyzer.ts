import { bundledModels } from './lexicon/models.js';
import { buildLexicon, type Lexicon } from './lexicon/lexicon.js';
import { AnalyzerOptionsSchema, type AnalyzerOptions, type ExtraWords } from './schema/options.js';
import type { Analysis } from './schema/result.js';
import { InputError, OptionsError } from './errors.js';
import { STAGES, type AnyRule, type StageName } from './pipeline/rule.js';
import { runPipeline, type RulesByStage } from './pipeline/run.js';
import { buildAnalysis } from './pipeline/output.js';
import { builtinRules } from './builtin-rules.js';

/** A configured, immutable analyzer. Safe to share between calls and across async tasks. */
export interface Analyzer {
  /** Finds and attributes every quote in `text`. Throws `InputError` when `text` is not a string. */
  analyze(text: string): Analysis;
  /** The rules this analyzer runs, by stage, in order. */
  readonly rules: { readonly [S in StageName]: readonly string[] };
}

/** Regular inflections of a bare lemma: "quip" -> quips, quipped, quipping (doubling a final consonant after a short vowel). */
function inflect(lemma: string): string[] {
  const l = lemma.toLowerCase();
  if (l.includes(' ')) return [l];
  const stem = l.endsWith('e') ? l.slice(0, -1) : l;
  const doubled = /[^aeiou][aeiou][bdgkmnprt]$/.test(l) ? l + l[l.length - 1] : l;
  const third = /(s|sh|ch|x|z)$/.test(l) ? `${l}es` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ies` : `${l}s`;
  const past = l.endsWith('e') ? `${l}d` : /[^aeiou]y$/.test(l) ? `${l.slice(0, -1)}ied` : `${doubled}ed`;
  return [l, third, past, `${l.endsWith('e') && !l.endsWith('ee') ? stem : doubled}ing`];
}

function mergeWords(words: ExtraWords): unknown {
  const m = bundledModels;
  const verbs = (words.reportingVerbs ?? []).map((v) => (typeof v === 'string' ? { lemma: v.toLowerCase(), forms: inflect(v), belief: false } : v));
  return {
    ...m,
    reportingVerbs: [...m.reportingVerbs, ...verbs],
    roleNouns: [...m.roleNouns, ...(words.roleNouns ?? [])],
    titles: [...m.titles, ...(words.titles ?? [])],
    groupNouns: [...m.groupNouns, ...(words.groupNouns ?? [])],
    organizationNouns: [...m.organizationNouns, ...(words.organizationNouns ?? [])],
    boilerplateLines: [...m.boilerplateLines, ...(words.boilerplateLines ?? [])],
    nonNames: [...m.nonNames, ...(words.nonNames ?? [])],
    places: [...m.places, ...(words.places ?? [])],
  };
}

function parseOptions(options: unknown) {
  // no options (the default analyzer, built at import): the schema's defaults, without running zod
  if (options === undefined || (typeof options === 'object' && options !== null && Object.getPrototypeOf(options) === Object.prototype && Object.keys(options).length === 0)) {
    return { rules: [], disable: [], words: {}, minConfidence: 0, indirect: true } satisfies ReturnType<typeof AnalyzerOptionsSchema.parse>;
  }
  const parsed = AnalyzerOptionsSchema.safeParse(options ?? {});
  if (!parsed.success) {
    throw new OptionsError(parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
  }
  return parsed.data;
}

/**
 * Builds an analyzer. Custom rules run after the built-in rules of their stage; `disable` switches rules off by name.
 * @example const analyzer = createAnalyzer({ words: { reportingVerbs: ['quip'] } });
 */
export function createAnalyzer(options: AnalyzerOptions = {}): Analyzer {
  const opts = parseOptions(options);
  let lexicon: Lexicon;
  try {
    // the bundled lists are validated by a unit test and the extra words by the options schema
    lexicon = buildLexicon(mergeWords(opts.words), { validate: false });
  } catch (error) {
    throw new OptionsError([{ path: 'words', message: (error as Error).message }]);
  }
  const all = [...builtinRules, ...(opts.rules as AnyRule[])];
  const names = new Set<string>();
  for (const rule of all) {
    if (names.has(rule.name)) throw new OptionsError([{ path: 'rules', message: `two rules are named "${rule.name}"` }]);
    names.add(rule.name);
  }
  for (const name of opts.disable) {
    if (!names.has(name)) throw new OptionsError([{ path: 'disable', message: `no rule is named "${name}"` }]);
  }
  if (!opts.indirect) opts.disable.push(...builtinRules.filter((r) => r.stage === 'reported').map((r) => r.name));
  const active = all.filter((r) => !opts.disable.includes(r.name));
  const byStage = Object.fromEntries(STAGES.map((s) => [s, Object.freeze(active.filter((r) => r.stage === s))])) as unknown as RulesByStage;
  const ruleNames = Object.freeze(Object.fromEntries(STAGES.map((s) => [s, Object.freeze(byStage[s].map((r) => r.name))]))) as Analyzer['rules'];
  const minConfidence = opts.minConfidence;

  return Object.freeze({
    rules: ruleNames,
    analyze(text: string): Analysis {
      if (typeof text !== 'string') throw new InputError(text);
      return buildAnalysis(runPipeline(text, lexicon, byStage), minConfidence);
    },
  });
}

/** The analyzer with default options that `analyze` uses. */
export const defaultAnalyzer: Analyzer = createAnalyzer();

/**
 * Analyzes one article. Without options it uses the default analyzer; with options it builds one for this call (for
 * many articles, build it once with `createAnalyzer(options)` instead). Throws `InputError` when `text` is not a
 * string and `OptionsError` when an option is unknown or ill-typed.
 */
export function analyze(text: string, options?: AnalyzerOptions): Analysis {
  if (typeof text !== 'string') throw new InputError(text);
  return options === undefined ? defaultAnalyzer.analyze(text) : createAnalyzer(options).analyze(text);
}
