import type { Analyzer } from '../analyzer.js';
import { renderHtml } from '../report/html.js';
import { firstLine } from './cli-error.js';

/** What every batch worker is started with. */
export interface WorkerSetup {
  readonly configPath?: string;
  readonly cwd: string;
  /** jsonl: one `{id, ...analysis}` line per article; html: one self-contained page per article. */
  readonly format: 'jsonl' | 'html';
}

/** One article sent to a worker. */
export interface WorkerTask {
  readonly seq: number;
  readonly id: string | null;
  readonly label: string;
  readonly text: string;
}

/** A worker's answer for one task. `speakers` are names, most quoted first. */
export type WorkerReply =
  | { readonly seq: number; readonly ok: true; readonly output: string; readonly quotes: number; readonly speakers: readonly string[] }
  | { readonly seq: number; readonly ok: false; readonly error: string };

/** Analyses one article and renders it as the setup asks. Never throws: failures become `ok: false` replies. */
export function processTask(analyzer: Analyzer, setup: WorkerSetup, task: WorkerTask): WorkerReply {
  try {
    const analysis = analyzer.analyze(task.text);
    const counts = new Map<string, number>();
    for (const q of analysis.quotes) if (q.speaker) counts.set(q.speaker.name, (counts.get(q.speaker.name) ?? 0) + 1);
    const speakers = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([name]) => name);
    const output = setup.format === 'html'
      ? renderHtml(task.text, analysis, { title: task.label, backLink: { href: 'index.html', label: 'all articles' } })
      : `${JSON.stringify({ id: task.id, ...analysis })}\n`;
    return { seq: task.seq, ok: true, output, quotes: analysis.quotes.length, speakers };
  } catch (error) {
    return { seq: task.seq, ok: false, error: `analysis failed: ${firstLine(error)}` };
  }
}
