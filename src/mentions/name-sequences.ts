import { isInflectedVerbForm, type Lexicon } from '../lexicon/lexicon.js';
import { groupByFirstWord } from '../lexicon/phrases.js';
import { isCapitalized, stripPossessive, type Token } from '../text/tokens.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';
import { isTitleCaseRun } from '../text/title-case.js';

const PARTICLE_APOSTROPHE = plainPattern(String.raw`^\p{Ll}{1,2}[’']\p{Lu}`, 'u');
const ONE_CAPITAL = plainPattern(String.raw`^\p{Lu}$`, 'u');

export interface NameSequence {
  /** Token indexes [first, end) into the document's tokens. */
  readonly first: number;
  readonly end: number;
}

const ROMAN = /^(?:I{1,3}|IV|V|VI{0,3}|IX|X)$/u;

/** A word that can be part of a name: capitalised (Samir, Al-Nour, McCain, O’Brien), an initial, or a roman numeral. */
function isNameWord(t: Token, lexicon: Lexicon): boolean {
  // an elided particle joined to a capitalised word: "d’Ivoire", "d'Estaing"
  if (!isCapitalized(t)) return (t.text.includes('’') || t.text.includes("'")) && plainTest(PARTICLE_APOSTROPHE, t.text);
  const bare = stripPossessive(t.text);
  return !lexicon.nonNames.has(bare);
}

/**
 * A capitalised modal that is a first name: "Will Ortega, the treasurer," or "Will Ortega said", where the word after
 * the surname is a comma or an inflected verb, which no modal question takes ("Will Ortega run?" is a modal).
 */
function isModalFirstName(tokens: readonly Token[], i: number, end: number, lexicon: Lexicon): boolean {
  const t = tokens[i]!;
  const surname = tokens[i + 1];
  const after = tokens[i + 2];
  if (!isCapitalized(t) || !lexicon.tenseAndModalAuxiliaries.has(t.lower) || !surname || i + 2 >= end || !after) return false;
  if (surname.start - t.end !== 1 || !isNameWord(surname, lexicon) || /[’']s$/u.test(surname.text)) return false;
  return after.text === ',' || (lexicon.verbForms.get(after.lower)?.some((e) => e.verb.lemma !== after.lower) ?? false);
}

/**
 * Finds runs of capitalised words in one sentence's tokens, with particles inside (Osama bin Laden, Abd al-Rahman),
 * initials (John F. Kennedy) and suffixes (Jr., VI). A possessive ends the run: "Norway’s".
 */
function nameSequences(tokens: readonly Token[], first: number, end: number, lexicon: Lexicon): NameSequence[] {
  const found: NameSequence[] = [];
  // in a headline every word is capitalised, and its verb ends the name before it: "Jon Dahl Tells Harbour Board",
  // "Jon Dahl Told Harbour Board" (a finite form: a bare one may be a noun of a name, "Ohio State", and a participle
  // may describe the noun before it, "Group Urging Voters")
  const headline = isTitleCaseRun(tokens, first, end, lexicon.functionWords);
  const endsName = (u: Token) => headline && !/ing$/u.test(u.lower) && isInflectedVerbForm(lexicon, u.lower);
  let i = first;
  while (i < end) {
    const t = tokens[i]!;
    if (!isNameWord(t, lexicon) && (headline || !isModalFirstName(tokens, i, end, lexicon))) {
      i++;
      continue;
    }
    let j = i + 1;
    let last = i;
    if (/[’']s$/u.test(t.text)) {
      found.push({ first: i, end: i + 1 });
      i++;
      continue;
    }
    while (j < end) {
      const u = tokens[j]!;
      const prev = tokens[j - 1]!;
      if (u.text === '.' && prev.end === u.start && (plainTest(ONE_CAPITAL, prev.text) || lexicon.abbreviations.has(prev.text))) {
        j++; // an initial or an abbreviated title: "John F. Kennedy", "Sen. Ted Cruz"
        continue;
      }
      if (u.start - tokens[j - 1]!.end > 1) break; // a line break or double space ends a name
      if ((isNameWord(u, lexicon) || ROMAN.test(u.text)) && !endsName(u)) {
        last = j;
        j++;
        if (/[’']s$/u.test(u.text)) break;
        continue;
      }
      // a particle counts only when a capitalised word follows it
      if (lexicon.nameParticles.has(u.text) && j + 1 < end && isNameWord(tokens[j + 1]!, lexicon)) {
        j++;
        continue;
      }
      break;
    }
    found.push({ first: i, end: last + 1 });
    i = last + 1;
  }
  return found;
}

/** Every run of capitalised words in the article's sentences, computed once per article and shared. */
export function articleNameRuns(doc: import('../pipeline/doc.js').DocView, lexicon: Lexicon): readonly NameSequence[] {
  return doc.memo('name-runs', () => doc.sentences.flatMap((s) => nameSequences(doc.tokens, s.firstToken, s.endToken, lexicon)));
}

/** A run of capitalised words, and how many of its first words are a title of several words with a lower-case link in it. */
export interface TitledNameSequence extends NameSequence {
  readonly linkedTitleWords: number;
}

/** The length of a title of the lexicon with a lower-case word in it that starts at token `at` ("Secretary of State"), or 0. */
function linkedTitleAt(tokens: readonly Token[], at: number, lexicon: Lexicon): number {
  for (const title of lexicon.once(LINKED_TITLES).get(tokens[at]!.text) ?? []) {
    if (title.every((w, k) => tokens[at + k]?.text === w && tokens[at + k]!.sentence === tokens[at]!.sentence)) return title.length;
  }
  return 0;
}

const startsUpperWord = (w: string): boolean => w[0] !== undefined && w[0] !== w[0].toLowerCase();

// the titles of several words with a lower-case word in them, by first word, longest first as in the lexicon
// (sorted out once per lexicon, not for every word of every run)
const LINKED_TITLES = (lexicon: Lexicon): ReadonlyMap<string, readonly (readonly string[])[]> =>
  groupByFirstWord(lexicon.titles.filter((title) => title.length >= 2 && title.some((w) => !startsUpperWord(w))));

/**
 * The article's runs of capitalised words, with a run joined to the next one when a title of several words links
 * them and a name follows it: "Former Secretary" + "of" + "State Jon Dahl" is one run whose first four words are
 * the title. A title with nothing after it stays as it was: "the Secretary of State said".
 */
export function titledNameRuns(doc: import('../pipeline/doc.js').DocView, lexicon: Lexicon): readonly TitledNameSequence[] {
  const runs = articleNameRuns(doc, lexicon);
  const out: TitledNameSequence[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    const next = runs[r + 1];
    let joined: TitledNameSequence | null = null;
    if (next && doc.tokens[next.first]!.sentence === doc.tokens[run.first]!.sentence) {
      for (let at = run.first; at < run.end && !joined; at++) {
        const length = linkedTitleAt(doc.tokens, at, lexicon);
        if (length > 0 && at + length > run.end && at + length < next.end) joined = { first: run.first, end: next.end, linkedTitleWords: at + length - run.first };
      }
    }
    // (a run's fields are spelt out below: a spread copy took as long as all the rest of this loop)
    if (joined) {
      out.push(joined);
      r++;
    } else out.push({ first: run.first, end: run.end, linkedTitleWords: 0 });
  }
  return out;
}
