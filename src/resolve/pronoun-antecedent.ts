import { defineRule } from '../rules/define.js';
import type { SpeakerDraft } from '../pipeline/draft.js';
import type { ResolveContext } from '../pipeline/rule.js';
import { afterPreposition } from '../attribute/mention-context.js';
import { antecedents, paragraphsApart, type Antecedent } from './antecedents.js';

const SUBJECT_FORM: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they']]);

/** How many mentions back a nameless speaker is looked for between a pronoun and its antecedent. */
const NAMELESS_REACH = 12;

/**
 * True when the pronoun's sentence or the one before it opens with a speaker that has no name ("A spokesman for the
 * Harbour Board said ... he added"), and no other person is mentioned between them: "he" is that speaker, whom no
 * name resolves, not a person or body named before (nor the board the spokesman speaks for, which a preposition governs).
 */
function namelessSpeakerBefore(ctx: ResolveContext): boolean {
  const m = ctx.mention;
  const sentence = ctx.doc.sentenceAt(m.start);
  for (let i = ctx.mentionIndex - 1; i >= 0 && i >= ctx.mentionIndex - NAMELESS_REACH; i--) {
    const p = ctx.mentions[i]!;
    const at = ctx.doc.sentenceAt(p.start);
    if (sentence - at > 1) return false;
    // (only an indefinite one is new to the story: an unresolved "the candidate" still stands for someone named before)
    if (p.type === 'nominal' && p.speakerId === null && ctx.speaking.has(p) && /^an?\s/iu.test(p.text)) {
      const prev = ctx.mentions[i - 1];
      return !prev || ctx.doc.sentenceAt(prev.start) !== at;
    }
    if ((p.type === 'name' || p.type === 'nominal') && !afterPreposition(ctx, p)) return false;
  }
  return false;
}

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
      if (pick && !namelessSpeakerBefore(ctx)) ctx.link(pick.speaker);
    } else if (form === 'they') {
      for (const a of antecedents(ctx, (s) => s.type !== 'person')) {
        if (paragraphsApart(ctx, a.mention.start, m.start) > 1) continue;
        ctx.link(a.speaker);
        break;
      }
    }
  },
});
