import { defineRule } from '../rules/define.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { speakerOfCue } from '../attribute/speaker-mention.js';
import { cueIndexFrom } from '../attribute/quote-site.js';
import { freeCues, isTaken, report, reportedClause, takenSpans, trimClause } from './reported-site.js';
import { plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';
const LOWER_LEAD = plainPattern(String.raw`,\s*(?:[\p{Ll}-]+\s+){0,3}$`, 'u');

// what may follow an attribution that ends the sentence: a few lower-case words ("officials said last week."),
// an appositive ("said Jane Doe, a spokeswoman") or an adverbial phrase ("said in a letter on Monday.",
// "said Friday.", "said on the radio Tuesday, adding that ...")
const SHORT_TAIL = plainPattern(String.raw`^(?:\s*,?\s*(?:[\p{Ll}\p{N}’'-]+\s*){0,4})?[.!?]?[”"’)]*$`, 'u');
const APPOSITIVE_TAIL = /^,\s+(?:an?|the)\s/u;
const TIME = ({ anyOf }: Lexicon) => String.raw`(?:${anyOf.timeDeterminers}\s+${anyOf.timePeriods}|${anyOf.deicticTimeAdverbs}|${anyOf.weekdays})`;
const ADVERBIAL_TAIL = (lexicon: Lexicon) => plainPattern(String.raw`^\s*,?\s*(?:(?:on\s+)?${TIME(lexicon)}\b|${lexicon.anyOf.prepositionsBeforeTimeOrPlace}\s+${lexicon.anyOf.articlesThirdPersonPossessivesAndOur}\s|on\s+\p{Lu}|${lexicon.anyOf.subordinatorsOfAdverbialTail}\s)|^\s*,\s*${lexicon.anyOf.participlesAfterAttribution}\b`, 'iu');
// a phrase that opens a sentence ("In the spring of 1998", "When the mill closed") is no reported clause by itself
const isOpener = (lexicon: Pick<Lexicon, 'startsWithWord'>, text: string): boolean => lexicon.startsWithWord.adverbialClauseOpeners.test(text) && !/,/u.test(text);
// an appositive role left between the clause and a name: "..., a spokeswoman, Greta Lindqvist, said"
const ROLE_BEFORE_NAME = plainPattern(String.raw`,\s*(?:an?|the|its|their)\s+[\p{Ll}\s-]{1,40},?\s*$`, 'u');

/** Reported speech before its attribution: `The talks have stalled, officials said.`, `..., said a spokesman.` */
export const frontedClause = defineRule({
  name: 'fronted-clause',
  stage: 'reported',
  description: 'Reports "CLAUSE, SPEAKER said." and "CLAUSE, SPEAKER said, CLAUSE." (an attribution set in the sentence).',
  apply(ctx) {
    const taken = takenSpans(ctx);
    for (const { cue, sentence: s } of freeCues(ctx)) {
      // "with all precincts reporting", "..., adding": a participle is no attribution of the clause before it
      if (/ing$/u.test(cue.text.split(' ')[0]!)) continue;
      // the attribution follows a comma (below): without one before the cue, its subject need not be looked for
      // (looked for in the sentence only: lastIndexOf would run back to the top of a text that has none)
      if (!ctx.text.slice(s.start, cue.start).includes(',')) continue;
      const mention = speakerOfCue(ctx, cue);
      if (!mention) continue;
      let attributionStart = Math.min(mention.start, cue.start);
      const attributionEnd = Math.max(mention.end, cue.end);
      // the attribution follows a comma (lower-case modifiers may open it: ", former President X said")
      const lead = plainExec(LOWER_LEAD, ctx.text.slice(s.start, attributionStart));
      if (!lead) continue;
      attributionStart = s.start + lead.index + 1;
      // the words after the comma hold a verb of their own: in "The MP, Jon Dahl, said he had asked" the subject of
      // "asked" is no attribution of "The MP, Jon Dahl"
      if (attributionStart < cue.start && cueIndexFrom(ctx.cues, attributionStart) < cueIndexFrom(ctx.cues, cue.start)) continue;
      // ", when the skipper said", ", who added": a dependent clause with a verb of its own attributes nothing before it
      if (ctx.lexicon.startsWithWord.dependentAttributionOpeners.test(ctx.text.slice(attributionStart, cue.start).trimStart())) continue;
      const role = plainExec(ROLE_BEFORE_NAME, ctx.text.slice(s.start, attributionStart));
      if (role && mention.type === 'name') attributionStart = s.start + role.index + 1;
      const tail = ctx.text.slice(attributionEnd, s.end);
      // a clause right after the verb is what was said, and the words before the subject open the sentence:
      // `Later that day, the board said it would wait.` (left to bare-clause and that-clause)
      if (/^\s+\S/u.test(tail) && (ctx.lexicon.startsWithWord.subjectPronounForms.test(tail.trimStart()) || /^that\b/iu.test(tail.trimStart()))) continue;
      // it stands between commas inside the sentence: `The effects, many boatmen say, are hard to predict.`,
      // `Otherwise, she said, the ferry would stop ...` (the words before may be few)
      const rest = /^\s*,\s*/u.exec(tail);
      const second = rest && !plainTest(ctx.lexicon.once(ADVERBIAL_TAIL), tail) ? reportedClause(ctx, attributionEnd + rest[0].length, s.end) : null;
      if (second && !isTaken(second, taken)) {
        const first = trimClause(ctx, s.start, attributionStart, 1);
        if (first && !isTaken(first, taken) && !ctx.lexicon.clauseLinkers.has(ctx.text.slice(first.start, first.end).toLowerCase())) {
          report(ctx, taken, { parts: [first, second], mention, cue, confidence: cue.belief ? 0.5 : 0.7 });
          continue;
        }
      }
      const content = trimClause(ctx, s.start, attributionStart);
      if (!content || isTaken(content, taken) || isOpener(ctx.lexicon, ctx.text.slice(content.start, content.end))) continue;
      // ... or it ends the sentence (a time phrase, an appositive or an adverbial phrase may follow)
      // (a few words that hold a determiner are the verb's object: "..., his aide, urged a strong stand")
      if ((plainTest(SHORT_TAIL, tail) && !ctx.lexicon.startsWithWord.determiners.test(tail.trimStart())) || APPOSITIVE_TAIL.test(tail) || plainTest(ctx.lexicon.once(ADVERBIAL_TAIL), tail)) {
        report(ctx, taken, { parts: [content], mention, cue, confidence: cue.belief ? 0.55 : 0.75 });
      }
    }
  },
});
