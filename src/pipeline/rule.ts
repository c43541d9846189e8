import type { Lexicon } from '../lexicon/lexicon.js';
import type { MentionType, QuoteKind, Span, SpeakerType, TextSpan } from '../schema/result.js';
import type { DocView } from './doc.js';
import type {
  AttributionDraft, CueDraft, MentionDraft, ParagraphDraft, ParagraphLabel, QuoteCandidate, SpeakerDraft,
} from './draft.js';

/** The stages of the pipeline, in the order they run. */
export const STAGES = ['segment', 'quotes', 'cues', 'mentions', 'attribute', 'reported', 'resolve'] as const;
export type StageName = (typeof STAGES)[number];

interface BaseContext {
  readonly text: string;
  readonly lexicon: Lexicon;
}

export interface SegmentContext extends BaseContext {
  readonly paragraphs: readonly ParagraphDraft[];
  /** Gives a paragraph a label unless an earlier rule already did. */
  label(paragraph: ParagraphDraft, label: ParagraphLabel): void;
}

interface AfterSegment extends BaseContext {
  readonly doc: DocView;
}

export interface QuotesContext extends AfterSegment {
  readonly candidates: readonly QuoteCandidate[];
  add(candidate: Pick<QuoteCandidate, 'start' | 'end' | 'open' | 'close' | 'marks'>): QuoteCandidate;
  reject(candidate: QuoteCandidate, reason: string): void;
}

export interface CuesContext extends AfterSegment {
  readonly quotes: readonly QuoteCandidate[];
  readonly cues: readonly CueDraft[];
  add(cue: Omit<CueDraft, 'id' | 'rule'>): CueDraft;
}

export interface MentionsContext extends AfterSegment {
  readonly quotes: readonly QuoteCandidate[];
  readonly cues: readonly CueDraft[];
  readonly mentions: readonly MentionDraft[];
  add(mention: { start: number; end: number; type: MentionType; name?: TextSpan | null; gender?: 'male' | 'female' | null }): MentionDraft;
  /** Sets the role once; `core` is the role to report when it is shorter than the words written ("surveyor" of "surveyor who ..."). */
  setRole(mention: MentionDraft, role: string, core?: string): void;
  setAffiliation(mention: MentionDraft, affiliation: string): void;
}

export interface Attribution {
  mention: MentionDraft | null;
  cue: CueDraft | null;
  addressee?: TextSpan | null;
  confidence: number;
}

export interface AttributeContext extends AfterSegment {
  readonly quotes: readonly QuoteCandidate[];
  readonly cues: readonly CueDraft[];
  readonly mentions: readonly MentionDraft[];
  /** All attributions in text order, including ones already given a speaker. */
  readonly attributions: readonly AttributionDraft[];
  /** Sets speaker mention and cue on an attribution that has none yet; later rules cannot overwrite it. */
  attribute(target: AttributionDraft, attribution: Attribution): void;
  /** Changes the kind or content pieces ("mixed" quotes reach out to the reported clause). */
  reshape(target: AttributionDraft, shape: { kind?: QuoteKind; parts?: Span[] }): void;
  /** Joins `second` into `first`: `"...," she said, "..."` is one quote in two parts. */
  merge(first: AttributionDraft, second: AttributionDraft): void;
  /** Removes an attribution from the result, recording why. */
  drop(target: AttributionDraft, reason: string): void;
  /** Adds an unquoted (indirect) attribution. */
  addIndirect(attribution: Attribution & { parts: Span[] }): AttributionDraft;
}

export interface ResolveContext extends AfterSegment {
  /** The mention being resolved; rules run on each mention in text order until one links it. */
  readonly mention: MentionDraft;
  /** Index of `mention` in `mentions` (all mentions, in text order). */
  readonly mentionIndex: number;
  readonly mentions: readonly MentionDraft[];
  readonly speakers: readonly SpeakerDraft[];
  readonly attributions: readonly AttributionDraft[];
  /** Mentions that are the speaker of some attribution. */
  readonly speaking: ReadonlySet<MentionDraft>;
  /** The words of a name, lower-cased, possessive and punctuation stripped (memoised per analysis). */
  nameWords(name: string): readonly string[];
  /** Speakers with this (lower-cased) word in their name. */
  speakersNamed(word: string): Iterable<SpeakerDraft>;
  /** Links the current mention to a speaker (which takes a fuller name, role and affiliation from it). */
  link(speaker: SpeakerDraft): void;
  /** Makes a new speaker for the current mention. */
  createSpeaker(type: SpeakerType, name: string): SpeakerDraft;
  speakerById(id: string): SpeakerDraft | undefined;
}

export interface StageContexts {
  segment: SegmentContext;
  quotes: QuotesContext;
  cues: CuesContext;
  mentions: MentionsContext;
  attribute: AttributeContext;
  reported: AttributeContext;
  resolve: ResolveContext;
}

/** A named rule of one stage. `apply` reads the context and records findings through it. */
export interface Rule<S extends StageName = StageName> {
  readonly name: string;
  readonly stage: S;
  readonly description: string;
  readonly apply: (context: StageContexts[S]) => void;
}

export type AnyRule = { [S in StageName]: Rule<S> }[StageName];
