import { defineRule } from '../rules/define.js';
import { makeMixed } from './mixed-shape.js';
import { closeOf, openOf } from './quote-site.js';
import { hasAlnumRuns } from '../text/plain-pattern.js';

/** Longer than this, a title line is not read as a headline. */
const MAX_HEADLINE_CHARS = 200;

/**
 * In a headline, a quote right after the speaker's colon may be only the start of what the headline reports:
 * `Petra Holm: ‘No Way’ the Ferry Sails in May` gives Holm the whole clause, quoted words and the rest, as one mixed
 * quote. A quote that ends the headline (`Petra Holm: ‘The Ferry Sails in May.’`) stays direct.
 */
export const headlineQuoteRunsOn = defineRule({
  name: 'headline-quote-runs-on',
  stage: 'attribute',
  description: 'Makes a direct quote after a title\'s colon mixed, to the end of the title, when the title\'s words go on after its closing mark.',
  apply(ctx) {
    for (const a of ctx.attributions) {
      if (a.kind !== 'direct' || a.cue?.kind !== 'colon' || a.parts.length !== 1 || a.quotes.length !== 1) continue;
      const open = openOf(a);
      const close = closeOf(a);
      const p = ctx.doc.paragraphs[ctx.doc.paragraphAt(open)];
      if (!p || p.label !== 'title' || p.end - p.start > MAX_HEADLINE_CHARS || close >= p.end) continue;
      // the quote opens right after the colon, and words (not only punctuation) follow its closing mark
      if (!/:\s*$/u.test(ctx.text.slice(p.start, open)) || !hasAlnumRuns(ctx.text, close, p.end, 1)) continue;
      // (a sentence ends with the quote: `Holm: ‘No.’ Board Backs Plan` is two headlines in one line)
      if (/[.!?][’'”"]*$/u.test(ctx.text.slice(open, close))) continue;
      let end = p.end;
      while (end > close && /[\s.,;:]/u.test(ctx.text[end - 1]!)) end--;
      makeMixed(ctx, a, open, end);
    }
  },
});
