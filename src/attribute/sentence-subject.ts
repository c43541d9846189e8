import { defineRule } from '../rules/define.js';
import { openOf, pending } from './quote-site.js';
import { clauseMentions } from './clause-subject.js';
import { hasAlnum, plainPattern, plainTest } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// what may stand before the subject: nothing, or an introductory phrase closed by a comma ("On Tuesday, ")
// or a conjunction that links the sentence to the one before ("But he wanted to know, “...”")
const SUBJECT_LEAD = ({ anyOf }: Lexicon) => new RegExp(String.raw`^[\s\p{P}]*(?:${anyOf.linkersBeforeSubject}\s+)?$|,\s*$`, 'iu');
// two words in capitals open a headline or a kicker ("STORM WARNING “...”"), not a sentence with a subject
const SHOUTED = plainPattern(String.raw`^\P{Ll}*\p{Lu}{2,}\P{Ll}*\s+\P{Ll}*\p{Lu}{2,}`, 'u');

/**
 * Last resort for a quotation set inside a sentence with no reporting verb: the sentence's subject chose the words.
 * `Petra Holm thanked the crew for “keeping the island connected through the worst storm in years.”`,
 * `He offered “my deepest sympathy to every family that lost someone.”` Runs after short fragments are dropped.
 */
export const sentenceSubject = defineRule({
  name: 'sentence-subject',
  stage: 'attribute',
  description: 'Attributes a quote inside a sentence with no reporting verb to the mention that opens the sentence, with low confidence.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const s = ctx.doc.sentences[ctx.doc.sentenceAt(open)];
      if (!s || !hasAlnum(ctx.text.slice(s.start, open)) || plainTest(SHOUTED, ctx.text.slice(s.start, open))) continue;
      const subject = clauseMentions(ctx, open, open)[0];
      if (!subject || subject.start < s.start || !ctx.lexicon.once(SUBJECT_LEAD).test(ctx.text.slice(s.start, subject.start))) continue;
      ctx.attribute(a, { mention: subject, cue: null, confidence: 0.4 });
    }
  },
});
