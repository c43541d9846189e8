import { defineRule } from '../rules/define.js';
import { makeMixed } from './mixed-shape.js';
import { closeOf, openOf, pending } from './quote-site.js';
import { mentionsBetween } from './mention-context.js';
import { alnumRuns } from '../text/plain-pattern.js';

/** A headline is short: more words make it a paragraph of prose. */
const MAX_HEADLINE_WORDS = 30;
/** Longer than this, a paragraph is not a headline whatever its words (and is not read word by word). */
const MAX_HEADLINE_CHARS = 300;
/** The speaker and colon open the line: `Harbour Chief Petra Holm:` */
const MAX_SPEAKER_CHARS = 60;

/**
 * A headline that opens with a speaker and a colon reports what follows, quoted words and all:
 * `Holm: Ferry Plan Is ‘Dangerously Wrong’` is Holm's mixed quote from after the colon to the end of the line.
 * A quote right after the colon is left to colon-introduction.
 */
export const headlineSpeakerColon = defineRule({
  name: 'headline-speaker-colon',
  stage: 'attribute',
  description: `Attributes a quote in a short line (at most ${MAX_HEADLINE_WORDS} words) opened by "Speaker:" to that speaker; the rest of the line becomes mixed.`,
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const p = ctx.doc.paragraphs[ctx.doc.paragraphAt(open)];
      if (!p || closeOf(a) > p.end || p.end - p.start > MAX_HEADLINE_CHARS) continue;
      const line = ctx.text.slice(p.start, p.end);
      if (alnumRuns(line) > MAX_HEADLINE_WORDS) continue;
      const colon = line.indexOf(':');
      if (colon < 0 || colon > MAX_SPEAKER_CHARS || p.start + colon >= open) continue;
      const start = p.start + colon + 1 + /^\s*/u.exec(line.slice(colon + 1))![0].length;
      // words before the quote, and no sentence ending between colon and quote
      if (start >= open || /[.!?]\s/u.test(ctx.text.slice(start, open))) continue;
      const mention = mentionsBetween(ctx.mentions, p.start, p.start + colon).find((m) => /^\s*$/u.test(ctx.text.slice(m.end, p.start + colon)));
      if (!mention) continue;
      let end = p.end;
      while (end > closeOf(a) && /[\s.,;:]/u.test(ctx.text[end - 1]!)) end--;
      ctx.attribute(a, { mention, cue: null, confidence: 0.7 });
      makeMixed(ctx, a, start, end);
    }
  },
});
