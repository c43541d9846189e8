import type { Draft, ParagraphDraft, SentenceDraft } from './draft.js';
import type { Span } from '../schema/result.js';
import { tokenIndexAt, type Token } from '../text/tokens.js';
import { spanIndexAt } from '../text/spans.js';

/** Read-only queries over a segmented article, shared by every stage after segmentation. */
export interface DocView {
  readonly text: string;
  readonly paragraphs: readonly ParagraphDraft[];
  readonly sentences: readonly SentenceDraft[];
  readonly tokens: readonly Token[];
  /** Index of the sentence holding `offset`, or -1 (between sentences or in boilerplate). */
  sentenceAt(offset: number): number;
  paragraphAt(offset: number): number;
  sentenceTokens(sentence: number): readonly Token[];
  /** Index of the first token ending after `offset`. */
  tokenAt(offset: number): number;
  isBoilerplate(span: Span): boolean;
  /** True when the paragraph is article prose (not header, heading or boilerplate). */
  isBody(paragraph: number): boolean;
}

export function docView(draft: Draft): DocView {
  const { text, paragraphs, sentences, tokens } = draft;
  const tokenCache = new Map<number, readonly Token[]>();
  return {
    text,
    paragraphs,
    sentences,
    tokens,
    sentenceAt: (offset) => spanIndexAt(sentences, offset),
    paragraphAt: (offset) => spanIndexAt(paragraphs, offset),
    sentenceTokens(i) {
      let list = tokenCache.get(i);
      if (!list) {
        const s = sentences[i];
        list = s ? tokens.slice(s.firstToken, s.endToken) : [];
        tokenCache.set(i, list);
      }
      return list;
    },
    tokenAt: (offset) => tokenIndexAt(tokens, offset),
    isBoilerplate(span) {
      const p = paragraphs[spanIndexAt(paragraphs, span.start)];
      return p !== undefined && p.label === 'boilerplate';
    },
    isBody(i) {
      const p = paragraphs[i];
      return p !== undefined && p.label === null;
    },
  };
}
