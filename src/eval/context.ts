/** How far, at most, context reaches before and after a span. */
const REACH = 160;
/** Longer spans are shortened in the middle. */
const MAX_SPAN = 240;

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Shortens `s` to at most `max` characters by cutting its middle. */
export function shorten(s: string, max = MAX_SPAN): string {
  const t = squeeze(s);
  if (t.length <= max) return t;
  const half = Math.floor((max - 5) / 2);
  return `${t.slice(0, half)} ... ${t.slice(t.length - half)}`;
}

/** Where the sentence holding `at` starts: after the last sentence end or blank line before it, within REACH. */
function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - REACH);
  const before = text.slice(from, at);
  let cut = -1;
  const ends = /[.!?]["'”’)]*\s+(?=\S)|\n\s*\n/g;
  for (let m = ends.exec(before); m; m = ends.exec(before)) cut = m.index + m[0].length;
  return cut >= 0 ? from + cut : from;
}

/** Where the sentence holding `at` ends: at the first sentence end or blank line after it, within REACH. */
function sentenceEnd(text: string, at: number): number {
  const after = text.slice(at, at + REACH);
  const m = /[.!?]["'”’)]*(?=\s|$)|\n\s*\n/.exec(after);
  return m ? at + m.index + (m[0].startsWith('\n') ? 0 : m[0].length) : Math.min(text.length, at + REACH);
}

/** The sentence(s) around `start..end`, with the span between ⟦ and ⟧, white space folded. */
export function contextAround(text: string, start: number, end: number): string {
  const from = sentenceStart(text, start);
  const to = sentenceEnd(text, end);
  const lead = from > 0 && from === Math.max(0, start - REACH) ? '...' : '';
  const tail = to < text.length && to === Math.min(text.length, end + REACH) ? '...' : '';
  return squeeze(`${lead}${text.slice(from, start)}⟦${shorten(text.slice(start, end))}⟧${text.slice(end, to)}${tail}`);
}
