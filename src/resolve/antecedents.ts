import type { MentionDraft, SpeakerDraft } from '../pipeline/draft.js';
import type { ResolveContext } from '../pipeline/rule.js';

const LOOKBACK = 300;

export interface Antecedent {
  readonly mention: MentionDraft;
  readonly speaker: SpeakerDraft;
  /** The mention is the speaker of some attribution. */
  readonly speaks: boolean;
  /** The mention is the first of its sentence: usually the subject. */
  readonly sentenceInitial: boolean;
}

/** Resolved mentions before the current one, nearest first (at most a few hundred back). */
export function antecedents(ctx: ResolveContext, accept: (s: SpeakerDraft) => boolean): Antecedent[] {
  const { mentions, speaking } = ctx;
  const index = ctx.mentionIndex;
  const out: Antecedent[] = [];
  for (let i = index - 1; i >= 0 && i >= index - LOOKBACK; i--) {
    const m = mentions[i]!;
    if (m.speakerId === null) continue;
    // a mention inside a longer one ("Association" in "members of the Tenants’ Association") stands for it
    if (mentions.slice(Math.max(0, i - 3), i).some((o) => o.start <= m.start && m.end <= o.end)) continue;
    const speaker = ctx.speakerById(m.speakerId);
    if (!speaker || !accept(speaker)) continue;
    const sentence = ctx.doc.sentenceAt(m.start);
    // the first person-like mention of its sentence; an organisation in front may be a modifier ("Council member X")
    let k = i - 1;
    while (k >= 0 && (mentions[k]!.type === 'organization' || mentions[k]!.type === 'group') && ctx.doc.sentenceAt(mentions[k]!.start) === sentence) k--;
    const prev = mentions[k];
    // a possessive is no subject: "Achterberg’s barrister, Fiona Gallagher, said"
    const possessive = /^[’']s?\b/u.test(ctx.text.slice(m.end, m.end + 2));
    const sentenceInitial = !possessive && (!prev || ctx.doc.sentenceAt(prev.start) !== sentence || /^[’']s?\b/u.test(ctx.text.slice(prev.end, prev.end + 2)));
    out.push({ mention: m, speaker, speaks: speaking.has(m), sentenceInitial });
  }
  return out;
}

/** Paragraph distance between two offsets, counting only body paragraphs. */
export function paragraphsApart(ctx: ResolveContext, from: number, to: number): number {
  const a = ctx.doc.paragraphAt(from);
  const b = ctx.doc.paragraphAt(to);
  let n = 0;
  for (let i = Math.min(a, b) + 1; i <= Math.max(a, b); i++) if (ctx.doc.isBody(i)) n++;
  return n;
}
