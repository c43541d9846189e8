import { defineRule } from '../rules/define.js';
import { startsLower, startsUpper } from '../text/plain-pattern.js';
import type { SpeakerDraft } from '../pipeline/draft.js';
import type { ResolveContext } from '../pipeline/rule.js';

const bare = (s: string) => s.toLowerCase().replace(/^the\s+/u, '').replace(/[’']s$/u, '');

/** How many mentions back "the company" looks for the company it refers to. */
const COMPANY_REACH = 60;

/**
 * "Tarn Motors will close the plant, the carmaker said": a definite noun of a kind of business ("the company", "the
 * carmaker", "the firm") refers back to the last company named, one whose name ends in a company word ("Tarn Motors")
 * or in such a noun ("the Harlow Shipping Company"). Not to any organisation: "the company" is not the ministry.
 */
function lastCompanyNamed(ctx: ResolveContext, name: string): SpeakerDraft | undefined {
  // (the bare noun only: "the trade group", "the social media company" say what kind of body they mean)
  if (!ctx.lexicon.companyNouns.has(name)) return undefined;
  for (let i = ctx.mentionIndex - 1; i >= 0 && i >= ctx.mentionIndex - COMPANY_REACH; i--) {
    const p = ctx.mentions[i]!;
    if (p.type !== 'organization' || p.speakerId === null) continue;
    // (a name of two words or more, not a description: "The company" opening a sentence, or "the Bank", names none)
    const words = p.text.replace(/^the\s+/iu, '').split(/\s+/u);
    const last = words[words.length - 1]!.replace(/[’']s?$/u, '');
    if (words.length > 1 && startsUpper(words[0]!) && (ctx.lexicon.companyNameWords.has(last) || ctx.lexicon.companyNouns.has(last.toLowerCase()))) return ctx.speakerById(p.speakerId);
  }
  return undefined;
}

/** An organisation speaks as one speaker however it is named again: "the Interior Ministry" ... "the ministry". */
export const organizationSpeaker = defineRule({
  name: 'organization-speaker',
  stage: 'resolve',
  description: 'Links an organisation mention to an earlier one with the same name or head noun, else makes a new one.',
  apply(ctx) {
    const m = ctx.mention;
    if (m.type !== 'organization') return;
    const name = bare(m.text);
    const orgs = ctx.speakers.filter((s) => s.type === 'organization');
    // "the ministry" (lower case) refers back to the latest organisation whose name ends in that noun
    const match = orgs.find((s) => bare(s.name) === name)
      ?? (startsLower(name) ? [...orgs].reverse().find((s) => bare(s.name).endsWith(name)) : undefined);
    const company = match ?? (startsLower(name) ? lastCompanyNamed(ctx, name) : undefined);
    if (company) ctx.link(company);
    else ctx.createSpeaker('organization', m.text.replace(/^the\s+/iu, (t) => (startsUpper(m.text.slice(4)) ? '' : t)));
  },
});
