import { defineRule } from '../rules/define.js';
import type { ParagraphDraft } from '../pipeline/draft.js';
import { isProse, isShortLabel, wordCount } from './line-shape.js';

const DATE = /^(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?(?:,?\s+\d{4})?|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\d{4}-\d{2}-\d{2}(?:[T ][\d:]+Z?)?|\d{1,2}\/\d{1,2}\/\d{2,4})(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?$/u;

const isDateLine = (line: string): boolean => DATE.test(line.trim());

/**
 * The header block: the headline is the first line, then short lines naming the publisher, the country and the date.
 * "Headline.\n\nThe Harbour Post\n\nNorway\n\nMonday, March 3"
 */
export const headerBlock = defineRule({
  name: 'header-block',
  stage: 'segment',
  description: 'Labels the first line as the title, and the short lines right after it as publisher, country and date.',
  apply(ctx) {
    const lines = ctx.paragraphs.filter((p) => p.label !== 'boilerplate');
    const first = lines[0];
    if (!first || wordCount(first.text, 41) > 40) return;
    ctx.label(first, 'title');
    const header: ParagraphDraft[] = [];
    for (const p of lines.slice(1, 8)) {
      if (isProse(p) || !isShortLabel(p, 6)) break;
      header.push(p);
    }
    // a header is only a header when it holds a date or a place; otherwise these short lines are headings
    if (!header.some((p) => isDateLine(p.text) || ctx.lexicon.places.has(p.text))) return;
    for (const p of header) {
      if (isDateLine(p.text)) ctx.label(p, 'date');
      else if (ctx.lexicon.places.has(p.text)) ctx.label(p, 'country');
      else if (!header.some((h) => h.label === 'publisher') && header.indexOf(p) < header.findIndex((h) => isDateLine(h.text) || ctx.lexicon.places.has(h.text))) ctx.label(p, 'publisher');
    }
  },
});
