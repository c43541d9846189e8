/**
 * The promises every result makes about its input, whatever the input: offsets inside the text and in order, every
 * `text` equal to its slice, quote parts ordered and apart, speaker ids that exist, surrogate pairs never split, and a
 * shape that validates against `AnalysisSchema`. `violations` lists each broken promise, so a failing property says
 * exactly which one (and fast-check shrinks the input to the smallest that breaks it).
 */
import { AnalysisSchema, type Analysis, type Span } from '../../src/index';

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

interface Checker {
  span(where: string, s: Span & { text?: string }): void;
  sortedApart(where: string, spans: readonly Span[]): void;
  fail(message: string): void;
}

function checker(text: string, out: string[]): Checker {
  const fail = (message: string) => {
    if (out.length < 20) out.push(message);
  };
  return {
    fail,
    span(where, s) {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) fail(`${where}: offsets ${s.start}-${s.end} are not integers`);
      if (s.start < 0 || s.end > text.length || s.start > s.end) fail(`${where}: ${s.start}-${s.end} is not a range inside 0-${text.length}`);
      if (s.text !== undefined && s.text !== text.slice(s.start, s.end)) fail(`${where}: text ${JSON.stringify(s.text.slice(0, 40))} is not the slice ${s.start}-${s.end}`);
      if (splitsSurrogatePair(text, s.start) || splitsSurrogatePair(text, s.end)) fail(`${where}: ${s.start}-${s.end} splits a surrogate pair`);
    },
    sortedApart(where, spans) {
      for (let i = 1; i < spans.length; i++) {
        if (spans[i]!.start < spans[i - 1]!.end) fail(`${where}[${i}] ${spans[i]!.start} starts before ${where}[${i - 1}] ends at ${spans[i - 1]!.end}`);
      }
    },
  };
}

function checkQuotes(c: Checker, analysis: Analysis): void {
  const speakerIds = new Set(analysis.speakers.map((s) => s.id));
  analysis.quotes.forEach((q, i) => {
    const where = `quotes[${i}]`;
    c.span(where, q);
    if (i > 0 && q.start < analysis.quotes[i - 1]!.start) c.fail(`${where} starts at ${q.start}, before the quote ahead of it`);
    if (q.parts) {
      q.parts.forEach((p, k) => c.span(`${where}.parts[${k}]`, p));
      c.sortedApart(`${where}.parts`, q.parts);
      if (q.parts[0]!.start !== q.start || q.parts[q.parts.length - 1]!.end !== q.end) c.fail(`${where}: parts do not run from start to end`);
    }
    if (q.cue) c.span(`${where}.cue`, q.cue);
    if (q.mention) c.span(`${where}.mention`, q.mention);
    if (q.addressee) c.span(`${where}.addressee`, q.addressee);
    if (q.speakerId !== null && !speakerIds.has(q.speakerId)) c.fail(`${where}: speakerId ${q.speakerId} is not among the speakers`);
    if ((q.speakerId === null) !== (q.speaker === null)) c.fail(`${where}: speakerId and speaker disagree`);
  });
}

/** Every broken promise of `analysis` about `text`; empty when all hold. */
export function violations(text: string, analysis: Analysis): string[] {
  const out: string[] = [];
  const parsed = AnalysisSchema.safeParse(analysis);
  if (!parsed.success) out.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  const c = checker(text, out);
  checkQuotes(c, analysis);
  const ids = new Set<string>();
  analysis.speakers.forEach((s, i) => {
    if (ids.has(s.id)) c.fail(`speakers[${i}]: id ${s.id} is used twice`);
    ids.add(s.id);
    s.mentions.forEach((m, k) => c.span(`speakers[${i}].mentions[${k}]`, m));
  });
  const { article } = analysis;
  for (const key of ['title', 'publisher', 'date', 'country'] as const) {
    const s = article[key];
    if (s) c.span(`article.${key}`, s);
  }
  article.headings.forEach((s, i) => c.span(`article.headings[${i}]`, s));
  article.paragraphs.forEach((s, i) => c.span(`article.paragraphs[${i}]`, s));
  article.sentences.forEach((s, i) => c.span(`article.sentences[${i}]`, s));
  article.boilerplate.forEach((s, i) => c.span(`article.boilerplate[${i}]`, s));
  c.sortedApart('article.paragraphs', article.paragraphs);
  c.sortedApart('article.sentences', article.sentences);
  analysis.discarded.forEach((d, i) => c.span(`discarded[${i}]`, d));
  return out;
}

/** Fails with every broken promise listed. */
export function expectSound(text: string, analysis: Analysis): void {
  const found = violations(text, analysis);
  if (found.length > 0) throw new Error(`${found.length} broken promise(s) for an input of ${text.length} chars:\n  ${found.join('\n  ')}`);
}
