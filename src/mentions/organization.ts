import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import { stripPossessive } from '../text/tokens.js';
import { articleNameRuns } from './name-sequences.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';

const LOWER_WORD = plainPattern(String.raw`^\p{Ll}[\p{Ll}-]*(?:[’']s)?$`, 'u');

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
    const { tokens } = ctx.doc;
    const inQuote = insideAny(ctx.quotes);
    const orgNoun = (w: string) => ctx.lexicon.organizationNouns.has(stripPossessive(w.toLowerCase()));
    for (const seq of articleNameRuns(ctx.doc, ctx.lexicon)) {
      const first = tokens[seq.first]!;
      const last = tokens[seq.end - 1]!;
      if (inQuote(first.start)) continue;
      // (or a company's name: "Tarn Motors", "Evers Holdings")
      const companyName = seq.end - seq.first > 1 && ctx.lexicon.companyNameWords.has(stripPossessive(last.text));
      if (!(orgNoun(last.text) || companyName || (seq.end - seq.first === 1 && ACRONYM.test(last.text)))) continue;
      // take "the" in front: "the Interior Ministry"
      const prev = tokens[seq.first - 1];
      const start = prev && prev.sentence === first.sentence && prev.lower === 'the' ? prev.start : first.start;
      ctx.add({ start, end: first.start + stripPossessive(ctx.text.slice(first.start, last.end)).length, type: 'organization' });
    }
    // "the ministry", "the provincial health office", "the municipal water company": up to three lower-case modifiers
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.lower !== 'the' || inQuote(t.start)) continue;
      for (let k = i + 1; k < tokens.length && k <= i + 4 && tokens[k]!.sentence === t.sentence; k++) {
        const w = tokens[k]!;
        if (!plainTest(LOWER_WORD, w.text) || ctx.lexicon.functionWords.has(w.lower)) break;
        const next = tokens[k + 1];
        if (orgNoun(w.text) && !(next && next.sentence === t.sentence && orgNoun(next.text))) {
          ctx.add({ start: t.start, end: w.start + stripPossessive(w.text).length, type: 'organization' });
          break;
        }
      }
    }
  },
});
