import type { Quote } from '../schema/result.js';

/** A quote's words on one line: parts joined by " … ", runs of white space collapsed. */
export function flatQuoteText(quote: Quote): string {
  const pieces = quote.parts ? quote.parts.map((p) => p.text) : [quote.text];
  return pieces.map((p) => p.replace(/\s+/g, ' ').trim()).join(' … ');
}

/** Cuts `text` to at most `width` characters, ending with "…" when cut. */
export function shorten(text: string, width: number): string {
  if (width <= 0) return '';
  const chars = Array.from(text);
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

/** "1 quote", "3 quotes". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
