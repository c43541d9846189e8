import { defineRule } from '../rules/define.js';
import type { QuoteCandidate } from '../pipeline/draft.js';
import type { QuotesContext } from '../pipeline/rule.js';
import { byClose, inSpeechVerbObject, insideReportedClause, quotedWords } from './reported-context.js';
import { plainExec, plainMatch, plainPattern, plainTest, startsUpper, startsUpperOrDigit } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const TITLE_PREPOSITION_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.wordsBeforeTitle}\s*$`, 'iu');
const WORDS = plainPattern(String.raw`[\p{L}][\p{L}’'-]*`, 'gu');
const POSSESSIVE_BEFORE = /[’']s\s*$/u;

const MAX_TITLE_WORDS = 6;
/** A title with a subtitle after a colon may be longer: “Harbour Lights: A Life on the Ferries”. */
const MAX_SUBTITLED_WORDS = 14;
const SUBTITLED = plainPattern(String.raw`^[^:]{1,60}[!?]?:\s+[\p{Lu}\p{N}]`, 'u');
// a verb of uttering right before the marks makes the words its object, however capitalised: chanting “Ferry Not Fees”
const UTTERED_AFTER = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.utteranceVerbForms},?\s*$`, 'iu');
// what opens a sentence of its own: the start of the paragraph, a sentence end, or a colon that introduces what follows
const SENTENCE_OPENS_BEFORE = plainPattern(String.raw`(?:^|[.!?]["”’']?\s|:)\s*$`, 'u');
// what may follow the close of a sentence: the end of the paragraph or the capital or quotation mark opening the next
const SENTENCE_CLOSED_AFTER = plainPattern(String.raw`^(?:\s*$|\s+["“‘'\p{Lu}])`, 'u');
/**
 * Whether the quotation is a sentence of its own, closed by a period inside the marks: a title never stands alone as a
 * sentence, a quoted line does (`said Ann Roe. “That Is All.”`, `carried one demand: “Fix The Ferry.”`).
 */
function wholeSentence(ctx: QuotesContext, c: QuoteCandidate, content: string, words: readonly string[]): boolean {
  if (words.length < 2 || !/\.$/u.test(content)) return false;
  const p = ctx.doc.paragraphs[ctx.doc.paragraphAt(c.open)];
  if (!p) return false;
  return plainTest(SENTENCE_OPENS_BEFORE, ctx.text.slice(Math.max(p.start, c.open - 4), c.open)) && plainTest(SENTENCE_CLOSED_AFTER, ctx.text.slice(c.close, Math.min(p.end, c.close + 4)));
}

// after the closing mark, an attribution up to the next comma or sentence end: `” Jo Li said, “`, `” she said.`
const ATTRIBUTION_AFTER = plainPattern(String.raw`^\s+([^“”"‘’'.!?\n]{1,80}?)[.,;]`, 'u');
/** Most words of an attribution before its reporting verb: `the harbour master of Saltby said`. */
const MAX_WORDS_BEFORE_VERB = 5;
/**
 * Whether the quotation opens a sentence with words handed on (a comma inside the marks) to an attribution, a reporting
 * verb among its first words: `“As Mayor,” she said, “...”`, `“Growing Fast,” she wrote in a post.`, however capitalised.
 */
function opensAttributedSentence(ctx: QuotesContext, c: QuoteCandidate, content: string): boolean {
  const p = ctx.doc.paragraphs[ctx.doc.paragraphAt(c.open)];
  if (!p || !content.endsWith(',') || !plainTest(SENTENCE_OPENS_BEFORE, ctx.text.slice(Math.max(p.start, c.open - 4), c.open))) return false;
  const m = plainExec(ATTRIBUTION_AFTER, ctx.text.slice(c.close, Math.min(p.end, c.close + 100)));
  return !!m && m[1]!.split(/\s+/u).slice(0, MAX_WORDS_BEFORE_VERB + 1).some((w) => ctx.lexicon.verbForms.get(w)?.some((e) => !e.verb.belief) === true);
}

// a verb of naming, a named object (one to three capitalised words) and maybe an article: called Holm “The Harbour Queen”
const EPITHET_AFTER = ({ anyOf }: Lexicon) =>
  plainPattern(String.raw`\b${anyOf.namingVerbForms}\s+\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,2}\s+(?:${anyOf.articles}\s+)?$`, 'u');

// a verb of naming or addressing, its object (a few words) and "as": addressed her informally as “Madam Skipper”
const EPITHET_AS_AFTER = ({ anyOf }: Lexicon) =>
  plainPattern(String.raw`\b(?:${anyOf.namingVerbForms}|${anyOf.epithetAsVerbForms})\s+(?:[^\s.;:!?“”"]+\s+){1,6}?as\s+$`, 'u');

// a short line opened by a capitalised name and a colon: a headline that reports what its speaker said
const SPEAKER_COLON_LINE = plainPattern(String.raw`^\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}:\s[^.!?]*$`, 'u');
/** Whether the quote stands in a headline opened by a speaker and a colon (`Holm: board set for ‘Harbour Fund’ row`), left to headline-speaker-colon. */
function inSpeakerHeadline(ctx: QuotesContext, c: QuoteCandidate): boolean {
  const p = ctx.doc.paragraphs[ctx.doc.paragraphAt(c.open)];
  return !!p && p.end - p.start <= 200 && plainTest(SPEAKER_COLON_LINE, ctx.text.slice(p.start, c.open));
}

/** Whether the words of the quote's line outside it are in title case too (a headline), so capitals tell nothing. */
function inTitleCaseLine(ctx: QuotesContext, c: QuoteCandidate): boolean {
  const p = ctx.doc.paragraphs[ctx.doc.paragraphAt(c.open)];
  if (!p || p.end - p.start > 300) return false;
  const outside = plainMatch(WORDS, `${ctx.text.slice(p.start, c.open)} ${ctx.text.slice(c.close, p.end)}`) ?? [];
  const major = outside.filter((w) => !ctx.lexicon.titleMinorWords.has(w.toLowerCase()));
  return major.length >= 3 && major.filter((w) => startsUpper(w)).length >= 0.8 * major.length;
}

/** A short quoted phrase in title case with no closing punctuation names a work or a nickname: “Good Morning America”. */
export const titleCaseQuote = defineRule({
  name: 'title-case-quote',
  stage: 'quotes',
  description: `Rejects quotes of at most ${MAX_TITLE_WORDS} words (${MAX_SUBTITLED_WORDS} with a subtitle after a colon) whose every major word is capitalised (speech-like endings ! ? ; : excepted, even before a comma).`,
  apply(ctx) {
    const closing = byClose(ctx.candidates);
    for (const c of ctx.candidates) {
      if (c.rejected) continue;
      const { content, words } = quotedWords(ctx.text, c, MAX_SUBTITLED_WORDS);
      // after "on", "in" or "of" a title-case phrase names a programme or a work whatever surrounds it: on “Harbor Talk Tonight.”
      const namedWork = () => plainTest(ctx.lexicon.once(TITLE_PREPOSITION_BEFORE), ctx.text.slice(Math.max(0, c.open - 10), c.open));
      // a title may close its sentence (`on ABC's “This Week.”`), but a one-word quote with a period is speech: “No.”
      // (unless a possessive or a word of naming stands right before it: `the network’s “Dockside,”`, `a show called “Tides,”`)
      // speech-ending punctuation may be followed by the comma or period of the sentence around it: “Happy Holidays!,”
      const oneWordSpeech = () => words.length < 2 && !namedWork() && !POSSESSIVE_BEFORE.test(ctx.text.slice(Math.max(0, c.open - 4), c.open));
      if (/[!?;:…][,.]?$/u.test(content) || (/[.,]$/u.test(content) && oneWordSpeech())) continue;
      // sentences inside are speech, not a title: “Like Kestrel Point. Or Saltby,”
      const limit = plainTest(SUBTITLED, content) ? MAX_SUBTITLED_WORDS : MAX_TITLE_WORDS;
      if (words.length === 0 || words.length > limit || /[.!?]\s/u.test(content)) continue;
      const major = words.filter((w, i) => i === 0 || !ctx.lexicon.titleMinorWords.has(w.toLowerCase()));
      // (the cheap test first: most quotes have a lower-case word)
      if (!major.every((w) => startsUpperOrDigit(w))) continue;
      // inside reported speech the words are the speaker's: `said that the “New York Values” line came from him`
      // (as in the object of a speech verb a few words before it: `repeated the “Harbour First” pledge`, not `wrote “The Sea Road”`)
      // an epithet given to someone named is the namer's words: `called Holm “The Harbour Queen”`
      // (so is one given "as" after a verb of naming or addressing and its object: `addressed her as “Madam Skipper”`)
      const lead = ctx.text.slice(Math.max(0, c.open - 80), c.open);
      if (wholeSentence(ctx, c, content, words) || plainTest(ctx.lexicon.once(EPITHET_AFTER), lead.slice(-60)) || plainTest(ctx.lexicon.once(EPITHET_AS_AFTER), lead)) continue;
      if (inSpeakerHeadline(ctx, c) || opensAttributedSentence(ctx, c, content)) continue;
      if (plainTest(ctx.lexicon.once(UTTERED_AFTER), ctx.text.slice(Math.max(0, c.open - 24), c.open))) continue;
      if ((namedWork() || !(insideReportedClause(ctx, c.open, closing) || inSpeechVerbObject(ctx, c.open, true))) && !inTitleCaseLine(ctx, c)) ctx.reject(c, 'a title or name in quotation marks, not speech');
    }
  },
});
