import { defineRule } from '../rules/define.js';
import { subjectAfter } from '../attribute/speaker-mention.js';
import { isTaken, report, reportedClause, takenSpans, trimClause, usedCues } from './reported-site.js';

/**
 * `According to observers, the summit ... marks ...` and `The deal is off, according to two officials.`:
 * the content is the rest of the sentence.
 */
export const accordingTo = defineRule({
  name: 'according-to',
  stage: 'reported',
  description: 'Reports the sentence around "according to X" as X\'s indirect speech.',
  apply(ctx) {
    const used = usedCues(ctx);
    const taken = takenSpans(ctx);
    for (const cue of ctx.cues) {
      if (cue.kind !== 'according' || used.has(cue)) continue;
      const s = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
      const mention = subjectAfter(ctx, cue);
      if (!s || !mention) continue;
      let content = null;
      if (/^[\s“"‘(]*$/u.test(ctx.text.slice(s.start, cue.start))) {
        // fronted: the content starts after the comma that closes the source ("According to X, a researcher, ...")
        const comma = ctx.text.indexOf(',', mention.end + (mention.role ? ctx.text.slice(mention.end, s.end).indexOf(mention.role.text) + mention.role.text.length : 0));
        if (comma > 0 && comma < s.end) content = reportedClause(ctx, comma + 1, s.end);
      } else if (/,\s*$/u.test(ctx.text.slice(s.start, cue.start))) {
        content = trimClause(ctx.text, s.start, cue.start);
      }
      if (!content || isTaken(ctx, content, taken)) continue;
      report(ctx, taken, { parts: [content], mention, cue, confidence: 0.85 });
    }
  },
});
