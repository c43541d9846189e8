import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';

const CONTRACTED = /^(\p{L}+)[’'](?:s|re|ve|d|ll|m)$/u;

/** Subject pronouns outside quotations: `He added that ...`, `she said`, `he’s said`. */
export const pronoun = defineRule({
  name: 'pronoun',
  stage: 'mentions',
  description: 'Finds the subject pronouns of models/pronouns.json outside quoted text.',
  apply(ctx) {
    const inQuote = insideAny(ctx.quotes);
    for (const t of ctx.doc.tokens) {
      // with its auxiliary contracted the pronoun is the token's first part: "He’s said", "they’ve argued"
      const form = CONTRACTED.exec(t.lower)?.[1] ?? t.lower;
      const p = ctx.lexicon.pronouns.get(form);
      if (!p || inQuote(t.start)) continue;
      if (form === 'i' && !t.text.startsWith('I')) continue;
      ctx.add({ start: t.start, end: t.start + form.length, type: 'pronoun', gender: p.gender === 'male' || p.gender === 'female' ? p.gender : null });
    }
  },
});
