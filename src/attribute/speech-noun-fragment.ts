import { defineRule } from '../rules/define.js';
import type { MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { anchorEnd } from './filler-gap.js';
import { mentionsBetween } from './mention-context.js';
import { clauseSubject } from './clause-subject.js';
import { attributeObjectQuote } from './object-quote.js';
import { openOf, pending, sentenceSpan } from './quote-site.js';
import { letterRuns, plainPattern, plainTest } from '../text/plain-pattern.js';

/** How far before the quotation the noun may stand (its clause or object comes between). */
const REACH = 100;
// between the noun and the quotation: its clause or object, not a new clause or sentence
// ("that" opens the noun's own clause: "her claim that")
const CLAUSE_BREAK = ({ anyOf }: Lexicon) => plainPattern(String.raw`[.;:!?()]|[—–]|\s--?\s|\b(?!that\b)${anyOf.fragmentBreakWords}\b|\band\s+(?:${anyOf.personalSubjectPronouns}|then|also|\p{Ll}+ed)\b`, 'iu');
// between a possessor and its noun: a few modifiers ("Jane Doe’s recent, much-quoted claim")
const MODIFIERS = plainPattern(String.raw`^,?\s*(?:[\p{L}-]+,?\s+){0,3}$`, 'u');
const BY_AFTER = /^\s+by\s+$/u;
// an indefinite article and a few modifiers before the noun: the clause subject's own act ("issued a stern warning")
const ARTICLE_BEFORE = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.indefiniteArticles}\s+(?:[\p{L}-]+\s+){0,2}$`, 'iu');
/** How far the quotation may stand after a noun whose maker is its clause's subject. */
const NEAR = 60;
// "the slogan is “...”": after a copula the quotation is the whole content
const COPULA = ({ anyOf }: Lexicon) => new RegExp(String.raw`^\s+${anyOf.finiteBeForms}\s+$`, 'u');

/** The nearest speech noun before `open` in its sentence whose clause or object runs on to the quotation, if any. */
function speechNounBefore(ctx: AttributeContext, sentenceStart: number, open: number): { start: number; end: number } | null {
  const from = Math.max(sentenceStart, open - REACH);
  const lead = ctx.text.slice(from, open);
  let noun: { start: number; end: number } | null = null;
  for (const m of letterRuns(lead)) {
    if (ctx.lexicon.speechNouns.has(m[0].toLowerCase())) noun = { start: from + m.index, end: from + m.index + m[0].length };
  }
  return noun && !plainTest(ctx.lexicon.once(CLAUSE_BREAK), ctx.text.slice(noun.end, open)) ? noun : null;
}

/**
 * Who made the statement the noun names: a possessive before it (`Jane Doe’s claim`), else `by` a mention after it,
 * else, for a noun after "a"/"an" close before the quotation with no comma between, the subject of its clause (`The
 * union issued a warning that fares would “soar”`, `She ended with a plea to the crews to “hold fast”`).
 */
function maker(ctx: AttributeContext, noun: { start: number; end: number }, open: number): MentionDraft | null {
  const before = mentionsBetween(ctx.mentions, Math.max(0, noun.start - 80), noun.start).pop();
  if (before) {
    const end = anchorEnd(ctx, before, noun.start);
    const modifiers = ctx.text.slice(end, noun.start);
    // modifiers only: no article or other function word, which would open another phrase ("X’s aide denied the claim")
    const bare = !modifiers.split(/[\s,]+/u).some((w) => ctx.lexicon.functionWords.has(w.toLowerCase()));
    // "Jane Doe’s claim", or a possessive pronoun ("his claim", possessive-maker's mention)
    const possessive = (end > before.end && /[’']s?$/u.test(ctx.text.slice(before.end, end))) || (before.type === 'pronoun' && ctx.lexicon.possessivePronounsOfSpeakers.has(before.text.toLowerCase()));
    if (possessive && plainTest(MODIFIERS, modifiers) && bare) return before;
  }
  const after = mentionsBetween(ctx.mentions, noun.end, open)[0];
  if (after && BY_AFTER.test(ctx.text.slice(noun.end, after.start).replace(/\b[\p{Ll}-]+\s+(?=\p{Lu})/gu, ' '))) return after;
  const near = open - noun.end <= NEAR && !/,./su.test(ctx.text.slice(noun.end, open).trimEnd());
  return near && plainTest(ctx.lexicon.once(ARTICLE_BEFORE), ctx.text.slice(Math.max(0, noun.start - 40), noun.start)) ? clauseSubject(ctx, noun.start) : null;
}

/**
 * A quotation in the clause or object of a speech-act noun quotes the one who made that statement:
 * `The mayor’s claim that the ferry was “doomed” angered the crews.`, `his call for “a fresh start”`, `a pledge by
 * Jane Doe to “fix the quay”`. Nouns from models/speech-nouns.json; the maker is named by a possessive before the noun
 * or by "by" after it, or, for a noun after "a"/"an" in a clause's object, by the clause's subject (`The union issued a
 * warning that fares would “soar”`); with none the quote is left to later sieves.
 */
export const speechNounFragment = defineRule({
  name: 'speech-noun-fragment',
  stage: 'attribute',
  description: 'Makes a quote in the clause or object of a speech noun ("her claim that", "his call for") a mixed quote of the possessor, the "by" mention or, after "a"/"an", the clause subject.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const sentence = sentenceSpan(ctx, open);
      const noun = sentence && speechNounBefore(ctx, sentence.start, open);
      const subject = noun && maker(ctx, noun, open);
      if (!noun || !subject) continue;
      const gap = ctx.text.slice(noun.end, open);
      const objectStart = ctx.lexicon.once(COPULA).test(gap) ? open : noun.end + (/^\s*/u.exec(gap)?.[0].length ?? 0);
      attributeObjectQuote(ctx, a, { subject, objectStart, sentenceEnd: sentence.end, confidence: 0.35 });
    }
  },
});
