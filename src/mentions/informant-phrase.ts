import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import { plainExec, plainPattern, startsAlnum } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// the informant postmodifier and its object, running up to the verb with no clause mark between
const POSTMODIFIER = ({ anyOf }: Lexicon) => plainPattern(String.raw`\b${anyOf.informantPostmodifiers}\s+[^,;:.!?“”"«»()\[\]—–]{1,80}?\s*,?\s*$`, 'iu');
// what may stand before a phrase with no determiner: its sentence's start, a clause mark or a conjunction
const OPENS = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:[,;:(—–]|${anyOf.conjunctionsAfterNameComma})$`, 'iu');

/**
 * An unnamed informant described by what they know, up to the verb whose subject it is: `A source familiar with the
 * talks said`, `People close to the governor say`, `One council aide involved in the count told`. The whole phrase is
 * the mention, so no name inside its object (`close to the governor`) is read as the speaker.
 */
export const informantPhrase = defineRule({
  name: 'informant-phrase',
  stage: 'mentions',
  description: 'Adds a mention for a person or group noun with a "familiar with / close to / briefed on ..." phrase ending right before a reporting verb.',
  apply(ctx) {
    const { tokens } = ctx.doc;
    const lx = ctx.lexicon;
    const inQuote = insideAny(ctx.quotes);
    for (const cue of ctx.cues) {
      if (cue.kind !== 'verb') continue;
      const s = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
      if (!s) continue;
      const from = Math.max(s.start, cue.start - 200);
      const post = plainExec(lx.once(POSTMODIFIER), ctx.text.slice(from, cue.start));
      if (!post) continue;
      // the object holds no finite verb or subject of its own: not "people close to her say she now agrees"
      // (a gerund is a noun there: "familiar with her thinking")
      const objectWords = post[0].toLowerCase().split(/[\s,]+/u).slice(2);
      if (objectWords.some((w) => (lx.verbForms.has(w) && !w.endsWith('ing')) || lx.personalSubjectPronouns.has(w) || lx.auxiliaries.has(w))) continue;
      let head = ctx.doc.tokenAt(from + post.index) - 1;
      const h = tokens[head];
      if (!h || h.start < s.start || !(lx.roleNouns.has(h.lower) || lx.groupNouns.has(h.lower) || lx.informantNouns.has(h.lower))) continue;
      // up to three modifiers before the noun, then a determiner or the phrase's opening
      let first = head;
      let opened = false;
      for (let k = head - 1; k >= 0 && k >= head - 4; k--) {
        const t = tokens[k]!;
        if (t.start < s.start) { opened = true; break; }
        if (lx.subjectDeterminers.has(t.lower)) { first = k; opened = k === 0 || tokens[k - 1]!.start < s.start || plainExec(lx.once(OPENS), tokens[k - 1]!.text) !== null; break; }
        if (plainExec(lx.once(OPENS), t.text)) { opened = true; break; }
        if (k === head - 4 || !startsAlnum(t.text) || lx.functionWords.has(t.lower) || lx.verbForms.has(t.lower)) break;
        first = k;
      }
      if (first === 0 || tokens[first - 1]!.start < s.start) opened = true;
      if (!opened || inQuote(tokens[first]!.start)) continue;
      head = first;
      const start = tokens[head]!.start;
      const end = from + post.index + post[0].replace(/[\s,]+$/u, '').length;
      if (ctx.mentions.some((m) => m.start === start && m.end === end)) continue;
      ctx.add({ start, end, type: lx.groupNouns.has(h.lower) || h.lower.endsWith('s') ? 'group' : 'nominal' });
    }
  },
});
