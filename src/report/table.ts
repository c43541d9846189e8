import type { Analysis } from '../schema/result.js';
import { flatQuoteText, plural, shorten } from './quote-text.js';
import { roleForReport } from './speaker-role.js';

/** Options of `renderTable`. */
export interface TableOptions {
  /** Total line width in characters (a terminal's columns); at least 60 is used. */
  readonly width?: number;
}

interface Column {
  readonly title: string;
  /** Width cap; the quote column takes what the others leave. */
  readonly max: number;
  readonly cell: (row: number) => string;
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - Array.from(text).length));

/**
 * A plain-text table of every quote: #, kind, speaker, role, cue and the quote shortened to fit,
 * followed by one line per speaker with role and quote count. Pure: no terminal access.
 */
export function renderTable(analysis: Analysis, options: TableOptions = {}): string {
  const width = Math.max(60, options.width ?? 100);
  const { quotes, speakers } = analysis;
  if (quotes.length === 0) return 'No quotes found.\n';
  const fixed: Column[] = [
    { title: '#', max: 4, cell: (i) => String(i + 1) },
    { title: 'kind', max: 8, cell: (i) => quotes[i]!.kind },
    { title: 'speaker', max: 22, cell: (i) => quotes[i]!.speaker?.name ?? '—' },
    { title: 'role', max: 24, cell: (i) => quotes[i]!.speaker?.role ?? '' },
    { title: 'cue', max: 14, cell: (i) => quotes[i]!.cue?.text ?? '' },
  ];
  const widths = fixed.map((c) => Math.min(c.max, Math.max(c.title.length, ...quotes.map((_, i) => Array.from(c.cell(i)).length))));
  const gap = 2;
  const minQuote = 16;
  // on a narrow terminal, take from the widest of speaker, role and cue until the quote column fits
  while (widths.reduce((a, b) => a + b + gap, 0) + minQuote > width) {
    const k = [2, 3, 4].reduce((a, b) => (widths[b]! > widths[a]! ? b : a));
    if (widths[k]! <= 6) break;
    widths[k]!--;
  }
  const quoteWidth = Math.max(minQuote, width - widths.reduce((a, b) => a + b + gap, 0));
  const line = (cells: string[]) => cells.map((c, k) => (k < widths.length ? pad(shorten(c, widths[k]!), widths[k]!) : shorten(c, quoteWidth))).join(' '.repeat(gap)).trimEnd();
  const rows = [line([...fixed.map((c) => c.title), 'quote']), line([...widths.map((w) => '─'.repeat(w)), '─'.repeat(quoteWidth)])];
  quotes.forEach((q, i) => rows.push(line([...fixed.map((c) => c.cell(i)), flatQuoteText(q)])));

  const counts = new Map<string, number>();
  for (const q of quotes) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
  const unattributed = quotes.filter((q) => !q.speakerId).length;
  rows.push('', `${plural(quotes.length, 'quote')}, ${plural(speakers.length, 'speaker')}${unattributed ? `, ${unattributed} unattributed` : ''}`);
  for (const s of speakers) {
    const role = roleForReport(s);
    rows.push(shorten(`  ${s.name}${role ? ` (${role})` : ''}: ${counts.get(s.id) ?? 0}`, width));
  }
  return `${rows.join('\n')}\n`;
}
