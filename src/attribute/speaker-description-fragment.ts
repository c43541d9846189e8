import { defineRule } from '../rules/define.js';
import { anchorEnd } from './filler-gap.js';
import { speakerOfCue } from './speaker-mention.js';
import { contentWords } from './unattributed-fragment.js';
import { cuesBefore, openOf, pending } from './quote-site.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

/** A longer quotation may be the speaker's next words, not a phrase of their description. */
const MAX_WORDS = 8;
// the attribution follows a quotation it reports: `“...,” said` / `“...” said`
const AFTER_QUOTE = /[”"’'»],?\s*$|,[”"’'»]\s*$/u;
// the description is set off by a comma and holds no clause of its own: not `, but he was shocked when`
// (and it has words: `“...,” said Jon Dahl, “and ...”` goes on with the same speaker)
// (a party and state in brackets may come first: `said Rep. Jon Dahl (D-Maine), one of the first “gang of three” skippers`)
const DESCRIPTION = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?,(?![^“"‘«]*\b${anyOf.conjunctionsOpeningDescriptionClause}\s+${anyOf.personalSubjectPronouns}\b)\s*[\p{L}\p{N}][^.;:!?]*$`, 'iu');

/**
 * A short quotation inside the description of an inverted speaker is the writer's phrase, not the speaker's words:
 * in `“We lost,” said Jon Dahl, whose new book praises “rebellious” skippers.` the verb reports the first quotation
 * only. Runs before the cue sieves, which would make the phrase a mixed quote of Jon Dahl.
 */
export const speakerDescriptionFragment = defineRule({
  name: 'speaker-description-fragment',
  stage: 'attribute',
  description: `Drops a quote of at most ${MAX_WORDS} words set in the description of the speaker of "“...,” said SPEAKER, ..." when no verb of its own reports it.`,
  apply(ctx) {
    for (const a of pending(ctx)) {
      const open = openOf(a);
      const cue = cuesBefore(ctx, open)[0];
      if (!cue || cue.kind !== 'verb' || !AFTER_QUOTE.test(ctx.text.slice(Math.max(0, cue.start - 4), cue.start))) continue;
      const speaker = speakerOfCue(ctx, cue);
      if (!speaker || speaker.start < cue.end || contentWords(ctx.text, a) > MAX_WORDS || /[.!?]\s/u.test(ctx.text.slice(a.parts[0]!.start, a.parts[0]!.end))) continue;
      if (plainTest(ctx.lexicon.once(DESCRIPTION), ctx.text.slice(anchorEnd(ctx, speaker, open), open))) ctx.drop(a, 'a phrase in the description of the speaker, not their words');
    }
  },
});
