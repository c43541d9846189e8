import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';

/** Subject pronouns outside quotations: `He added that ...`, `she said`. */
export const pronoun = defineRule({
  name: 'pronoun',
  stage: 'mentions',
  description: 'Finds the subject pronouns of models/pronouns.json outside quoted text.',
  apply(ctx) {
    const inQuote = insideAny(ctx.quotes);
    for (const t of ctx.doc.tokens) {
      const p = ctx.lexicon.pronouns.get(t.lower);
      if (!p || inQuote(t.start)) continue;
      if (t.lower === 'i' && t.text !== 'I') continue;
      ctx.add({ start: t.start, end: t.end, type: 'pronoun', gender: p.gender === 'male' || p.gender === 'female' ? p.gender : null });
    }
  },
});
