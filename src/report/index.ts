/** Renderers of an analysis for people: an HTML page, a terminal table, CSV. Pure functions, safe in a browser. */
export { renderHtml, type HtmlReportOptions } from './html.js';
export { renderIndexHtml, type IndexEntry } from './index-page.js';
export { renderTable, type TableOptions } from './table.js';
export { renderCsv } from './csv.js';
