import { defineRule } from '../rules/define.js';
import type { SpeakerDraft } from '../pipeline/draft.js';
import { antecedents, paragraphsApart, type Antecedent } from './antecedents.js';

const SUBJECT_FORM: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

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
    // a possessive stands for its subject form: "his claim" is his, as "he said" is he
    const form = SUBJECT_FORM.get(m.text.toLowerCase()) ?? m.text.toLowerCase();
    if (form === 'he' || form === 'she') {
      const compatible = (s: SpeakerDraft) => s.type === 'person' && (s.gender === null || m.gender === null || s.gender === m.gender);
      // one pass, nearest first: the first candidate of the highest rank wins
      let speaker: Antecedent | undefined;
      let subject: Antecedent | undefined;
      let nearest: Antecedent | undefined;
      let pick: Antecedent | undefined;
      const inParagraph = ctx.doc.paragraphAt(m.start) >= 0;
      for (const a of antecedents(ctx, compatible)) {
        nearest ??= a;
        const apart = paragraphsApart(ctx, a.mention.start, m.start);
        if (a.sentenceInitial && apart === 0) {
          pick = a;
          break;
        }
        if (!speaker && a.speaks && apart <= 1) speaker = a;
        if (!subject && a.sentenceInitial) subject = a;
        // going back from a mention in a paragraph the distance only grows: past one paragraph, with a subject found,
        // no earlier candidate can change the pick (most of the walk, stopped here)
        if (apart > 1 && subject && inParagraph && ctx.doc.paragraphAt(a.mention.start) >= 0) break;
      }
      pick ??= speaker ?? subject ?? nearest;
      if (pick) ctx.link(pick.speaker);
    } else if (form === 'they') {
      for (const a of antecedents(ctx, (s) => s.type !== 'person')) {
        if (paragraphsApart(ctx, a.mention.start, m.start) > 1) continue;
        ctx.link(a.speaker);
        break;
      }
    }
  },
});
