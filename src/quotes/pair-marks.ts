import type { ParagraphDraft, QuoteCandidate } from '../pipeline/draft.js';
import type { QuotesContext } from '../pipeline/rule.js';
import { startsAlnum } from '../text/plain-pattern.js';

/** How one family of quotation marks opens and closes, judged from the characters around a mark. */
export interface MarkFamily {
  readonly marks: QuoteCandidate['marks'];
  /** Matches every mark of the family (a mark may be two characters: '' in some archives). */
  readonly pattern: RegExp;
  canOpen(text: string, at: number, mark: string): boolean;
  /** `opening` is the mark that opened the quote being closed. */
  canClose(text: string, at: number, mark: string, opening: string): boolean;
  /** Whether a quote of this family may hold one of the same marks: `“A ... “B” ... C”` (online writing nests “ ” in “ ”). */
  readonly nests?: boolean;
}

const LOOKAHEAD = 2_000;

/**
 * Pairs the marks of one family paragraph by paragraph. A quote still open at a paragraph's end goes on when the
 * next paragraph opens with a mark of the same family (the news convention for quotes that run over paragraphs);
 * otherwise its opening mark is recorded as never closed and the rest of the article is paired as usual.
 */
export function pairMarks(ctx: QuotesContext, family: MarkFamily): void {
  const { text } = ctx;
  const paragraphs = ctx.doc.paragraphs.filter((p) => p.label !== 'boilerplate');
  let openAt = -1;
  let openLength = 1;
  const unclosed = (at: number, end: number) => {
    const from = at + openLength;
    const c = ctx.add({ start: from, end: Math.max(from, Math.min(end, from + LOOKAHEAD)), open: at, close: Math.max(from, end), marks: family.marks });
    ctx.reject(c, 'opening quotation mark never closed');
  };
  paragraphs.forEach((p: ParagraphDraft, index) => {
    const re = new RegExp(family.pattern.source, 'gu');
    const body = text.slice(p.start, p.end);
    let skipFirst = false;
    if (openAt >= 0) {
      // the quote from the previous paragraph continues only if this paragraph opens with the same family
      const first = family.pattern.exec(body);
      if (first?.index === 0 && family.canOpen(text, p.start, first[0]) && opensQuotation(text, paragraphs[index - 1]!.start, openAt)) skipFirst = true;
      else {
        unclosed(openAt, paragraphs[index - 1]!.end);
        openAt = -1;
      }
    }
    for (let m = re.exec(body); m !== null; m = re.exec(body)) {
      const at = p.start + m.index;
      const mark = m[0];
      if (skipFirst) {
        skipFirst = false;
        continue;
      }
      if (openAt < 0) {
        if (family.canOpen(text, at, mark)) {
          openAt = at;
          openLength = mark.length;
        }
      } else if (family.canClose(text, at, mark, text.slice(openAt, openAt + openLength))) {
        let start = openAt + openLength;
        let end = at;
        while (start < end && /\s/u.test(text[start]!)) start++;
        while (end > start && /\s/u.test(text[end - 1]!)) end--;
        if (end > start) ctx.add({ start, end, open: openAt, close: at + mark.length, marks: family.marks });
        openAt = -1;
      } else if (family.canOpen(text, at, mark)) {
        const after = family.nests ? afterInnerQuote(text, family, body, p.start, m, text.slice(openAt, openAt + openLength)) : -1;
        if (after >= 0) {
          // the inner quote's marks are text of the outer quote, which closes at the mark after them
          re.lastIndex = after;
          continue;
        }
        unclosed(openAt, at);
        openAt = at;
        openLength = mark.length;
      }
    }
    if (openAt >= 0) {
      const next = paragraphs[index + 1];
      if (!next) {
        unclosed(openAt, p.end);
        openAt = -1;
      }
    }
  });
}

/**
 * A mark that opens while a quote is open starts a quote nested in it when the next two marks of the paragraph both
 * close: the first the inner quote, the second the outer one. Returns where pairing goes on (after the inner quote's
 * closing mark, relative to the paragraph), or -1.
 */
function afterInnerQuote(text: string, family: MarkFamily, body: string, paragraphStart: number, inner: RegExpExecArray, outerOpening: string): number {
  const ahead = new RegExp(family.pattern.source, 'gu');
  ahead.lastIndex = inner.index + inner[0].length;
  const first = ahead.exec(body);
  const second = first && ahead.exec(body);
  if (!first || !second) return -1;
  const closesInner = family.canClose(text, paragraphStart + first.index, first[0], inner[0]);
  return closesInner && family.canClose(text, paragraphStart + second.index, second[0], outerOpening) ? first.index + first[0].length : -1;
}

/**
 * A quote that runs over paragraphs opens like a quotation: at a paragraph or sentence start, or after a colon,
 * comma, dash or "that". A mark opened mid-phrase (`against the “2% to 4%` ... never closed) is a stray mark.
 */
function opensQuotation(text: string, paragraphStart: number, openAt: number): boolean {
  const before = text.slice(Math.max(paragraphStart, openAt - 40), openAt).trimEnd();
  return before === '' || /(?:[:,;.!?—–(]|\bthat)$/u.test(before);
}

export const isSpace = (ch: string | undefined): boolean => ch === undefined || /\s/u.test(ch);
export const isLetterOrDigit = (ch: string | undefined): boolean => ch !== undefined && startsAlnum(ch);
