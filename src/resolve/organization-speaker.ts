import { defineRule } from '../rules/define.js';
import { startsLower, startsUpper } from '../text/plain-pattern.js';

const bare = (s: string) => s.toLowerCase().replace(/^the\s+/u, '').replace(/[’']s$/u, '');

/** An organisation speaks as one speaker however it is named again: "the Interior Ministry" ... "the ministry". */
export const organizationSpeaker = defineRule({
  name: 'organization-speaker',
  stage: 'resolve',
  description: 'Links an organisation mention to an earlier one with the same name or head noun, else makes a new one.',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'organization') return;
    const name = bare(m.text);
    const orgs = ctx.speakers.filter((s) => s.type === 'organization');
    // "the ministry" (lower case) refers back to the latest organisation whose name ends in that noun
    const match = orgs.find((s) => bare(s.name) === name)
      ?? (startsLower(name) ? [...orgs].reverse().find((s) => bare(s.name).endsWith(name)) : undefined);
    if (match) ctx.link(match);
    else ctx.createSpeaker('organization', m.text.replace(/^the\s+/iu, (t) => (startsUpper(m.text.slice(4)) ? '' : t)));
  },
});
