import type { EvalErrorCase, ErrorAnalysis } from './errors.js';
import type { RuleStats } from './rule-breakdown.js';
import { THRESHOLDS, type ScoreReport } from './score.js';

const num = (x: number | undefined): string => (x === undefined ? '-' : x.toFixed(3));
const pct = (n: number, d: number): string => (d ? `${((100 * n) / d).toFixed(0)}%` : '-');

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), ...rows.map(line)].join('\n');
}

/** The figures at each threshold as a text table, like the official scorer's but aligned. */
export function formatFigures(report: ScoreReport): string {
  const withNames = THRESHOLDS.some((t) => report[`j${t}`]?.nameAcc !== undefined);
  const header = ['jaccard', 'quote P', 'quote R', 'quote F1', 'speaker acc', 'attrib F1', 'indirect P', 'indirect R', ...(withNames ? ['name acc', 'role acc'] : [])];
  const rows = THRESHOLDS.flatMap((t) => {
    const f = report[`j${t}`];
    if (!f) return [];
    const names = withNames ? [num(f.nameAcc), num(f.roleAcc)] : [];
    return [[`>=${t}`, num(f.quoteP), num(f.quoteR), num(f.quoteF1), num(f.speakerAcc), num(f.attributionF1), num(f.indirectP), num(f.indirectR), ...names]];
  });
  const missing = report.missingDocs ? ` (${report.missingDocs} without predictions)` : '';
  return `${report.docs} article${report.docs === 1 ? '' : 's'}${missing}\n${table(header, rows)}`;
}

/** The per-rule breakdown as a text table, the `limit` most-fired rules. */
export function formatRules(stats: readonly RuleStats[], threshold = 0.5, limit = Infinity): string {
  const rows = stats.slice(0, limit).map((s) => [s.rule, String(s.fired), String(s.matched), pct(s.matched, s.fired), `${s.speakerRight}/${s.speakerChecked}`, pct(s.speakerRight, s.speakerChecked)]);
  return `rules (matched at jaccard >= ${threshold})\n${table(['rule', 'fired', 'matched', 'match%', 'speaker ok', 'speaker%'], rows)}`;
}

function formatCase(e: EvalErrorCase, n: number): string {
  const lines = [`${n}. [${e.type}] ${e.articleId}`, `   context:  ${e.context}`];
  if (e.expected) lines.push(`   expected: ${e.expected.kind} "${e.expected.text}" -- ${e.expected.speaker ?? '(no speaker)'}`);
  if (e.produced) {
    const p = e.produced;
    const mention = p.mention && p.mention !== p.speaker ? ` [mention "${p.mention}"]` : '';
    const conf = p.confidence === null ? '' : ` conf ${p.confidence}`;
    lines.push(`   produced: ${p.kind} "${p.text}" -- ${p.speaker ?? '(no speaker)'}${mention} (J ${p.jaccard}${conf})`);
    if (p.rules.length) lines.push(`   rules:    ${p.rules.join(', ')}`);
  } else lines.push('   produced: nothing');
  for (const d of e.discardedBy) lines.push(`   set aside by ${d}`);
  return lines.join('\n');
}

/** The worst misses and false alarms as numbered text blocks. */
export function formatErrors(analysis: ErrorAnalysis): string {
  const t = analysis.totals;
  const head = `errors at jaccard >= ${analysis.threshold}: ${t.missed} missed, ${t.wrongSpeaker} wrong speaker, ${t.falseAlarms} false alarms (+${t.indirectFalseAlarms} indirect)`;
  const misses = analysis.misses.map((e, i) => formatCase(e, i + 1));
  const alarms = analysis.falseAlarms.map((e, i) => formatCase(e, i + 1));
  return [head, '', `worst misses (${misses.length})`, ...misses, '', `worst false alarms (${alarms.length})`, ...alarms].join('\n');
}
