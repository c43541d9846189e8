import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import type { Token } from '../text/tokens.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { plainPattern, plainTest, startsUpper } from '../text/plain-pattern.js';
import { isTitleCaseRun } from '../text/title-case.js';
const LETTERS = plainPattern(String.raw`^[\p{L}][\p{L}-]*$`, 'u');

type NounUseWords = Pick<Lexicon, 'verbForms' | 'determiners' | 'nounOnlyQuantifiers' | 'partitiveQuantifiers' | 'prepositionsBeforeNounUse'>;

/**
 * True when the "-s" form at `i` follows a quantifier ("many", "most", "two") or a preposition, and one word: `in many
 * coastal states`, `most Northern states`, `to Western states`. That word would be a plural subject, which takes no
 * "-s" verb, or the object of the preposition: the form is a plural noun. ("to" is not in prepositionsBeforeNounUse,
 * which must leave out the infinitive's "to", but a word between rules the infinitive out here.)
 */
function pluralAfterQuantifierOrPreposition(tokens: readonly Token[], i: number, lexicon: NounUseWords): boolean {
  const word = tokens[i - 1];
  const lead = tokens[i - 2];
  if (!word || !lead || lead.sentence !== tokens[i]!.sentence || !plainTest(LETTERS, word.text)) return false;
  return lexicon.partitiveQuantifiers.has(lead.lower) || lexicon.prepositionsBeforeNounUse.has(lead.lower) || lead.lower === 'to';
}

/** True when a form that is also a noun ("report", "claims", "comment") is used as one here. */
function isNounUse(tokens: readonly Token[], i: number, lexicon: NounUseWords): boolean {
  const { verbForms, determiners, nounOnlyQuantifiers } = lexicon;
  const t = tokens[i]!;
  const entry = verbForms.get(t.lower)?.find((e) => e.form.length === 1);
  if (!entry?.verb.nounLike || !(t.lower === entry.verb.lemma || t.lower === `${entry.verb.lemma}s`)) return false;
  const next = tokens[i + 1];
  if (next && next.sentence === t.sentence && verbForms.has(next.lower)) return true;
  if (t.lower === `${entry.verb.lemma}s` && pluralAfterQuantifierOrPreposition(tokens, i, lexicon)) return true;
  const prev = tokens[i - 1];
  // "The leaflet claims “...”", "the Harbor Gazette reports that": a form in -s that a quotation opens after, or that
  // follows a proper noun and opens a "that" clause, is the verb of the phrase before it (not "the states that vote")
  const opensQuote = next !== undefined && next.sentence === t.sentence && /^[“"«]$/u.test(next.text);
  const afterName = prev !== undefined && startsUpper(prev.text) && tokens[i - 2]?.sentence === t.sentence && next?.lower === 'that';
  if (t.lower !== entry.verb.lemma && (opensQuote || afterName)) return false;
  for (let k = i - 1; k >= 0 && k >= i - 3 && tokens[k]!.sentence === t.sentence; k--) {
    // `“...,” the leaflet states`: a phrase right after a quotation is the subject of the verb that follows it
    if (determiners.has(tokens[k]!.lower) || nounOnlyQuantifiers.has(tokens[k]!.lower)) return !closesQuotation(tokens, k) && !phraseAfterQuotation(tokens, k, determiners);
    if (!plainTest(LETTERS, tokens[k]!.text)) return false;
  }
  return false;
}

/** True when the words before token `k` (a determiner) go back to a phrase right after a quotation: `“...,” a voice in the leaflet`. */
function phraseAfterQuotation(tokens: readonly Token[], k: number, determiners: ReadonlySet<string>): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 4 && tokens[j]!.sentence === tokens[k]!.sentence && plainTest(LETTERS, tokens[j]!.text); j--) {
    if (determiners.has(tokens[j]!.lower)) return closesQuotation(tokens, j);
  }
  return false;
}

/** True when a closing quotation mark (and a comma) stands right before token `k` in its sentence: `“...,” the`. */
function closesQuotation(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1]?.text === ',' ? tokens[k - 2] : tokens[k - 1];
  return before !== undefined && before.sentence === tokens[k]!.sentence && /^[”"»]$/u.test(before.text);
}

