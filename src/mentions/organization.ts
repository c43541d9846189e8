import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import { stripPossessive } from '../text/tokens.js';
import { nameSequences } from './name-sequences.js';

const ACRONYM = /^(?:[A-Z]{2,6}|[A-Z]\.(?:[A-Z]\.?)+)$/u;

/**
 * Organisations that speak: a capitalised run ending in an organisation noun ("the Interior Ministry", "the White
 * House", "The New York Times"), an acronym ("NATO"), or "the" + an organisation noun ("the ministry said").
 */
export const organization = defineRule({
  name: 'organization',
  stage: 'mentions',
  description: 'Finds organisation mentions: capitalised names ending in an organisation noun, acronyms, and "the ministry".',
  apply(ctx) {
    const { tokens, sentences } = ctx.doc;
    const inQuote = insideAny(ctx.quotes);
    const orgNoun = (w: string) => ctx.lexicon.organizationNouns.has(stripPossessive(w.toLowerCase()));
    for (const s of sentences) {
      for (const seq of nameSequences(tokens, s.firstToken, s.endToken, ctx.lexicon)) {
        const words = tokens.slice(seq.first, seq.end);
        const last = words[words.length - 1]!;
        if (inQuote(words[0]!.start)) continue;
        if (!(orgNoun(last.text) || (words.length === 1 && ACRONYM.test(last.text)))) continue;
        // take "the" in front: "the Interior Ministry"
        const prev = tokens[seq.first - 1];
        const start = prev && prev.sentence === s.index && prev.lower === 'the' ? prev.start : words[0]!.start;
        ctx.add({ start, end: words[0]!.start + stripPossessive(ctx.text.slice(words[0]!.start, last.end)).length, type: 'organization' });
      }
      // "the ministry", "the provincial health office", "the municipal water company": up to three lower-case modifiers
      for (let i = s.firstToken; i + 1 < s.endToken; i++) {
        const t = tokens[i]!;
        if (t.lower !== 'the' || inQuote(t.start)) continue;
        for (let k = i + 1; k < s.endToken && k <= i + 4; k++) {
          const w = tokens[k]!;
          if (!/^\p{Ll}[\p{Ll}-]*(?:[’']s)?$/u.test(w.text) || ctx.lexicon.functionWords.has(w.lower)) break;
          if (orgNoun(w.text) && !orgNoun(tokens[k + 1]?.text ?? '')) {
            ctx.add({ start: t.start, end: w.start + stripPossessive(w.text).length, type: 'organization' });
            break;
          }
        }
      }
    }
  },
});
