import { escapeHtml } from './escape.js';
import { plural } from './quote-text.js';

/** One article's line on a batch index page. */
export interface IndexEntry {
  readonly id: string;
  /** Relative link to the article's page; null when the article failed. */
  readonly href: string | null;
  readonly quotes: number;
  /** Speaker names, most quoted first. */
  readonly speakers: readonly string[];
  readonly error: string | null;
}

const INDEX_CSS = `body{margin:0;padding:24px;font:15px/1.5 system-ui,'DejaVu Sans',sans-serif;color:#1d1d1f;background:#fafaf7}
h1{font-size:20px;margin:0 0 4px}p{color:#555;margin:0 0 16px}
table{border-collapse:collapse;background:#fff;width:100%}th,td{text-align:left;padding:6px 10px;border-bottom:1px solid #e3e3e3;vertical-align:top}
th{background:#f0f0ec}td.n{text-align:right;font-variant-numeric:tabular-nums}.err{color:#a00}`;

/** The index page of a batch HTML report: one row per article with its quote count and speakers. Pure. */
export function renderIndexHtml(entries: readonly IndexEntry[], title = 'whosaid batch report'): string {
  const failed = entries.filter((e) => e.error !== null).length;
  const quotes = entries.reduce((n, e) => n + e.quotes, 0);
  const rows = entries.map((e) => {
    const name = e.href ? `<a href="${escapeHtml(e.href)}">${escapeHtml(e.id)}</a>` : escapeHtml(e.id);
    const detail = e.error !== null ? `<span class="err">${escapeHtml(e.error)}</span>` : escapeHtml(e.speakers.slice(0, 6).join(', ') + (e.speakers.length > 6 ? ', …' : ''));
    return `<tr><td>${name}</td><td class="n">${e.quotes}</td><td>${detail}</td></tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${escapeHtml(title)}</title>
<style>${INDEX_CSS}</style>
</head>
<body>
<h1>${escapeHtml(title)}</h1>
<p>${plural(entries.length, 'article')}, ${plural(quotes, 'quote')}${failed ? `, ${failed} failed` : ''}</p>
<table><thead><tr><th>article</th><th>quotes</th><th>speakers</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>
</body>
</html>
`;
}
