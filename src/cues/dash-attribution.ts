import { defineRule } from '../rules/define.js';
import { plainExec, plainPattern } from '../text/plain-pattern.js';
const DASH_BEFORE_CAPITAL = plainPattern(String.raw`^\s*([—–]|--?)\s*(?=\p{Lu})`, 'u');

/** A dash after a closing quotation mark attributes it: `“We will win.” — Jane Doe` */
export const dashAttribution = defineRule({
  name: 'dash-attribution',
  stage: 'cues',
  description: 'Marks a dash that follows a closing quotation mark and precedes a capitalised word.',
  apply(ctx) {
    for (const q of ctx.quotes) {
      const after = ctx.text.slice(q.close, q.close + 8);
      const m = plainExec(DASH_BEFORE_CAPITAL, after);
      if (m) {
        const at = q.close + m[0].indexOf(m[1]!);
        ctx.add({ start: at, end: at + m[1]!.length, text: m[1]!, lemma: '—', belief: false, kind: 'dash' });
      }
    }
  },
});
