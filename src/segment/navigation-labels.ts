import { defineRule } from '../rules/define.js';
import { firstBodyIndex, isShortLabel } from './line-shape.js';

/** Short label lines between the header and the first paragraph of prose are site navigation: "Alternative Takes". */
export const navigationLabels = defineRule({
  name: 'navigation-labels',
  stage: 'segment',
  description: 'Marks short unlabelled lines before the first prose paragraph as boilerplate when the article has a header block.',
  apply(ctx) {
    const body = firstBodyIndex(ctx.paragraphs);
    if (body <= 0) return;
    const before = ctx.paragraphs.slice(0, body);
    if (!before.some((p) => p.label === 'date' || p.label === 'publisher' || p.label === 'country')) return;
    for (const p of before) if (p.label === null && isShortLabel(p)) ctx.label(p, 'boilerplate');
  },
});