/** Any form of a reporting verb from models/reporting-verbs.json outside quoted text: said, told, pointed out, noting. */
export const reportingVerb = defineRule({
  name: 'reporting-verb',
  stage: 'cues',
  description: 'Finds every inflected form of a reporting verb, multi-word forms first, outside quotations.',
  apply(ctx) {
    const inQuote = insideAny(ctx.quotes);
    const tokens = ctx.doc.tokens;
    const titleCased = new Map<number, boolean>();
    const titleCase = (sentence: number): boolean => {
      let known = titleCased.get(sentence);
      if (known === undefined) {
        const s = ctx.doc.sentences[sentence];
        titleCased.set(sentence, (known = s !== undefined && isTitleCaseRun(tokens, s.firstToken, s.endToken, ctx.lexicon.functionWords)));
      }
      return known;
    };
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const entries = ctx.lexicon.verbForms.get(t.lower);
      if (!entries || inQuote(t.start)) continue;
      const prev = tokens[i - 1];
      // "the said agreement", "a noted author", "the stated goal": a verb form after a determiner is an adjective
      if (prev && prev.sentence === t.sentence && ctx.lexicon.determiners.has(prev.lower)) continue;
      // "the secretary of state", "from state to state", "in states with": a plain form after a preposition is a noun
      // (a gerund may report: "of saying", "by noting"; a capital inside the sentence is a surname: "Al From said"; and a
      // noun of speech before "that" still reports: "amid claims that")
      if (prev && prev.sentence === t.sentence && ctx.lexicon.prepositionsBeforeNounUse.has(prev.lower) && !/ing$/u.test(t.lower) && (prev.lower === 'of' || (!(ctx.lexicon.speechNouns.has(t.lower) && tokens[i + 1]?.lower === 'that') && (prev.text === prev.lower || ctx.doc.sentences[prev.sentence]?.firstToken === i - 1)))) continue;
      // "from state to state": the second of a repeated noun after "from ... to" is a noun too
      if (prev?.lower === 'to' && tokens[i - 2]?.lower === t.lower && tokens[i - 3]?.lower === 'from' && tokens[i - 3]!.sentence === t.sentence) continue;
      // "no better than, say, a toll": a bare form set off by commas on both sides is "for instance", not a report
      const next = tokens[i + 1];
      if (prev?.text === ',' && next?.text === ',' && t.lower === entries[0]!.verb.lemma && prev.sentence === t.sentence && next.sentence === t.sentence) continue;
      // "the villagers' protests", "Norway’s claims": after a possessive it is a noun
      const owner = tokens[i - 2];
      const pluralPossessive = /^[’']$/u.test(prev?.text ?? '') && owner !== undefined && owner.end === prev!.start && /s$/u.test(owner.text);
      // (but "she’s said", "he’s told" hold a contracted auxiliary)
      const possessive = /[’']s$/u.test(prev?.text ?? '') && !ctx.lexicon.pronouns.has(prev!.lower.slice(0, -2));
      if (prev && prev.sentence === t.sentence && (pluralPossessive || possessive)) continue;
      // a capitalised word inside a sentence is part of a name: "the Harbor Post", "Harbor News Hour" (unless every word
      // is capitalised, as in a headline: "Mayor Says Ferry Will Run")
      if (prev && prev.sentence === t.sentence && startsUpper(t.text) && !/^[“"‘'«(\[—–-]$/u.test(prev.text) && !titleCase(t.sentence)) continue;
      // "the congressional report said": a noun-like form after a determiner and adjectives, or right before a verb
      if (isNounUse(tokens, i, ctx.lexicon)) continue;
      for (const { form, verb } of entries) {
        const last = tokens[i + form.length - 1];
        if (!last || last.sentence !== t.sentence) continue;
        if (!form.every((w, k) => tokens[i + k]!.lower === w)) continue;
        // "accepted that the figures were wrong" reports; "accepted the offer" does not
        if (verb.clauseOnly && tokens[i + form.length]?.lower !== 'that') continue;
        ctx.add({ start: t.start, end: last.end, text: ctx.text.slice(t.start, last.end), lemma: verb.lemma, belief: verb.belief, kind: verb.lemma === 'according to' ? 'according' : 'verb' });
        i += form.length - 1;
        break;
      }
    }
  },
});
