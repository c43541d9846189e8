import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import { startsUpper } from '../text/plain-pattern.js';

const DASHES = new Set(['-', '—', '–', '--']);

/**
 * The relative pronoun "who" is the subject of its clause: in `Jane Doe, who said the plan was "reckless," ...` the
 * words are reported by "who", which stands for Jane Doe. Only after a comma, right after another mention or after a
 * dash right after one (`Jane Doe — who said ... — told`), and not
 * when a subject of its own follows ("the aide who she said ...": there "who" is an object).
 */
export const relativePronoun = defineRule({
  name: 'relative-pronoun',
  stage: 'mentions',
  description: 'Finds the relative pronoun "who" after a mention or a comma, outside quotes, as a pronoun mention.',
  apply(ctx) {
    const { tokens } = ctx.doc;
    const inQuote = insideAny(ctx.quotes);
    const ends = new Set(ctx.mentions.map((m) => m.end));
    const covered = insideAny(ctx.mentions.filter((m) => m.type === 'group'));
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.lower !== 'who' || inQuote(t.start) || covered(t.start)) continue;
      const before = tokens[i - 1]!;
      if (before.sentence !== t.sentence || ctx.lexicon.wordsBeforeQuestionWho.has(before.lower)) continue;
      // (or after a dash that opens an aside right after a mention: "Jon Dahl — who said ... — told")
      const afterDash = DASHES.has(before.text) && ends.has(tokens[i - 2]?.end ?? -1);
      if (before.text !== ',' && !afterDash && !ends.has(before.end)) continue;
      // "who she said", "who Jane Doe praised": the clause has its own subject
      const next = tokens[i + 1];
      if (!next || next.sentence !== t.sentence || ctx.lexicon.pronouns.has(next.lower) || startsUpper(next.text)) continue;
      ctx.add({ start: t.start, end: t.end, type: 'pronoun' });
    }
  },
});
