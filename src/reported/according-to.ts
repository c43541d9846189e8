import { defineRule } from '../rules/define.js';
import { mentionsBetween } from '../attribute/mention-context.js';
import { subjectAfter } from '../attribute/subject-after.js';
import type { CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import { isTaken, report, reportedClause, takenSpans, trimClause, usedCues } from './reported-site.js';
import { plainPattern, plainTest } from '../text/plain-pattern.js';
const QUOTED_TITLE = /^[^,;]*?(?:“[^”]{1,150}”|"[^"]{1,150}"|''.{1,150}?'')/u;
const ENDS_IN_WORD_OR_COMMA = plainPattern(String.raw`(?:,|[\p{L}\p{N}’'”"])\s*$`, 'u');

/** The source named after "according to": the mention `subjectAfter` finds, else the first one before `end` (a long
 * source like "early results of a poll by the institute" may have no mention of its own: then none). */
function sourceOf(ctx: AttributeContext, cue: CueDraft, end: number): MentionDraft | null {
  return subjectAfter(ctx, cue) ?? mentionsBetween(ctx.mentions, cue.end, end)[0] ?? null;
}

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
      if (!s) continue;
      let content = null;
      let mention = null;
      const before = ctx.text.slice(s.start, cue.start);
      if (/^[\s“"‘(]*$/u.test(before)) {
        // fronted: the content starts after the comma that closes the source ("According to X, a researcher, ...")
        mention = subjectAfter(ctx, cue);
        const from = mention ? mention.end + (mention.role ? ctx.text.slice(mention.end, s.end).indexOf(mention.role.text) + mention.role.text.length : 0) : cue.end;
        // a comma inside a quoted title is not the one that closes the source ("According to “Harbour Lights: A Life,” by ...")
        const title = QUOTED_TITLE.exec(ctx.text.slice(cue.end, s.end));
        const comma = ctx.text.indexOf(',', Math.max(from, title ? cue.end + title[0].length : from));
        if (comma > 0 && comma < s.end) {
          content = reportedClause(ctx, comma + 1, s.end);
          mention ??= sourceOf(ctx, cue, comma);
        }
      } else if (plainTest(ENDS_IN_WORD_OR_COMMA, before)) {
        // trailing: "..., according to two officials." (the comma may be missing: "... 271 delegates according to a count")
        content = trimClause(ctx, s.start, cue.start);
        const close = /[,;(—–]/u.exec(ctx.text.slice(cue.end, s.end));
        mention = sourceOf(ctx, cue, close ? cue.end + close.index : s.end);
      }
      if (!content || isTaken(content, taken)) continue;
      report(ctx, taken, { parts: [content], mention, cue, confidence: 0.85 });
    }
  },
});
