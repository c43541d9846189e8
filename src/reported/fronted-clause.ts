import { defineRule } from '../rules/define.js';
import { speakerOfCue } from '../attribute/speaker-mention.js';
import { freeCues, isTaken, report, takenSpans, trimClause } from './reported-site.js';

/** Reported speech before its attribution: `The talks have stalled, officials said.`, `..., said a spokesman.` */
export const frontedClause = defineRule({
  name: 'fronted-clause',
  stage: 'reported',
  description: 'Reports "CLAUSE, SPEAKER said." and "CLAUSE, SPEAKER said, CLAUSE." (an attribution set in the sentence).',
  apply(ctx) {
    const taken = takenSpans(ctx);
    for (const { cue, sentence: s } of freeCues(ctx)) {
      const mention = speakerOfCue(ctx, cue);
      if (!mention) continue;
      let attributionStart = Math.min(mention.start, cue.start);
      const attributionEnd = Math.max(mention.end, cue.end);
      // the attribution follows a comma (lower-case modifiers may open it: ", former President X said")
      const lead = /,\s*(?:[\p{Ll}-]+\s+){0,3}$/u.exec(ctx.text.slice(s.start, attributionStart));
      if (!lead) continue;
      attributionStart = s.start + lead.index + 1;
      const tail = ctx.text.slice(attributionEnd, s.end);
      const content = trimClause(ctx.text, s.start, attributionStart);
      if (!content || isTaken(ctx, content, taken)) continue;
      // it ends the sentence (a time phrase or an appositive may follow) ...
      if (/^(?:\s*,?\s*(?:[\p{Ll}\p{N}’'-]+\s*){0,4})?[.!?]?[”"’]?$/u.test(tail) || /^,\s+(?:an?|the)\s/u.test(tail)) {
        report(ctx, taken, { parts: [content], mention, cue, confidence: cue.belief ? 0.55 : 0.75 });
        continue;
      }
      // ... or stands between commas inside it: `The effects, many economists say, are hard to predict.`
      const rest = /^\s*,\s*/u.exec(tail);
      const second = rest ? trimClause(ctx.text, attributionEnd + rest[0].length, s.end) : null;
      if (second && !isTaken(ctx, second, taken)) {
        report(ctx, taken, { parts: [content, second], mention, cue, confidence: cue.belief ? 0.5 : 0.7 });
      }
    }
  },
});
