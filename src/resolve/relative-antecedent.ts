import { defineRule } from '../rules/define.js';
import type { MentionDraft } from '../pipeline/draft.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// what may stand between a mention and the "who" that refers to it: a comma, a reflexive ("Jane Doe herself, who"), a short parenthesis, an appositive
// ("Jane Doe, the port's chief engineer, who"), or a phrase of place or origin ("Jon Dahl of Saltby, who"); a dash may
// stand for the comma ("Jon Dahl — who")
const GAP = ({ anyOf }: Lexicon) => new RegExp(String.raw`^(?:\s+${anyOf.reflexivePronouns})?(?:\s*\([^()]{1,40}\))?(?:\s*,[^;:“”"«»,]{1,120}(?:,[^;:“”"«»,]{1,60})?|\s+${anyOf.prepositionsOfOrigin}\s[^;:“”"«»,]{1,60})?\s*(?:,|[—–]|--?)?\s*$`, 'u');

/**
 * The relative pronoun "who" stands for the mention its clause is attached to: `Jane Doe, a planner at the port
 * authority, who said ...` -> Jane Doe. A person named there comes first.
 */
export const relativeAntecedent = defineRule({
  name: 'relative-antecedent',
  stage: 'resolve',
  description: 'Links the relative pronoun "who" to the mention its clause is attached to, preferring a named person.',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'pronoun' || m.text.toLowerCase() !== 'who') return;
    const sentence = ctx.doc.sentenceAt(m.start);
    const accepted: MentionDraft[] = [];
    for (let i = ctx.mentionIndex - 1; i >= 0 && i >= ctx.mentionIndex - 6; i--) {
      const c = ctx.mentions[i]!;
      if (ctx.doc.sentenceAt(c.start) !== sentence || m.start - c.end > 250) break;
      if (c.speakerId === null || !ctx.lexicon.once(GAP).test(ctx.text.slice(c.end, m.start))) continue;
      accepted.push(c);
    }
    // the farthest name: a nearer one sits in its appositive or its phrase of place ("Jane Moss of Saltby, who")
    const names = accepted.filter((c) => c.type === 'name');
    const pick = names[names.length - 1] ?? accepted[0];
    const speaker = pick?.speakerId ? ctx.speakerById(pick.speakerId) : undefined;
    if (speaker) ctx.link(speaker);
  },
});
