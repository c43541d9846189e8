import { defineRule } from '../rules/define.js';
import { firstBodyIndex, isShortLabel } from './line-shape.js';

/** A short line without end punctuation standing between paragraphs of prose is a section heading: "Partnership and credibility". */
export const headingLine = defineRule({
  name: 'heading-line',
  stage: 'segment',
  description: 'Labels short unpunctuated lines after the first prose paragraph as headings.',
  apply(ctx) {
    const body = firstBodyIndex(ctx.paragraphs);
    if (body < 0) return;
    for (const p of ctx.paragraphs.slice(body + 1)) if (p.label === null && isShortLabel(p)) ctx.label(p, 'heading');
  },
});
