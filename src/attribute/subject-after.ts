// The subject written after a cue: `said Jane Doe`, `according to observers`, `said one of the pilots`.
import type { CueDraft, MentionDraft } from '../pipeline/draft.js';
import type { Lexicon } from '../lexicon/lexicon.js';
import { plainPattern, plainTest, startsUpper } from '../text/plain-pattern.js';
import { mentionsBetween, type Ctx } from './mention-context.js';
import { anchorEnd, isFillerGap } from './filler-gap.js';

const ONE_OF_GAP = ({ anyOf }: Lexicon) => plainPattern(String.raw`^\s*${anyOf.partitiveQuantifiers}\s+of\s+$`, 'iu');

const COUNTED_GAP = plainPattern(String.raw`^\s*(?:one|another)\s+(?:[\p{Ll}-]+\s+){0,2}$`, 'u');

// what may follow an inverted subject: punctuation, the end, or a phrase about the speaker ("of Ohio", "who ...")
const CLAUSE_END = ({ anyOf }: Lexicon) => new RegExp(String.raw`^\s*(?:\([^()]{1,40}\)\s*)?(?:[,.;:!?”"’)—–]|$|${anyOf.postmodifierOpeners}\s)`, 'u');

const ROLE_DETERMINER = ({ anyOf }: Lexicon) => new RegExp(String.raw`^\s*${anyOf.articlesAndThirdPersonPossessives}\s+(?=\S)`, 'iu');

const ROLE_WORDS = plainPattern(String.raw`^\s*(?:[\p{L}\p{N}][\p{L}\p{N}.&-]*\s+){1,6}$`, 'u');

/** The mention right after a cue: `said Jane Doe`, `according to observers`, `— Jane Doe`. */
export function subjectAfter(ctx: Ctx, cue: CueDraft): MentionDraft | null {
  const candidates = mentionsBetween(ctx.mentions, cue.end, cue.end + 200);
  for (const m of candidates.slice(0, 3)) {
    // ("called it “critical”": "it" after a verb is its object, never an inverted subject)
    if (m.type === 'pronoun' && (cue.kind === 'according' || m.text.toLowerCase() === 'it')) continue;
    const gap = ctx.text.slice(cue.end, m.start);
    // "said pollster Frank Luntz": the role written before the name may stand in between
    // (or any short run of modifiers: "said Harbour Watch executive Director Jon Dahl", "said Saltby businessman X")
    // ("said master of ceremonies Jon Dahl": an "of" inside the role is part of it, and the noun after it is no verb:
    // "said former secretary of state Jon Dahl")
    // (after an article or a possessive, and before a comma: "added his campaign manager Jon Dahl", "said her aide, Jon Dahl")
    const role = m.type === 'name' ? gap.replace(ctx.lexicon.once(ROLE_DETERMINER), ' ').replace(/,\s*$/u, ' ') : gap;
    const roleWords = role.trim().split(/\s+/u);
    const roleGap = (m.role?.rule === 'role-before-name' && role.trim() === m.role.text) || (m.type === 'name' && plainTest(ROLE_WORDS, role) && !roleWords.some((w, k) => (ctx.lexicon.functionWords.has(w.toLowerCase()) && !(w === 'of' && k > 0 && k < roleWords.length - 1)) || (ctx.lexicon.verbForms.has(w) && !startsUpper(w) && roleWords[k - 1] !== 'of')));
    // "said one of the pilots": a group named after "one of" stands for the one who spoke
    const oneOf = m.type === 'group' && plainTest(ctx.lexicon.once(ONE_OF_GAP), gap);
    // "said one official familiar with the talks", "said another": a count before the noun belongs to the subject
    // (with its modifiers: "said one well-connected Democrat", "said another senior Republican")
    const counted = m.type !== 'pronoun' && plainTest(COUNTED_GAP, gap) && !gap.split(/\s+/u).some((w) => w !== 'one' && w !== 'another' && ctx.lexicon.functionWords.has(w));
    if (!/^[\s,]*$/u.test(gap) && !roleGap && !oneOf && !counted && !isFillerGap(ctx, gap)) continue;
    // an inverted subject ends its clause: "said Jane Doe." / "said Jane Doe, a ..." (not "said Jane Doe would ...")
    const paragraphEnd = ctx.doc.paragraphs[ctx.doc.paragraphAt(m.start)]?.end ?? m.end;
    // (the period of an abbreviation that ends the mention ends no clause: "said the U.K. “plainly” lacked")
    const ends = (at: number) => !(at === m.end && ctx.text[at] === '.' && /\.\p{Lu}$/u.test(m.text) && /^\.\s+[\p{Ll}“"]/u.test(ctx.text.slice(at, at + 4))) && ctx.lexicon.once(CLAUSE_END).test(ctx.text.slice(at, Math.min(paragraphEnd, m.end + 400)));
    if (cue.kind === 'according' || ends(m.end) || ends(anchorEnd(ctx, m, paragraphEnd))) return m;
  }
  return null;
}
