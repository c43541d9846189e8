import { defineRule } from '../rules/define.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import type { Token } from '../text/tokens.js';
import { clauseBeforeTaken, freeCues, report, reportedClause, reportingSubject, takenSpans } from './reported-site.js';
import { plainPattern, plainTest, startsUpper } from '../text/plain-pattern.js';

const DIGIT_FIRST = plainPattern(String.raw`^\p{N}`, 'u');
const LOWER_WORD = plainPattern(String.raw`^\p{Ll}[\p{Ll}’'-]*$`, 'u');
const AMOUNT = plainPattern(String.raw`^(?:\p{N}|half\b|a\s+third|a\s+quarter|one\b|two\b|three\b|than\b)`, 'u');
const WORD_FIRST = plainPattern(String.raw`^[\p{L}\p{N}-]`, 'u');

/** "said hospitals and pumping stations would be exempt": a bare noun phrase, then an auxiliary, within a few words. */
function nounThenAuxiliary(lexicon: Pick<Lexicon, 'tenseAndModalAuxiliaries'>, tokens: readonly Token[], i: number): boolean {
  for (let k = i; k < i + 6 && tokens[k] && tokens[k]!.sentence === tokens[i]!.sentence; k++) {
    if (lexicon.tenseAndModalAuxiliaries.has(tokens[k]!.lower)) return k > i;
    if (!plainTest(WORD_FIRST, tokens[k]!.text)) return false;
  }
  return false;
}

// after "say" nearly any word opens the reported clause ("said much of the harvest was lost", "said ferry fares rarely rise"),
// except those of notAfterSay: "said of the plan", "said nothing", "said so", "said goodbye"
/** The token after the words that may follow a cue before its clause: "said Thursday", "said last week", "said again". */
function afterGap(ctx: { lexicon: Pick<Lexicon, 'timePhrasesByFirstWord' | 'adverbsBetween' | 'adverbsBeforeClause' | 'relativeTimeAdverbs' | 'tenseAndModalAuxiliaries'> }, tokens: readonly Token[], i: number): number {
  const sentence = tokens[i]?.sentence;
  for (let guard = 0; guard < 6; guard++) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) break;
    const phrase = ctx.lexicon.timePhrasesByFirstWord.get(t.lower)?.find((p) => p.every((w, k) => tokens[i + k]?.lower === w && tokens[i + k]!.sentence === sentence));
    if (phrase && !ctx.lexicon.relativeTimeAdverbs.has(t.lower)) {
      i += phrase.length;
      continue;
    }
    if (ctx.lexicon.adverbsBetween.has(t.lower) && !ctx.lexicon.tenseAndModalAuxiliaries.has(t.lower) && ctx.lexicon.adverbsBeforeClause.has(t.lower)) {
      i++;
      continue;
    }
    break;
  }
  return i;
}


/** The token after the addressee of "told": a pronoun or plural ("told them"), or up to five words of a name or noun
 * phrase ("told the Harbor Post"); -1 when no clause start follows it. */
function afterAddressee(lexicon: Pick<Lexicon, 'articlesAndThirdPersonPossessives' | 'subjectPronounForms' | 'addresseeWords'>, tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (!t) return -1;
  if (lexicon.addresseeWords.has(t.lower)) return i + 1;
  if (!lexicon.articlesAndThirdPersonPossessives.has(t.lower) && !startsUpper(t.text)) return -1;
  for (let k = i + 1; k < i + 6 && tokens[k] && tokens[k]!.sentence === t.sentence; k++) {
    // the clause opens with a pronoun: "told the Harbor Post he would stay"
    if (lexicon.subjectPronounForms.has(tokens[k]!.lower)) return k;
  }
  return -1;
}

/** Reported speech without "that": `The mayor said the bridge would reopen in May.` */
export const bareClause = defineRule({
  name: 'bare-clause',
  stage: 'reported',
  description: 'Reports "SPEAKER said CLAUSE" when the clause opens with a pronoun, determiner, name or number (after "say", with almost any word).',
  apply(ctx) {
    const taken = takenSpans(ctx);
    const { tokens } = ctx.doc;
    for (const { cue, sentence: s } of freeCues(ctx)) {
      if (!ctx.lexicon.bareClauseVerbs.has(cue.lemma)) continue;
      let first = ctx.doc.tokenAt(cue.end);
      if (!tokens[first] || tokens[first]!.sentence !== tokens[first - 1]?.sentence) continue;
      if (cue.lemma === 'tell') {
        // "told reporters the ferry ...", "told the Harbor Post he ...": the addressee comes first, then the clause
        first = afterAddressee(ctx.lexicon, tokens, first);
        if (first < 0) continue;
      }
      const i = afterGap(ctx, tokens, first);
      const next = tokens[i];
      if (!next || next.sentence !== tokens[first]!.sentence) continue;
      // "about 200 lorries had passed": an approximate number opens a clause too
      const approx = ctx.lexicon.approximators.has(next.lower) && plainTest(AMOUNT, ctx.text.slice(tokens[i + 1]?.start ?? 0, (tokens[i + 1]?.start ?? 0) + 10));
      // verbs that also take a plain object ("added the sugar", "confirmed the date") need a clause with a verb
      if (ctx.lexicon.objectTakingClauseVerbs.has(cue.lemma) && !ctx.lexicon.pronouns.has(next.lower) && !nounThenAuxiliary(ctx.lexicon, tokens, i)) continue;
      // "he’d", "they’re": a pronoun with its auxiliary
      const bare = next.lower.replace(/[’'](?:d|ll|s|re|ve|m)$/u, '');
      const afterSay = cue.lemma === 'say' && plainTest(LOWER_WORD, next.text) && !ctx.lexicon.notAfterSay.has(bare);
      const opens = approx || afterSay || ctx.lexicon.clauseStarters.has(bare) || (startsUpper(next.text) && !ctx.lexicon.nonNames.has(next.text)) || plainTest(DIGIT_FIRST, next.text)
        || nounThenAuxiliary(ctx.lexicon, tokens, i);
      if (!opens || next.lower === 'that') continue;
      const subject = reportingSubject(ctx, cue);
      if (!subject || (subject.mention && subject.mention.start > cue.start)) continue;
      const { mention } = subject;
      const clause = reportedClause(ctx, next.start, s.end);
      const content = clause && clauseBeforeTaken(ctx, clause, taken);
      if (!content) continue;
      report(ctx, taken, { parts: [content], mention, cue, confidence: cue.belief ? 0.5 : 0.65 });
    }
  },
});
