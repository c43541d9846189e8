import type { CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { AttributeContext } from '../pipeline/rule.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { plainExec, plainPattern, plainTest } from '../text/plain-pattern.js';
import { mentionsBetween } from './mention-context.js';

type Ctx = Pick<AttributeContext, 'text' | 'lexicon' | 'mentions' | 'doc'>;

// a comma, a determiner and a role with no comma, clause mark or quotation of its own up to the verb
const OPEN_ROLE = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s*,\s*${anyOf.articlesAndThirdPersonPossessives}\s+([^,;:!?“”"«»()\[\]—–]{1,120})$`, 'iu');
// what may stand before the name: nothing in its sentence, or a closing quotation mark and its comma
const NAME_LEAD = /(?:^|[”"’»]\s*,?)\s*$/u;
// a verb set off by commas inside the name's own clause: "Ada Quist, an aide said, “is tired”" has the aide speaking
const PARENTHETICAL = plainPattern(String.raw`^\s*,\s*[“"‘']?\s*\p{Ll}`, 'u');

/**
 * A name whose appositive role the writer forgot to close with a comma is still the subject of the verb after the
 * role: `Ada Quist, the treasurer of the garden club said`, `“...,” Ada Quist, the club’s treasurer said.` The name
 * must open its clause (its sentence, or right after a quotation) and the role must hold no verb of speech, pronoun,
 * auxiliary, relative pronoun (but for one "who" after its noun) or conjunction, so "Ada Quist, the treasurer and the
 * mayor said" is left alone, and the verb must not be set off inside the name's own clause ("Ada Quist, an aide said,
 * is tired").
 */
export function unclosedAppositiveSubject(ctx: Ctx, cue: CueDraft): MentionDraft | null {
  const s = ctx.doc.sentences[ctx.doc.sentenceAt(cue.start)];
  if (!s || plainTest(PARENTHETICAL, ctx.text.slice(cue.end, cue.end + 8))) return null;
  // (mentions of the sentence only, found by binary search: a scan of all the article's would be quadratic in its length)
  const name = mentionsBetween(ctx.mentions, s.start, cue.start).find((m) => m.type === 'name' && m.end < cue.start && NAME_LEAD.test(ctx.text.slice(Math.max(s.start, m.start - 6), m.start)) && /^\s*,/u.test(ctx.text.slice(m.end, cue.start)));
  if (!name) return null;
  const role = plainExec(ctx.lexicon.once(OPEN_ROLE), ctx.text.slice(name.end, cue.start));
  if (!role) return null;
  const words = role[1]!.trim().split(/\s+/u).map((w) => w.toLowerCase());
  const lx = ctx.lexicon;
  // (a "who" clause after the role's noun may describe it: "Ada Quist, the chemist who founded the club said")
  const described = (w: string, k: number) => w === 'who' && k > 0 && words.indexOf('who') === k;
  if (words.length > 12 || words.some((w, k) => lx.verbForms.has(w) || lx.personalSubjectPronouns.has(w) || lx.auxiliaries.has(w) || (lx.relativePronouns.has(w) && !described(w, k)) || lx.conjunctionsAfterNameComma.has(w))) return null;
  return name;
}
