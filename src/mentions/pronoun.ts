import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';

const CONTRACTED = /[’'](?:s|ve|d|ll|re|m)$/u;

/** Subject pronouns outside quotations: `He added that ...`, `she said`. */
export const pronoun = defineRule({
  name: 'pronoun',
  stage: 'mentions',
  description: 'Finds the subject pronouns of models/pronouns.json outside quoted text.',
  apply(ctx) {
    const inQuote = insideAny(ctx.quotes);
    for (const t of ctx.doc.tokens) {
      // with a contracted auxiliary: "she’s said", "they’ve told"
      // (most tokens hold no apostrophe: they skip the pattern)
      const bare = t.lower.includes('’') || t.lower.includes("'") ? t.lower.replace(CONTRACTED, '') : t.lower;
      const p = ctx.lexicon.pronouns.get(bare);
      // (not "it’s", which is "it is", never a speaker)
      if (!p || inQuote(t.start) || (bare === 'it' && bare !== t.lower)) continue;
      if (bare === 'i' && !t.text.startsWith('I')) continue;
      ctx.add({ start: t.start, end: t.start + bare.length, type: 'pronoun', gender: p.gender === 'male' || p.gender === 'female' ? p.gender : null });
    }
  },
});
