import { defineRule } from '../rules/define.js';
import { forText, lettersAndHyphens, plainExec, plainPattern } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// an organisation's possessive before the role: "X, Harbour Board's deputy chair, said" (the organisation is the affiliation)
const POSSESSIVE_ORGANISATION = String.raw`((?:\p{Lu}[\p{L}&.-]*\s+){0,3}\p{Lu}[\p{L}&.-]*)[’']s\s+(?=\p{Ll})`;

const ROLE_END_COMMA = plainPattern(String.raw`,\s*(?:\p{Ll}+\s+){0,2}$`, 'u');

const APPOSITIVE_OPEN = ({ anyOf }: Lexicon) => plainPattern(String.raw`^[’']?s?\s*,\s*(?!${anyOf.conjunctionsAndRelativesAfterNameComma}\b)(?:who\s+${anyOf.copulasBeforeRole}\s+)?(?!${anyOf.clauseIntroducers}\b)((?:an?|the)\s+|(?=\p{Ll})|${POSSESSIVE_ORGANISATION})`, 'u');

/** True when the last word before the first function word of a role is a role noun: "chief of staff" -> "chief". */
function headIsRoleNoun(lexicon: Lexicon, words: readonly string[]): boolean {
  const k = words.findIndex((w) => lexicon.functionWords.has(w.toLowerCase()));
  const head = words[(k < 0 ? words.length : k) - 1];
  return head !== undefined && lexicon.roleNouns.has(lettersAndHyphens(head.toLowerCase()));
}

/** Index of the first value greater than `offset` in a sorted list. */
function firstAfter(sorted: readonly number[], offset: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A role in an appositive after a name: `Samir Haddouti, a researcher in maritime and port security, said`.
 * The appositive runs to the comma before the reporting verb, so roles with commas inside stay whole:
 * `X, an expert in flood defence, river engineering and risk assessment, stated`.
 * `X, who is a professor at Y, said` gives the role after "who is".
 */
export const appositiveRole = defineRule({
  name: 'appositive-role',
  stage: 'mentions',
  description: 'Reads the role from ", a/an/the ROLE," or ", who is ROLE," right after a name.',
  apply(ctx) {
    const { text } = ctx;
    const cueStarts = ctx.cues.filter((c) => c.kind === 'verb').map((c) => c.start).sort((a, b) => a - b);
    for (const m of ctx.mentions) {
      if (m.type !== 'name' || m.role?.rule === 'appositive-role') continue;
      const sentence = ctx.doc.sentences[ctx.doc.sentenceAt(m.start)];
      if (!sentence) continue;
      const rest = text.slice(m.end, sentence.end);
      // (", and their manager, X," is a coordination, not an appositive)
      const open = plainExec(ctx.lexicon.once(APPOSITIVE_OPEN), rest);
      if (!open) continue;
      const roleStart = m.end + open[0].length;
      // the role ends at the last comma before a reporting verb (within 40 words), else at the first comma or the sentence end
      const limit = Math.min(sentence.end, roleStart + 400);
      let roleEnd = -1;
      for (let k = firstAfter(cueStarts, roleStart); k < cueStarts.length && cueStarts[k]! <= limit; k++) {
        const cueStart = cueStarts[k]!;
        const before = text.slice(roleStart, cueStart);
        const lastComma = before.search(forText(ROLE_END_COMMA, before));
        if (lastComma > 0) {
          roleEnd = roleStart + lastComma;
          break;
        }
      }
      // after an organisation's possessive the role is short: it ends at the first comma ("X, the club's treasurer, ...")
      if (roleEnd < 0 || open[2]) {
        const comma = text.slice(roleStart, limit).search(/[,;.]/u);
        roleEnd = comma < 0 ? limit : roleStart + comma;
      }
      const role = text.slice(roleStart, roleEnd).trim();
      // an appositive never holds a reporting verb or a quotation: "At the meeting with X, the mayor said “...”"
      const nextCue = cueStarts[firstAfter(cueStarts, roleStart - 1)];
      if (/[“”"«»]/u.test(role) || (nextCue !== undefined && nextCue < roleEnd)) continue;
      const words = role.split(/\s+/u);
      if (!role || words.length > 30) continue;
      // "X, a retired machinist," is a role whatever the noun; after "the" or none, only a known role noun makes one
      // ("X, the country's largest city," is not)
      const indefinite = /^an?\s/u.test(open[1] ?? '');
      const hasRoleNoun = words.some((w) => ctx.lexicon.roleNouns.has(lettersAndHyphens(w.toLowerCase())));
      if (!indefinite && !hasRoleNoun) continue;
      // (and its head, the last word before a function word, is a role noun: not "X, the town's coalition consists of")
      if (open[2] && !headIsRoleNoun(ctx.lexicon, words)) continue;
      // a relative clause about the person is not part of the role reported: "a surveyor who inspected the pier" -> "surveyor"
      // (the mention keeps the whole appositive, which the rules after it step over)
      const relative = role.search(ctx.lexicon.containsWord.personRelatives);
      ctx.setRole(m, role, relative > 0 ? role.slice(0, relative).trim() : role);
      if (open[2]) ctx.setAffiliation(m, open[2]);
    }
  },
});
