import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';

const POSSESSIVES: ReadonlyMap<string, 'male' | 'female' | null> = new Map([['his', 'male'], ['her', 'female'], ['their', null]]);
/** Modifiers that may stand between the possessive and its noun: "her oft-repeated claim". */
const MAX_MODIFIERS = 3;

/**
 * A possessive pronoun before a speech-act noun names who made the statement: `his claim that ...`, `her promise to
 * ...`, `their chants of ...` (nouns from models/speech-nouns.json). It is a pronoun mention, resolved as he, she or they.
 */
export const possessiveMaker = defineRule({
  name: 'possessive-maker',
  stage: 'mentions',
  description: 'Finds his/her/their before a speech noun ("his claim", "her promise") outside quoted text, as a pronoun mention.',
  apply(ctx) {
    const inQuote = insideAny(ctx.quotes);
    const { tokens } = ctx.doc;
    tokens.forEach((t, i) => {
      // (a length test first: the rule looks at every token of the article)
      if (t.lower.length < 3 || t.lower.length > 5) return;
      const gender = POSSESSIVES.get(t.lower);
      if (gender === undefined || inQuote(t.start)) return;
      for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && tokens[k]?.sentence === t.sentence; k++) {
        const word = tokens[k]!.lower;
        if (ctx.lexicon.speechNouns.has(word)) {
          ctx.add({ start: t.start, end: t.end, type: 'pronoun', gender });
          return;
        }
        if (ctx.lexicon.functionWords.has(word) || !/^[\p{L}-]+$/u.test(word)) return;
      }
    });
  },
});
