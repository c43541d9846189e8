import { defineRule } from '../rules/define.js';
import { clauseMentions, clauseSubject } from './clause-subject.js';
import { mentionsBetween } from './mention-context.js';
import { speakerOfCue } from './speaker-mention.js';
import { readCueGap } from './cue-gap.js';
import { cueIndexFrom, openOf, pending } from './quote-site.js';
import { startsUpper } from '../text/plain-pattern.js';
import type { MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';

// a spaced dash, then the label up to the colon: `Pollsters agree - Jon Dahl:`
const DASH_LABEL = /\s[-–—]\s+([^-–—:;.!?“”"«»()]{1,70})$/u;

/**
 * The name set off by a spaced dash right before a colon, which labels the quote after it as its source:
 * `Pollsters agree - Jon Dahl: “...”`, `HARBOR VOTE TOO CLOSE TO CALL - Petra Holm and Jon Dahl: “...”`. Only names
 * (capitalised words, joined by "and") may make up the label.
 */
export function dashLabel(ctx: Pick<AttributeContext, 'text' | 'mentions'>, colon: number): MentionDraft | null {
  const label = DASH_LABEL.exec(ctx.text.slice(Math.max(0, colon - 80), colon));
  if (!label || !label[1]!.trim().split(/\s+/u).every((w) => w === 'and' || startsUpper(w))) return null;
  const start = colon - label[1]!.length;
  return mentionsBetween(ctx.mentions, start, start + 1)[0] ?? null;
}

/**
 * A colon introduces the quote after it, in the same paragraph or as the next paragraph:
 * `Her answer was blunt: “No.”`, `The ministry responded:` + a quoted paragraph. The speaker is the subject of a
 * reporting verb before the colon, else the subject of the clause it ends, else the mention nearest the colon outside a
 * prepositional phrase.
 */
export const colonIntroduction = defineRule({
  name: 'colon-introduction',
  stage: 'attribute',
  description: 'Attributes a quote that follows a colon to the subject of the sentence the colon ends.',
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const i = cueIndexFrom(ctx.cues, open) - 1;
      const colon = ctx.cues[i];
      if (!colon || colon.kind !== 'colon' || !/^\s*$/u.test(ctx.text.slice(colon.end, open))) continue;
      const s = ctx.doc.sentences[ctx.doc.sentenceAt(colon.start)];
      if (!s) continue;
      // a name set off by a dash before the colon labels the quote: `Pollsters agree - Jon Dahl: “...”`
      const label = dashLabel(ctx, colon.start);
      if (label) {
        ctx.attribute(a, { mention: label, cue: colon, confidence: 0.8 });
        continue;
      }
      // a verb before the colon in its sentence: "He continued:"
      let verb = null;
      for (let k = i - 1; k >= 0 && ctx.cues[k]!.start >= s.start; k--) {
        if (ctx.cues[k]!.kind === 'verb') {
          verb = ctx.cues[k]!;
          break;
        }
      }
      // (unless a clause of its own opens after the verb: "Dahl said both were wrong, but he gave Holm a compliment:")
      const clause = clauseSubject(ctx, colon.start);
      if (verb && clause && clause.start > verb.end) verb = null;
      const viaVerb = verb ? speakerOfCue(ctx, verb) : null;
      // else the subject of the clause the colon ends, or the mention nearest the colon that no preposition governs:
      // "In a TV interview, Smith went further:", "Smith ended her speech by quoting Jon Dahl:"
      // ("More from Jones:" has only a governed mention, which then serves)
      const mention = viaVerb ?? clause ?? clauseMentions(ctx, colon.start, colon.start).pop() ?? mentionsBetween(ctx.mentions, Math.max(s.start, colon.start - 300), colon.start).pop() ?? null;
      if (!mention) continue;
      // "told the council:" names the addressee between the verb and the colon
      const addressee = viaVerb && verb ? readCueGap(ctx, verb, colon.end)?.addressee ?? null : null;
      ctx.attribute(a, { mention, cue: viaVerb ? verb : colon, addressee, confidence: viaVerb ? 0.9 : 0.7 });
    }
  },
});
