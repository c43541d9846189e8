import { defineRule } from '../rules/define.js';

/** A quote inside another is part of that quote's content: “He told me ‘never again’,” she said. */
export const nestedQuotes = defineRule({
  name: 'nested-quotes',
  stage: 'quotes',
  description: 'Rejects candidates that lie inside another candidate, and single-quote candidates that cross one.',
  apply(ctx) {
    const live = ctx.candidates.filter((c) => c.rejected === null).sort((a, b) => a.open - b.open || b.close - a.close);
    let outer: (typeof live)[number] | null = null;
    for (const c of live) {
      if (outer && c.open > outer.open && c.open < outer.close) {
        // inside the outer quote, or crossing its end (then the single marks were apostrophes)
        ctx.reject(c, c.close <= outer.close ? 'nested inside another quote' : 'crosses another quote');
        continue;
      }
      outer = c;
    }
  },
});
