import { defineRule } from '../rules/define.js';
import { speakerOfCue } from '../attribute/speaker-mention.js';
import { isTaken, trimClause, usedCues } from './reported-site.js';

/** Reported speech before its attribution: `The talks have stalled, officials said.`, `..., said a spokesman.` */
export const frontedClause = defineRule({
  name: 'fronted-clause',
  stage: 'reported',
  description: 'Reports "CLAUSE, SPEAKER said." when the attribution closes the sentence.',
  apply(ctx) {
    const used = usedCues(ctx);
    const taken = [...ctx.attributions];
    for (const cue of ctx.cues) {
      if (cue.kind !== 'verb' || used.has(cue)) continue;
      const s = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
      if (!s) continue;
      const mention = speakerOfCue(ctx, cue);
      if (!mention) continue;
      const attributionStart = Math.min(mention.start, cue.start);
      const attributionEnd = Math.max(mention.end, cue.end);
      const before = ctx.text.slice(s.start, attributionStart);
      // the attribution follows a comma and ends the sentence (a time phrase or appositive may follow)
      if (!/,\s*$/u.test(before)) continue;
      const tail = ctx.text.slice(attributionEnd, s.end);
      if (!/^(?:\s*,?\s*(?:[\p{Ll}\p{N}’'-]+\s*){0,4})?[.!?]?[”"’]?$/u.test(tail) && !/^,\s+(?:an?|the)\s/u.test(tail)) continue;
      const content = trimClause(ctx.text, s.start, attributionStart);
      if (!content || isTaken(ctx, content, taken)) continue;
      taken.push(ctx.addIndirect({ parts: [content], mention, cue, confidence: cue.belief ? 0.55 : 0.75 }));
    }
  },
});
