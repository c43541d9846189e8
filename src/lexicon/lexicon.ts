import { CLAUSE_WORD_LISTS, modelsSchema, type ClauseWordList, type Models, type Pronoun, type ReportingVerb } from './models.js';
import { startsUpper } from '../text/plain-pattern.js';
import { groupByFirstWord } from './phrases.js';

/** The lists of `models/clause-words.json` (auxiliaries, subjectPronounForms, clauseIntroducers, ...), lower-cased. */
type ClauseWordSets = { readonly [K in ClauseWordList]: ReadonlySet<string> };

/** The word lists, indexed for lookup. Built once per analyzer and frozen. */
export interface Lexicon extends ClauseWordSets {
  readonly models: Models;
  /** Lower-cased inflected form -> verb ("said" -> say). Multi-word forms ("pointed out") are keyed by their first word. */
  readonly verbForms: ReadonlyMap<string, readonly { form: string[]; verb: ReportingVerb }[]>;
  /** Lower-cased inflected form of an evaluative verb -> its lemma ("slammed" -> slam). */
  readonly evaluativeForms: ReadonlyMap<string, string>;
  /** Lower-cased nouns of speech acts, singular and plural: "claim", "promises", "cries". */
  readonly speechNouns: ReadonlySet<string>;
  readonly pronouns: ReadonlyMap<string, Pronoun>;
  /** Lower-cased possessive determiner -> its pronoun ("his" -> he). */
  readonly possessives: ReadonlyMap<string, Pronoun>;
  readonly roleNouns: ReadonlySet<string>;
  readonly roleModifiers: ReadonlySet<string>;
  /** Titles split into words, longest first. */
  readonly titles: readonly string[][];
  /** Abbreviated title -> the role noun it stands for: "Dr" -> doctor, "Sen." -> senator. */
  readonly titleNouns: ReadonlyMap<string, string>;
  /** Every word of every title, without a final period: "Sen", "Minister", "Prime". */
  readonly titleWords: ReadonlySet<string>;
  readonly groupNouns: ReadonlySet<string>;
  readonly organizationNouns: ReadonlySet<string>;
  /** Nouns of a kind of business that, after "the", refer back to the last company named: "the company", "the carmaker". */
  readonly companyNouns: ReadonlySet<string>;
  /** Capitalised words that end a company's name, as written: "Tarn Motors", "Evers Holdings". */
  readonly companyNameWords: ReadonlySet<string>;
  readonly boilerplateLines: readonly RegExp[];
  readonly promotionPatterns: readonly RegExp[];
  readonly abbreviations: ReadonlySet<string>;
  readonly nameParticles: ReadonlySet<string>;
  readonly hyphenPrefixes: ReadonlySet<string>;
  readonly nonNames: ReadonlySet<string>;
  readonly adverbsBetween: ReadonlySet<string>;
  readonly timePhrases: readonly string[][];
  /** The time phrases grouped by first word, in list order (`groupByFirstWord`). */
  readonly timePhrasesByFirstWord: ReadonlyMap<string, readonly (readonly string[])[]>;
  readonly clauseStarters: ReadonlySet<string>;
  readonly places: ReadonlySet<string>;
  readonly functionWords: ReadonlySet<string>;
  /**
   * For each list of `models/clause-words.json`, a pattern for text that starts with one of its words, case-insensitively
   * (`^(?:in|on|...)\b`): "In the end" starts with an adverbialClauseOpeners word, "Inside" does not.
   */
  readonly startsWithWord: { readonly [K in ClauseWordList]: RegExp };
  /** For each clause-words list, a pattern for text with one of its words anywhere (`\b(?:is|are|...)\b`, case-insensitive). */
  readonly containsWord: { readonly [K in ClauseWordList]: RegExp };
  /** For each clause-words list, a pattern for text that ends with one of its words and a space (`\b(?:is|are|...)\s+$`). */
  readonly endsWithWord: { readonly [K in ClauseWordList]: RegExp };
  /**
   * For each clause-words list, its words as a regular-expression group, in the order of the model (`(?:and|but|...)`):
   * the piece a rule composes into a pattern of its own, built with `once`.
   */
  readonly anyOf: { readonly [K in ClauseWordList]: string };
  /**
   * `build(lexicon)`, computed on the first call and kept for this lexicon: a rule's patterns composed from `anyOf` are
   * built once per analyzer, when first needed, not at every call nor at start-up.
   */
  readonly once: <T>(build: (lexicon: Lexicon) => T) => T;
}

const escape = (word: string): string => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Gives `into` one property per clause-words list, each computed on first read and kept: a lexicon builds only the
 * sets and patterns its rules ask for, not every kind for every list at start-up. */
function perList<T, O extends object = object>(make: (name: ClauseWordList) => T, into: O = {} as O): Readonly<O> & { readonly [K in ClauseWordList]: T } {
  for (const name of CLAUSE_WORD_LISTS) {
    let value: T | undefined;
    Object.defineProperty(into, name, { enumerable: true, get: () => (value ??= make(name)) });
  }
  return Object.freeze(into) as Readonly<O> & { readonly [K in ClauseWordList]: T };
}

/**
 * Each clause-words list as a group of alternatives, `(?:a|b|...)`, escaped, in the order of the model; the space of a
 * phrase ("known as") matches any white space.
 */
