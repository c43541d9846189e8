import type { Lexicon } from '../lexicon/lexicon.js';
import type { MentionType, QuoteKind, Span, SpeakerType, TextSpan } from '../schema/result.js';
import type { Token } from '../text/tokens.js';

/** Labels the segment stage can give a paragraph (a non-empty line). */
export type ParagraphLabel = 'title' | 'publisher' | 'country' | 'date' | 'heading' | 'boilerplate';

export interface ParagraphDraft extends Span {
  readonly index: number;
  /** The trimmed line. */
  readonly text: string;
  label: ParagraphLabel | null;
  labelRule: string | null;
}

export interface SentenceDraft extends Span {
  readonly index: number;
  readonly paragraph: number;
  /** Token index range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

/** A quoted span found by a quote rule. `start`/`end` are the content, marks excluded. */
export interface QuoteCandidate extends Span {
  readonly id: number;
  /** Offset of the opening mark; offset just after the closing mark (or `end` when the quote never closes). */
  readonly open: number;
  readonly close: number;
  readonly marks: 'double' | 'single' | 'angle';
  readonly rules: string[];
  rejected: { rule: string; reason: string } | null;
}

export interface CueDraft extends TextSpan {
  readonly id: number;
  readonly lemma: string;
  /** A verb of thinking ("believes") rather than saying. */
  readonly belief: boolean;
  /** verb: a reporting verb; according: "according to X"; colon: "X: “...”"; dash: "“...” — X". */
  readonly kind: 'verb' | 'according' | 'colon' | 'dash';
  readonly rule: string;
}

export interface MentionDraft extends TextSpan {
  readonly id: number;
  readonly type: MentionType;
  readonly rule: string;
  /** For a name mention with a title: the bare name ("Obama" in "President Obama"). */
  name: TextSpan | null;
  /** A role the article gives this mention: title, appositive or relative clause. */
  /** text: the appositive as written (rules step over it); core: the role to report when shorter (no relative clause). */
  role: { text: string; rule: string; core?: string } | null;
  affiliation: { text: string; rule: string } | null;
  /** Gender told by a title (Mr., Mrs.) or a pronoun. */
  gender: 'male' | 'female' | null;
  speakerId: string | null;
  resolveRule: string | null;
}

export interface AttributionDraft {
  readonly id: number;
  kind: QuoteKind;
  /** Content pieces, in order. One piece unless interrupted by the attribution. */
  parts: Span[];
  readonly quotes: QuoteCandidate[];
  cue: CueDraft | null;
  mention: MentionDraft | null;
  addressee: TextSpan | null;
  confidence: number;
  readonly rules: string[];
  dropped: { rule: string; reason: string } | null;
}

export interface SpeakerDraft {
  readonly id: string;
  readonly type: SpeakerType;
  name: string;
  role: string | null;
  affiliation: string | null;
  gender: 'male' | 'female' | null;
  readonly mentions: MentionDraft[];
  readonly rules: string[];
}

/** Everything known about one input while the pipeline runs. Created per call, never shared. */
export interface Draft {
  readonly text: string;
  readonly lexicon: Lexicon;
  paragraphs: ParagraphDraft[];
  sentences: SentenceDraft[];
  tokens: Token[];
  quotes: QuoteCandidate[];
  cues: CueDraft[];
  mentions: MentionDraft[];
  attributions: AttributionDraft[];
  speakers: SpeakerDraft[];
  nextId: number;
}

export function newDraft(text: string, lexicon: Lexicon): Draft {
  return { text, lexicon, paragraphs: [], sentences: [], tokens: [], quotes: [], cues: [], mentions: [], attributions: [], speakers: [], nextId: 1 };
}
