import { defineRule } from '../rules/define.js';

/** Outside quotation marks, "we" is the publication itself: an editorial's `We warned last spring that ...`. */
export const editorialWe = defineRule({
  name: 'editorial-we',
  stage: 'resolve',
  description: 'Links "we" written outside quotes to the publisher named in the header, when there is one.',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'pronoun' || m.text.toLowerCase() !== 'we') return;
    const publisher = ctx.doc.paragraphs.find((p) => p.label === 'publisher');
    if (!publisher) return;
    const same = ctx.speakers.find((s) => s.type === 'organization' && s.name === publisher.text);
    if (same) ctx.link(same);
    else ctx.createSpeaker('organization', publisher.text);
  },
});
