import { defineRule } from '../rules/define.js';
import { insideAny } from '../text/quote-index.js';
import { looksPastParticiple } from '../text/tokens.js';
import { plainPattern, plainTest, startsLower, startsUpper } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

const PLAIN_WORD = plainPattern(String.raw`^[\p{Ll}\p{Lu}][\p{Ll}.-]*$`, 'u');
const LOWER_PLURAL = plainPattern(String.raw`^\p{Ll}{3,}s$`, 'u');


// "retired officers", "leading experts" after a determiner; but "She emailed supporters", "echoing some commentators": a verb
const PARTICIPLE = plainPattern(String.raw`^\p{Ll}{3,}(?:ed|ing)$`, 'u');
const OPENS_NOUN_PHRASE = ({ anyOf }: Lexicon) => plainPattern(String.raw`^(?:${anyOf.nounPhraseOpeners}|[;:—–(“"‘])$`, 'iu');

/**
 * Groups and unnamed sources: `observers`, `Some analysts`, `U.S. officials`, and a relative clause that names who
 * they are, up to the reporting verb: `Residents who attended the hearing on Monday say that ...`.
 */
export const group = defineRule({
  name: 'group',
  stage: 'mentions',
  description: 'Finds plural speaker groups, extended over a "who ..." relative clause up to the reporting verb.',
  apply(ctx) {
    const { tokens } = ctx.doc;
    const inQuote = insideAny(ctx.quotes);
    const cueAt = new Map(ctx.cues.filter((c) => c.kind === 'verb').map((c) => [c.start, c]));
    // a modifier of the group noun: "local shopkeepers", "Border officials" (a sentence's first word), "senior U.S. officials"
    const isModifier = (k: number, head: number) => {
      const m = tokens[k];
      if (!m || m.sentence !== tokens[head]!.sentence) return false;
      if (ctx.lexicon.groupModifiers.has(m.lower)) return true;
      if (tokens[k - 1]?.sentence !== m.sentence) return startsUpper(m.text) && !ctx.lexicon.nonNames.has(m.text);
      if (plainTest(PARTICIPLE, m.lower) && !plainTest(ctx.lexicon.once(OPENS_NOUN_PHRASE), tokens[k - 1]!.text)) return false;
      return plainTest(PLAIN_WORD, m.text) && !ctx.lexicon.functionWords.has(m.lower) && !ctx.lexicon.verbForms.has(m.lower) && !/^[,;:]$/u.test(m.text);
    };
    // "according to local shopkeepers": any plural noun phrase after "according to" names a group
    const afterAccording = (i: number) => {
      for (let k = Math.max(0, i - 4); k < i - 1; k++) if (tokens[k]!.lower === 'according' && tokens[k + 1]!.lower === 'to') return true;
      return false;
    };
    // a phrase set off by commas may stand before the verb: "Others, angry at the delay, shouted"
    const cueAfterSetOff = (comma: number) => {
      if (tokens[comma]?.text !== ',') return false;
      for (let k = comma + 1; k < tokens.length && k <= comma + 25 && tokens[k]!.sentence === tokens[comma]!.sentence; k++) {
        if (/^[“”"«»;:]$/u.test(tokens[k]!.text)) return false;
        if (tokens[k]!.text === ',') return cueAt.has(tokens[k + 1]?.start ?? -1);
      }
      return false;
    };
    // "those polled said": after the word at i, a participle naming who they are, then the verb
    const participleThenCue = (i: number) =>
      looksPastParticiple(tokens[i + 1]?.text ?? '') && !cueAt.has(tokens[i + 1]!.start) && cueAt.has(tokens[i + 2]?.start ?? -1) && tokens[i + 2]!.sentence === tokens[i]!.sentence;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      const head = ctx.lexicon.groupNouns.has(t.lower) || (t.text.endsWith('s') && plainTest(LOWER_PLURAL, t.text) && afterAccording(i) && !startsLower(tokens[i + 1]?.text ?? ''));
      if (!head || inQuote(t.start)) continue;
      const standalone = ctx.lexicon.pronounGroups.has(t.lower);
      // "those"/"many" name speakers only as a subject: at the start of a clause ("He praised those who left" is an object)
      const before = tokens[i - 1];
      if (standalone && before && before.sentence === t.sentence && !/^[,;:—–(“"‘]$/u.test(before.text) && !ctx.lexicon.conjunctionsBeforeGroupSubject.has(before.lower)) continue;
      // "those"/"many" name a group only as a subject with a relative clause or right before a verb
      let start = i;
      while (start > i - 3 && !standalone && isModifier(start - 1, i) && tokens[start - 1]!.lower !== 'to') start--;
      let end = i;
      // a relative clause: up to the first reporting verb after it that ends the subject
      let k = i + 1;
      while (k < tokens.length && k <= i + 2 && startsLower(tokens[k]!.text) && tokens[k]!.lower !== 'who' && !cueAt.has(tokens[k]!.start)) k++;
      // (not after its own verb: in "said one of three residents who came but would not speak" the group is already spoken for)
      const afterVerb = [start - 1, start - 2, start - 3].some((b) => b >= 0 && tokens[b]!.sentence === t.sentence && cueAt.has(tokens[b]!.start));
      if (tokens[k]?.lower === 'who' && tokens[k]!.sentence === t.sentence && !afterVerb) {
        let m = k + 2; // skip the relative clause's own verb ("who spoke")
        while (m < tokens.length && tokens[m]!.sentence === t.sentence && m < k + 25 && !cueAt.has(tokens[m]!.start) && tokens[m]!.text !== ',') m++;
        if (m < tokens.length && cueAt.has(tokens[m]!.start) && tokens[m]!.sentence === t.sentence) end = m - 1;
      } else if (standalone && participleThenCue(i)) {
        end = i + 1;
      } else if (standalone && !cueAt.has(tokens[i + 1]?.start ?? -1) && !cueAfterSetOff(i + 1)) {
        continue; // "Many fear ..." names a group; "many of them" does not
      }
      // "members of the Tenants’ Association": the group takes its "of" phrase naming who they are
      if (end === i && tokens[i + 1]?.lower === 'of' && tokens[i + 1]!.sentence === t.sentence) {
        let k = i + 2;
        if (tokens[k]?.lower === 'the') k++;
        let last = -1;
        // capitalised words, with a plural possessive inside: "the Hatherby Tenants’ Association"
        while (tokens[k] && tokens[k]!.sentence === t.sentence && (startsUpper(tokens[k]!.text) || (/^[’']$/u.test(tokens[k]!.text) && /s$/u.test(tokens[k - 1]!.text)))) {
          if (startsUpper(tokens[k]!.text)) last = k;
          k++;
        }
        if (last > 0) end = last;
      }
      ctx.add({ start: tokens[start]!.start, end: tokens[end]!.end, type: 'group' });
      i = end;
    }
  },
});
