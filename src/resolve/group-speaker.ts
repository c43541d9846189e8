import { defineRule } from '../rules/define.js';

/** A group or unnamed source is its own speaker: "observers", "those who spoke to the paper". */
export const groupSpeaker = defineRule({
  name: 'group-speaker',
  stage: 'resolve',
  description: 'Makes each group mention a group speaker, sharing one speaker per identical wording.',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'group') return;
    const same = ctx.speakers.find((s) => s.type === 'group' && s.name.toLowerCase() === m.text.toLowerCase());
    if (same) ctx.link(same);
    else ctx.createSpeaker('group', m.text);
  },
});
