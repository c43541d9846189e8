import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/program';
import { AnalysisSchema, QuoteSchema } from '../../src/schema/result';
import { version } from '../../package.json';
import { EXAMPLE_ARTICLE, linesOf, memoryIo } from './helpers';

const article = readFileSync(EXAMPLE_ARTICLE, 'utf8');

describe('whosaid FILE', () => {
  it('writes the analysis as JSON when stdout is not a terminal', async () => {
    const { io, stdout, stderr } = memoryIo('');
    expect(await runCli([EXAMPLE_ARTICLE], io)).toBe(0);
    const analysis = AnalysisSchema.parse(JSON.parse(stdout.text()));
    expect(analysis.quotes.length).toBeGreaterThan(0);
    expect(analysis.quotes[0]!.text).toBe(article.slice(analysis.quotes[0]!.start, analysis.quotes[0]!.end));
    expect(stderr.text()).toBe('');
  });

  it('writes a table when stdout is a terminal, one row per quote, fitted to its width', async () => {
    const { io, stdout } = memoryIo('', { ttyOut: true, columns: 90 });
    expect(await runCli([EXAMPLE_ARTICLE], io)).toBe(0);
    const { io: jsonIo, stdout: json } = memoryIo('');
    await runCli([EXAMPLE_ARTICLE, '--format', 'json'], jsonIo);
    const quotes = AnalysisSchema.parse(JSON.parse(json.text())).quotes;
    const lines = stdout.text().split('\n');
    expect(lines[0]).toMatch(/^#\s+kind\s+speaker\s+role\s+cue\s+quote$/);
    const rows = lines.filter((l) => /^\d+ {2}/.test(l));
    expect(rows).toHaveLength(quotes.length);
    rows.forEach((row, i) => expect(row).toContain(quotes[i]!.kind));
    for (const line of lines) expect(Array.from(line).length).toBeLessThanOrEqual(90);
  });

  it('reads the article from stdin with "-" and from a pipe with no argument', async () => {
    const fromFile = memoryIo('');
    await runCli([EXAMPLE_ARTICLE, '-f', 'json'], fromFile.io);
    const dash = memoryIo(article);
    expect(await runCli(['-', '-f', 'json'], dash.io)).toBe(0);
    expect(dash.stdout.text()).toBe(fromFile.stdout.text());
    const piped = memoryIo(article);
    expect(await runCli(['-f', 'json'], piped.io)).toBe(0);
    expect(piped.stdout.text()).toBe(fromFile.stdout.text());
  });

  it('writes one quote per line as jsonl', async () => {
    const { io, stdout } = memoryIo('');
    expect(await runCli([EXAMPLE_ARTICLE, '--format', 'jsonl'], io)).toBe(0);
    const lines = linesOf(stdout.text());
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) QuoteSchema.parse(JSON.parse(line));
  });

  it('writes a CSV with a header and one row per quote', async () => {
    const { io, stdout } = memoryIo('');
    expect(await runCli([EXAMPLE_ARTICLE, '--format', 'csv'], io)).toBe(0);
    const rows = stdout.text().split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('id,kind,speaker,role,speaker_id,cue,mention,confidence,start,end,text');
    const { io: jsonIo, stdout: json } = memoryIo('');
    await runCli([EXAMPLE_ARTICLE, '--format', 'json'], jsonIo);
    expect(rows).toHaveLength(AnalysisSchema.parse(JSON.parse(json.text())).quotes.length + 1);
    expect(rows[1]).toMatch(/^q1,(direct|mixed|indirect),/);
  });

  it('writes a self-contained HTML page to --out', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'whosaid-cli-'));
    try {
      const { io, stdout } = memoryIo('');
      expect(await runCli([EXAMPLE_ARTICLE, '--format', 'html', '--out', join(dir, 'report.html')], io)).toBe(0);
      expect(stdout.text()).toBe('');
      const html = readFileSync(join(dir, 'report.html'), 'utf8');
      expect(html.startsWith('<!doctype html>')).toBe(true);
      expect(html).toContain('class="q ');
      expect(html).not.toMatch(/(src|href)="https?:/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports a missing file in one line on stderr and exits 2', async () => {
    const { io, stdout, stderr } = memoryIo('');
    expect(await runCli(['no-such-article.txt'], io)).toBe(2);
    expect(stdout.text()).toBe('');
    expect(stderr.text()).toBe('whosaid: cannot read "no-such-article.txt": no such file or directory\n');
  });

  it('asks for input when there is no file and stdin is a terminal', async () => {
    const { io, stderr } = memoryIo(undefined);
    expect(await runCli([], io)).toBe(2);
    expect(linesOf(stderr.text())).toHaveLength(1);
    expect(stderr.text()).toContain('no input');
  });

  it('rejects an unknown format or option with exit 2', async () => {
    const bad = memoryIo('');
    expect(await runCli([EXAMPLE_ARTICLE, '--format', 'xml'], bad.io)).toBe(2);
    expect(bad.stderr.text()).toContain("argument 'xml' is invalid");
    const unknown = memoryIo('');
    expect(await runCli([EXAMPLE_ARTICLE, '--colour'], unknown.io)).toBe(2);
    expect(unknown.stderr.text()).toContain("unknown option '--colour'");
  });

  it('prints the package version and the help', async () => {
    const v = memoryIo('');
    expect(await runCli(['--version'], v.io)).toBe(0);
    expect(v.stdout.text().trim()).toBe(version);
    const help = memoryIo('');
    expect(await runCli(['--help'], help.io)).toBe(0);
    expect(help.stdout.text()).toContain('Usage: whosaid');
    expect(help.stdout.text()).toContain('batch');
  });
});
