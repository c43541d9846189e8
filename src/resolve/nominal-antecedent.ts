import { defineRule } from '../rules/define.js';
import { antecedents, type Antecedent } from './antecedents.js';
import type { SpeakerDraft } from '../pipeline/draft.js';
import { lettersAndHyphens } from '../text/plain-pattern.js';
import type { Lexicon } from '../lexicon/lexicon.js';

// where the complement of a role's noun starts: "author [of the book]", "spokesperson [for the ministry]"
const COMPLEMENT = ({ anyOf }: Lexicon) => new RegExp(String.raw`\s${anyOf.affiliationPrepositions}\s`, 'iu');

/** The nouns that some abbreviated title stands for ("doctor", "senator"): most nominals name none, and skip the title check. */
const TITLE_NOUNS = ({ titleNouns }: Lexicon): ReadonlySet<string> => new Set(titleNouns.values());
const FIRST_WORD = /^\S+/u;

/** Up to how many speakers the article is scanned for the role before walking back over its mentions. */
const SHORTCUT_SPEAKERS = 120;

const ASCII = /^[\0-\x7f]*$/u;
const ASCII_WORD = /^[a-z][a-z-]*$/u;
const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * `/\bword\b/iu.test(role)` for an ASCII role and a lower-case ASCII word, by indexOf: a pattern made for each noun costs V8
 * a compile (most of this rule's time in a profile), where the search costs next to nothing.
 */
function holdsWord(role: string, word: string): boolean {
  const text = role.toLowerCase();
  const endsInWord = isWordChar(word.charCodeAt(word.length - 1));
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    // (the word starts with a letter: a boundary before it is a non-word character or the start)
    const startsAtBoundary = at === 0 || !isWordChar(text.charCodeAt(at - 1));
    const endsAtBoundary = endsInWord !== (end < text.length && isWordChar(text.charCodeAt(end)));
    if (startsAtBoundary && endsAtBoundary) return true;
  }
  return false;
}

/**
 * A role noun phrase refers back to a person: `The same researcher` to the latest speaker whose role holds
 * "researcher", else (with "same") to the latest speaker; `the minister` to the latest person whose role holds it.
 */
export const nominalAntecedent = defineRule({
  name: 'nominal-antecedent',
  stage: 'resolve',
  description: 'Links "the (same) <role>" to the latest person whose role contains the noun; "the same" falls back to the latest speaker.',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'nominal') return;
    const words = m.text.toLowerCase().split(/\s+/u);
    if (!ctx.lexicon.definiteDeterminers.has(words[0]!)) return;
    const noun = words[words.length - 1]!;
    const same = words.includes('same');

    const word = lettersAndHyphens(noun);
    const source = `\\b${word}\\b`;
    // one test per pattern and role in an article: the same speakers and nouns come back mention after mention
    const tested = ctx.doc.memo('nominal-antecedent:role-tests', () => new Map<string, Map<string, boolean>>());
    let byRole = tested.get(source);
    if (!byRole) tested.set(source, (byRole = new Map()));
    let nounPattern: RegExp | null = null;
    // a noun that names no role is looked for before the role's complement: "the book" is not the "author of the book"
    // (a role noun is looked for in it all: "the secretary of state")
    const complement = ctx.lexicon.once(COMPLEMENT);
    const namesRole = [1, 2, 3, 4].some((n) => n <= words.length && ctx.lexicon.roleNouns.has(words.slice(-n).join(' ')));
    const hasRole = (fullRole: string | null) => {
      if (fullRole === null) return false;
      const cut = namesRole ? -1 : fullRole.search(complement);
      const role = cut < 0 ? fullRole : fullRole.slice(0, cut);
      let found = byRole.get(role);
      if (found === undefined) byRole.set(role, (found = ASCII.test(role) && ASCII_WORD.test(word) ? holdsWord(role, word) : (nounPattern ??= new RegExp(source, 'iu')).test(role)));
      return found;
    };
    // an abbreviated title stands for its noun: "the doctor" is "Dr Ana Ruiz" ("Dr" -> doctor); a title comes with the
    // first mentions, so only those are read
    const titleNoun = ctx.lexicon.once(TITLE_NOUNS).has(noun);
    const titled = (speaker: SpeakerDraft) => titleNoun && speaker.mentions.slice(0, 2).some((sm) => ctx.lexicon.titleNouns.get(FIRST_WORD.exec(sm.text)?.[0] ?? '') === noun);
    // without "same" only a person whose role holds the noun is linked: when no speaker has one, none is looked for
    // (a shortcut, so only while the speakers are few: on a long document it would cost more than the walk it saves)
    if (!same && ctx.speakers.length <= SHORTCUT_SPEAKERS && !ctx.speakers.some((s) => s.type === 'person' && (hasRole(s.role) || titled(s)))) return;
    let speaker: Antecedent | undefined;
    let nearest: Antecedent | undefined;
    let pick: Antecedent | undefined;
    for (const a of antecedents(ctx, (s) => s.type === 'person')) {
      if (hasRole(a.speaker.role) || titled(a.speaker)) {
        pick = a;
        break;
      }
      nearest ??= a;
      if (!speaker && a.speaks) speaker = a;
    }
    pick ??= same ? speaker ?? nearest : undefined;
    if (pick) ctx.link(pick.speaker);
  },
});
