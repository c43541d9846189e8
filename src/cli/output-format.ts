import type { Analysis } from '../schema/result.js';
import { renderCsv } from '../report/csv.js';
import { renderHtml } from '../report/html.js';
import { renderTable } from '../report/table.js';

/** The output formats of `whosaid FILE`. */
export const FORMATS = ['table', 'json', 'jsonl', 'html', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

/** Renders one article's analysis in `format`. jsonl is one quote a line; json the whole analysis. */
export function formatAnalysis(format: Format, text: string, analysis: Analysis, context: { name: string; width?: number }): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(analysis, null, 2)}\n`;
    case 'jsonl':
      return analysis.quotes.map((q) => `${JSON.stringify(q)}\n`).join('');
    case 'csv':
      return renderCsv(analysis);
    case 'html':
      return renderHtml(text, analysis, { title: analysis.article.title?.text ?? context.name });
    case 'table':
      return renderTable(analysis, { width: context.width });
  }
}
