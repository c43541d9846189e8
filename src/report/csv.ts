import type { Analysis } from '../schema/result.js';
import { flatQuoteText } from './quote-text.js';

const HEADER = ['id', 'kind', 'speaker', 'role', 'speaker_id', 'cue', 'mention', 'confidence', 'start', 'end', 'text'];

/** Quotes a CSV field when it holds a comma, quote mark or line break (RFC 4180). */
function field(value: string | number | null): string {
  const s = value === null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One CSV row per quote, with a header row; lines end in CRLF as RFC 4180 asks. Pure. */
export function renderCsv(analysis: Analysis): string {
  const rows = [HEADER.join(',')];
  for (const q of analysis.quotes) {
    rows.push([
      q.id, q.kind, q.speaker?.name ?? null, q.speaker?.role ?? null, q.speakerId, q.cue?.text ?? null, q.mention?.text ?? null,
      q.confidence, q.start, q.end, flatQuoteText(q),
    ].map(field).join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}
