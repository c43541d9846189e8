import { defineRule } from '../rules/define.js';
import { antecedents, type Antecedent } from './antecedents.js';
import { lettersAndHyphens } from '../text/plain-pattern.js';

/** Up to how many speakers the article is scanned for the role before walking back over its mentions. */
const SHORTCUT_SPEAKERS = 120;

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

    const source = `\\b${lettersAndHyphens(noun)}\\b`;
    // one test per pattern and role in an article: the same speakers and nouns come back mention after mention
    const tested = ctx.doc.memo('nominal-antecedent:role-tests', () => new Map<string, Map<string, boolean>>());
    let byRole = tested.get(source);
    if (!byRole) tested.set(source, (byRole = new Map()));
    let nounPattern: RegExp | null = null;
    const hasRole = (role: string | null) => {
      if (role === null) return false;
      let found = byRole.get(role);
      if (found === undefined) byRole.set(role, (found = (nounPattern ??= new RegExp(source, 'iu')).test(role)));
      return found;
    };
    // without "same" only a person whose role holds the noun is linked: when no speaker has one, none is looked for
    // (a shortcut, so only while the speakers are few: on a long document it would cost more than the walk it saves)
    if (!same && ctx.speakers.length <= SHORTCUT_SPEAKERS && !ctx.speakers.some((s) => s.type === 'person' && hasRole(s.role))) return;
    let speaker: Antecedent | undefined;
    let nearest: Antecedent | undefined;
    let pick: Antecedent | undefined;
    for (const a of antecedents(ctx, (s) => s.type === 'person')) {
      if (hasRole(a.speaker.role)) {
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
