import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import { lettersAndHyphens } from '../text/plain-pattern.js';

/** Modifiers that may stand between the possessive and its noun: "her oft-repeated claim". */
const MAX_MODIFIERS = 3;

/**
 * A possessive pronoun before a speech-act noun names who made the statement: `his claim that ...`, `her promise to
 * ...`, `their chants of ...` (nouns from models/speech-nouns.json, possessives from models/pronouns.json). It is a
 * pronoun mention, resolved as he, she or they.
 */
export const possessiveMaker = defineRule({
  name: 'possessive-maker',
  stage: 'mentions',
  description: 'Finds his/her/their before a speech noun ("his claim", "her promise") outside quoted text, as a pronoun mention.',
  apply(ctx) {
    const inQuote = insideAny(ctx.quotes);
    const { tokens } = ctx.doc;
    tokens.forEach((t, i) => {
      const pronoun = ctx.lexicon.possessives.get(t.lower);
      if (pronoun === undefined || inQuote(t.start)) return;
      for (let k = i + 1; k <= i + 1 + MAX_MODIFIERS && tokens[k]?.sentence === t.sentence; k++) {
        const word = tokens[k]!.lower;
        if (ctx.lexicon.speechNouns.has(word)) {
          ctx.add({ start: t.start, end: t.end, type: 'pronoun', gender: pronoun.gender === 'male' || pronoun.gender === 'female' ? pronoun.gender : null });
          return;
        }
        if (ctx.lexicon.functionWords.has(word) || lettersAndHyphens(word) !== word) return;
      }
    });
  },
});
