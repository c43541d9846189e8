import { defineRule } from '../rules/define.js';
import { plainPattern, plainTest, startsLower } from '../text/plain-pattern.js';
import { multiWordRoleEndingAt } from './role-phrase.js';

const CAPITALISED_WORD = plainPattern(String.raw`^\p{Lu}\p{Ll}`, 'u');
const LOWER_WORD = plainPattern(String.raw`^\p{Ll}[\p{Ll}-]*$`, 'u');

/**
 * A lower-case role right before a name: `researcher Samir Haddouti`, `said political analyst Jane Doe`, `Festival director Jane Doe`,
 * and a role noun of several words: `former chief of staff Jane Doe`.
 */
export const roleBeforeName = defineRule({
  name: 'role-before-name',
  stage: 'mentions',
  description: 'Reads a role from the role noun (and its modifiers) written in lower case just before a name.',
  apply(ctx) {
    const { tokens } = ctx.doc;
    for (const m of ctx.mentions) {
      if (m.type !== 'name') continue;
      const last = ctx.doc.tokenAt(m.start) - 1;
      const head = tokens[last];
      if (!head || head.sentence !== tokens[last + 1]?.sentence || !startsLower(head.text)) continue;
      const multiWord = multiWordRoleEndingAt(tokens, last, ctx.lexicon);
      if (multiWord < 0 && !ctx.lexicon.roleNouns.has(head.lower)) continue;
      const i = multiWord < 0 ? last : multiWord;
      let first = i;
      while (first > 0 && i - first < 3) {
        const t = tokens[first - 1]!;
        if (t.sentence !== head.sentence) break;
        // the sentence's first word is capitalised whatever it is: "Opposition deputy Jane Doe said"
        const opensSentence = tokens[first - 2]?.sentence !== t.sentence && plainTest(CAPITALISED_WORD, t.text) && !ctx.lexicon.nonNames.has(t.text);
        // any other lower-case content word modifies the role ("board chair", "depot manager"), but not a verb: "said"
        const modifier = plainTest(LOWER_WORD, t.text) && !ctx.lexicon.functionWords.has(t.lower) && !ctx.lexicon.verbForms.has(t.lower);
        if (!(ctx.lexicon.roleNouns.has(t.lower) || ctx.lexicon.roleModifiers.has(t.lower) || opensSentence || modifier)) break;
        first--;
      }
      ctx.setRole(m, ctx.text.slice(tokens[first]!.start, head.end));
    }
  },
});
