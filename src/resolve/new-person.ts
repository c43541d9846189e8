import { defineRule } from '../rules/define.js';

/** A name no earlier rule linked is a new person. */
export const newPerson = defineRule({
  name: 'new-person',
  stage: 'resolve',
  description: 'Makes a new person speaker for a name mention that matched no-one.',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type === 'name') ctx.createSpeaker('person', m.name?.text ?? m.text);
  },
});
