import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';

// "the said agreement", "a noted author", "the stated goal": a verb form after a determiner is an adjective
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'its', 'his', 'her', 'their', 'our', 'my', 'your']);

/** Any form of a reporting verb from models/reporting-verbs.json outside quoted text: said, told, pointed out, noting. */
export const reportingVerb = defineRule({
  name: 'reporting-verb',
  stage: 'cues',
  description: 'Finds every inflected form of a reporting verb, multi-word forms first, outside quotations.',
  apply(ctx) {
    const inQuote = insideAny(ctx.quotes);
    const tokens = ctx.doc.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const entries = ctx.lexicon.verbForms.get(t.lower);
      if (!entries || inQuote(t.start)) continue;
      const prev = tokens[i - 1];
      if (prev && prev.sentence === t.sentence && DETERMINERS.has(prev.lower)) continue;
      for (const { form, verb } of entries) {
        const last = tokens[i + form.length - 1];
        if (!last || last.sentence !== t.sentence) continue;
        if (!form.every((w, k) => tokens[i + k]!.lower === w)) continue;
        ctx.add({ start: t.start, end: last.end, text: ctx.text.slice(t.start, last.end), lemma: verb.lemma, belief: verb.belief, kind: verb.lemma === 'according to' ? 'according' : 'verb' });
        i += form.length - 1;
        break;
      }
    }
  },
});
