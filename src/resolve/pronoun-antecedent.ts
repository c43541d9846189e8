import { defineRule } from '../rules/define.js';
import { antecedents, paragraphsApart } from './antecedents.js';

/**
 * He/she refers to the most recent compatible person: the subject of an earlier sentence of the same paragraph, else
 * the last one who spoke within a paragraph, else the last sentence subject, else the last person named.
 * They refers to the last group or organisation.
 */
export const pronounAntecedent = defineRule({
  name: 'pronoun-antecedent',
  stage: 'resolve',
  description: 'Links he/she to the most recent gender-compatible person (speakers and subjects first), they to a group.',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'pronoun') return;
    const form = m.text.toLowerCase();
    if (form === 'he' || form === 'she') {
      const list = antecedents(ctx, (s) => s.type === 'person' && (s.gender === null || m.gender === null || s.gender === m.gender));
      const pick = list.find((a) => a.sentenceInitial && paragraphsApart(ctx, a.mention.start, m.start) === 0)
        ?? list.find((a) => a.speaks && paragraphsApart(ctx, a.mention.start, m.start) <= 1)
        ?? list.find((a) => a.sentenceInitial)
        ?? list[0];
      if (pick) ctx.link(pick.speaker);
    } else if (form === 'they') {
      const pick = antecedents(ctx, (s) => s.type !== 'person').find((a) => paragraphsApart(ctx, a.mention.start, m.start) <= 1);
      if (pick) ctx.link(pick.speaker);
    }
  },
});
