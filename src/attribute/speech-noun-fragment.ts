import type { AttributeContext } from '../pipeline/rule.js';
import type { MentionDraft } from '../pipeline/draft.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { defineRule } from '../rules/define.js';
import { clauseSubject } from './speaker-mention.js';
import { makeMixed, mixedClauseEnd } from './mixed-shape.js';
import { openOf, pending, sentenceSpan } from './quote-site.js';
import { forText, plainPattern } from '../text/plain-pattern.js';

/** How far before the quotation the speech noun may stand. */
const REACH = 120;
// a possessor, up to two modifiers, the noun, a day, and the word that joins the noun to what was said:
// `his promise of`, `the mayor’s repeated claim that`, `Ann Roe’s comments Monday that`
const POSSESSED_NOUN = ({ anyOf }: Lexicon) =>
  plainPattern(String.raw`(?:\b(?<pronoun>${anyOf.thirdPersonPossessives})|(?<name>\p{Lu}[\p{L}.-]*)[’'](?:s\b)?)\s+(?:\p{Ll}[\p{Ll}-]*\s+){0,2}?(?<noun>\p{Ll}+)\s+(?:(?:on\s+)?${anyOf.weekdays}\s+)?(?<link>${anyOf.speechNounLinks})\b`, 'giu');
// between the noun and the quotation: the words of one clause, no sentence or clause break, no other quotation
const OBJECT_WORDS = /^[^.;:!?()“”"«»—–]*$/u;

/** Whether `word` is the noun of a reporting verb that is also a noun (models/reporting-verbs.json `nounLike`). */
function isSpeechNoun(ctx: AttributeContext, word: string): boolean {
  return ctx.lexicon.verbForms.get(word)?.some((e) => e.verb.nounLike && (word === e.verb.lemma || word === `${e.verb.lemma}s`)) ?? false;
}

/** The speaker a possessor names: the mention of a possessive name, or the clause subject a possessive pronoun stands for. */
function possessorMention(ctx: AttributeContext, start: number, end: number, pronoun: boolean): MentionDraft | null {
  if (pronoun) return clauseSubject(ctx, start);
  return ctx.mentions.find((m) => m.start <= start && end <= m.end + 2 && m.type !== 'pronoun') ?? null;
}

/**
 * A quotation in what a possessed speech noun says quotes the possessor: `Sanders pushed his promise of “free tuition”`,
 * `the mayor’s claim that the pier was “perfectly safe”` is a mixed quote of the mayor, its content from the word after
 * the noun to the end of the clause. A possessive pronoun stands for the subject of its clause.
 */
export const speechNounFragment = defineRule({
  name: 'speech-noun-fragment',
  stage: 'attribute',
  description: 'Makes a quote in what a possessed speech noun says ("his promise of “...”", "Roe’s claim that ... “...”") a mixed quote of the possessor.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const sentence = sentenceSpan(ctx, open);
      if (!sentence) continue;
      const from = Math.max(sentence.start, open - REACH);
      const lead = ctx.text.slice(from, open);
      let found: { mention: MentionDraft; contentStart: number } | null = null;
      for (const m of lead.matchAll(forText(ctx.lexicon.once(POSSESSED_NOUN), lead))) {
        const g = m.groups!;
        const afterLink = m.index + m[0].length;
        if (!isSpeechNoun(ctx, g['noun']!.toLowerCase()) || !OBJECT_WORDS.test(lead.slice(afterLink))) continue;
        const mention = possessorMention(ctx, from + m.index, from + m.index + (g['pronoun'] ?? g['name']!).length, g['pronoun'] !== undefined);
        if (!mention) continue;
        // what was said starts after "that" and at "to" (`his claim that it was “...”`, `her call to “...”`), else after the link
        const link = g['link']!.toLowerCase();
        const contentStart = from + (link === 'to' ? afterLink - link.length : afterLink);
        found = { mention, contentStart };
      }
      if (!found) continue;
      ctx.attribute(a, { mention: found.mention, cue: null, confidence: 0.35 });
      const start = found.contentStart + (/^\s*/u.exec(ctx.text.slice(found.contentStart, open))?.[0].length ?? 0);
      makeMixed(ctx, a, start, mixedClauseEnd(ctx, a, sentence.end));
    }
  },
});