function clauseWordGroups(models: Models): { readonly [K in ClauseWordList]: string } {
  const alternative = (entry: string) => escape(entry).replace(/ /gu, String.raw`\s+`);
  // (a list of plain words, as most are, is joined as it is: one test, not two replaces a word)
  const group = (list: readonly string[]) => (/[.*+?^${}()|[\]\\ ]/u.test(list.join('')) ? list.map(alternative) : list).join('|');
  return perList((name) => `(?:${group(models[name])})`);
}

/** One case-insensitive pattern per clause-words list: `before`, the list as an alternation, then `after`. */
function clauseWordPatterns(groups: { readonly [K in ClauseWordList]: string }, before: string, after: string): { readonly [K in ClauseWordList]: RegExp } {
  return perList((name) => new RegExp(`${before}${groups[name]}${after}`, 'iu'));
}

const words = (s: string): string[] => s.trim().split(/\s+/);

function compile(pattern: string, where: string): RegExp {
  try {
    return new RegExp(pattern, 'iu');
  } catch (error) {
    throw new Error(`invalid regular expression in ${where}: ${pattern} (${(error as Error).message})`);
  }
}

/** True when `lower` is a form of a reporting verb other than its lemma: "argues", "told", "questioned"; not "argue". */
export const isInflectedVerbForm = (lexicon: Pick<Lexicon, 'verbForms'>, lower: string): boolean => lexicon.verbForms.get(lower)?.some((e) => e.verb.lemma !== lower) ?? false;

/**
 * Indexes the word lists. `validate: false` skips the zod check, for lists already known good: the bundled models
 * (checked by a unit test) merged with extra words the options schema validated. It saves ~35 ms of every cold start.
 */
export function buildLexicon(input: unknown, { validate = true }: { validate?: boolean } = {}): Lexicon {
  const models = validate ? modelsSchema().parse(input) : (input as Models);
  const verbForms = new Map<string, { form: string[]; verb: ReportingVerb }[]>();
  for (const verb of models.reportingVerbs) {
    for (const form of verb.forms) {
      const parts = words(form.toLowerCase());
      const key = parts[0]!;
      const list = verbForms.get(key) ?? [];
      list.push({ form: parts, verb });
      // longest multi-word form first so "pointed out" wins over "pointed"
      list.sort((a, b) => b.form.length - a.form.length);
      verbForms.set(key, list);
    }
  }
  const lower = (list: string[]) => new Set(list.map((s) => s.toLowerCase()));
  const groups = clauseWordGroups(models);
  const timePhrases = models.timePhrases.map((p) => words(p.toLowerCase()));
  // what `once` built, by builder: per lexicon, so two analyzers with different words never share a pattern
  const built = new Map<(lexicon: Lexicon) => unknown, unknown>();
  const lexicon: Omit<Lexicon, ClauseWordList> = {
    models,
    verbForms,
    evaluativeForms: new Map(models.evaluativeVerbs.flatMap((v) => v.forms.map((f) => [f.toLowerCase(), v.lemma] as const))),
    speechNouns: lower(models.speechNouns),
    pronouns: new Map(models.pronouns.map((p) => [p.form.toLowerCase(), p])),
    possessives: new Map(models.pronouns.flatMap((p) => (p.possessive ? [[p.possessive.toLowerCase(), p] as const] : []))),
    roleNouns: lower(models.roleNouns),
    roleModifiers: lower(models.roleModifiers),
    titles: models.titles.map(words).sort((a, b) => b.length - a.length),
    titleNouns: new Map(Object.entries(models.titleNouns)),
    titleWords: new Set(models.titles.flatMap(words).map((w) => w.replace(/\.$/u, '')).filter((w) => startsUpper(w))),
    groupNouns: lower(models.groupNouns),
    organizationNouns: lower(models.organizationNouns),
    companyNouns: lower(models.companyNouns),
    companyNameWords: new Set(models.companyNameWords),
    boilerplateLines: models.boilerplateLines.map((p) => compile(p, 'models boilerplateLines')),
    promotionPatterns: models.promotionPatterns.map((p) => compile(p, 'models promotionPatterns')),
    abbreviations: new Set(models.abbreviations),
    nameParticles: new Set(models.nameParticles),
    hyphenPrefixes: new Set(models.hyphenPrefixes),
    nonNames: new Set(models.nonNames),
    adverbsBetween: lower(models.adverbsBetween),
    timePhrases,
    timePhrasesByFirstWord: groupByFirstWord(timePhrases),
    clauseStarters: lower(models.clauseStarters),
    places: new Set(models.places),
    functionWords: lower(models.functionWords),
    startsWithWord: clauseWordPatterns(groups, '^', String.raw`\b`),
    containsWord: clauseWordPatterns(groups, String.raw`\b`, String.raw`\b`),
    endsWithWord: clauseWordPatterns(groups, String.raw`\b`, String.raw`\s+$`),
    anyOf: groups,
    once: <T>(build: (lexicon: Lexicon) => T): T => {
      let value = built.get(build) as T | undefined;
      if (value === undefined) built.set(build, (value = build(lexicon as Lexicon)));
      return value;
    },
  };
  // the clause-words lists as sets, each built when a rule first reads it; perList freezes the whole
  return perList((name) => lower(models[name]), lexicon);
}
