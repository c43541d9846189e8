import { defineRule } from '../rules/define.js';

const MAX_SOURCE_WORDS = 14;

/**
 * Whatever follows "according to" is the source, even when no word list knows it: `according to polls`,
 * `according to an email from the federation obtained by the paper`, `according to the latest count`.
 */
export const accordingSource = defineRule({
  name: 'according-source',
  stage: 'mentions',
  description: `Adds a mention for the phrase after "according to" (up to a comma or the sentence end, ${MAX_SOURCE_WORDS} words at most) when no other rule found one there.`,
  apply(ctx) {
    const starts = new Set(ctx.mentions.map((m) => m.start));
    for (const cue of ctx.cues) {
      if (cue.kind !== 'according') continue;
      const s = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
      if (!s) continue;
      const phrase = /^\s+([^,;:.!?“”"«»()]+)/u.exec(ctx.text.slice(cue.end, s.end));
      if (!phrase) continue;
      const start = cue.end + phrase[0].length - phrase[1]!.length;
      const text = phrase[1]!.trimEnd();
      if (starts.has(start) || text.split(/\s+/u).length > MAX_SOURCE_WORDS) continue;
      const head = text.split(/\s+/u)[0]!.toLowerCase();
      const type = ctx.lexicon.groupNouns.has(head) || /s$/u.test(text.split(/\s+/u).pop() ?? '') ? 'group' : 'nominal';
      ctx.add({ start, end: start + text.length, type });
    }
  },
});
