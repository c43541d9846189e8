import type { MentionDraft, SpeakerDraft } from '../pipeline/draft.js';
import type { ResolveContext } from '../pipeline/rule.js';
import { isQuotedTitle } from '../text/spans.js';
import { afterPreposition } from '../attribute/mention-context.js';

/** How many mentions back an antecedent is looked for: several paragraphs of news. */
const LOOKBACK = 120;

export interface Antecedent {
  readonly mention: MentionDraft;
  readonly speaker: SpeakerDraft;
  /** The mention is the speaker of some attribution. */
  readonly speaks: boolean;
  /** The mention is the first of its sentence: usually the subject. Computed when first asked. */
  readonly sentenceInitial: boolean;
}

const possessiveAfter = (ctx: ResolveContext, m: MentionDraft) => /^[’']s?\b/u.test(ctx.text.slice(m.end, m.end + 2));

/** True when no person-like mention stands before `m` in its sentence (organisations in front may be modifiers). */
function firstOfSentence(ctx: ResolveContext, i: number): boolean {
  const { mentions } = ctx;
  const m = mentions[i]!;
  // a possessive is no subject: "Achterberg’s barrister, Fiona Gallagher, said"
  if (possessiveAfter(ctx, m)) return false;
  // nor is a name a preposition governs when a name or nominal of its own stands later in the sentence:
  // "With a vote for Dahl ruled out, Roe said" (but "As for Dahl, he said" keeps Dahl)
  const governed = afterPreposition(ctx, m);
  if (governed && bareNameLater(ctx, i)) return false;
  const sentence = ctx.doc.sentenceAt(m.start);
  const bare = !governed && (m.type === 'name' || m.type === 'nominal');
  const modifier = (p: MentionDraft) => p.type === 'organization' || p.type === 'group' || (bare && afterPreposition(ctx, p));
  let k = i - 1;
  while (k >= 0 && modifier(mentions[k]!) && ctx.doc.sentenceAt(mentions[k]!.start) === sentence) k--;
  const prev = mentions[k];
  return !prev || ctx.doc.sentenceAt(prev.start) !== sentence || possessiveAfter(ctx, prev);
}

/** How many mentions after a governed one are looked at for the subject of its sentence. */
const SUBJECT_LOOKAHEAD = 8;

/** True when a name or nominal no preposition governs follows mention `i` in its sentence (a pronoun does not count). */
function bareNameLater(ctx: ResolveContext, i: number): boolean {
  const { mentions } = ctx;
  const sentence = ctx.doc.sentenceAt(mentions[i]!.start);
  for (let k = i + 1; k < mentions.length && k <= i + SUBJECT_LOOKAHEAD; k++) {
    const p = mentions[k]!;
    if (ctx.doc.sentenceAt(p.start) !== sentence) return false;
    if ((p.type === 'name' || p.type === 'nominal') && p.start >= mentions[i]!.end && !afterPreposition(ctx, p) && !possessiveAfter(ctx, p)) return true;
  }
  return false;
}

/** Resolved mentions before the current one, nearest first, that `accept` takes (at most LOOKBACK mentions back). */
export function* antecedents(ctx: ResolveContext, accept: (s: SpeakerDraft) => boolean): Generator<Antecedent> {
  const { mentions, speaking } = ctx;
  const index = ctx.mentionIndex;
  for (let i = index - 1; i >= 0 && i >= index - LOOKBACK; i--) {
    const m = mentions[i]!;
    if (m.speakerId === null) continue;
    const speaker = ctx.speakerById(m.speakerId);
    if (!speaker || !accept(speaker)) continue;
    // a mention inside a longer one ("Association" in "members of the Tenants’ Association") stands for it
    let nested = false;
    for (let k = i - 1; k >= 0 && k >= i - 3; k--) if (mentions[k]!.start <= m.start && m.end <= mentions[k]!.end) nested = true;
    // (a title in quotation marks names a work, not a person: told “Good Morning Harbor”)
    if (nested || isQuotedTitle(ctx.text, m)) continue;
    yield new Candidate(ctx, i, m, speaker, speaking.has(m));
  }
}

/** An antecedent; a class, so that each one is a plain object with the lazy getter on the prototype. */
class Candidate implements Antecedent {
  private initial: boolean | undefined = undefined;
  constructor(
    private readonly ctx: ResolveContext,
    private readonly index: number,
    readonly mention: MentionDraft,
    readonly speaker: SpeakerDraft,
    readonly speaks: boolean,
  ) {}

  get sentenceInitial(): boolean {
    return (this.initial ??= firstOfSentence(this.ctx, this.index));
  }
}

/** Paragraph distance between two offsets, counting only body paragraphs. */
export const paragraphsApart = (ctx: ResolveContext, from: number, to: number): number =>
  ctx.doc.bodyParagraphsBetween(ctx.doc.paragraphAt(from), ctx.doc.paragraphAt(to));
