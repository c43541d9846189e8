import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnalysisSchema } from '../../src/schema/result';
import { buildCli, runBuilt } from './built-cli';
import { EXAMPLE_ARCHIVE, linesOf } from './helpers';

// Invented articles. The first ones are long (slow to analyse) and the last ones short, so with two
// workers the later records finish first; the output must still follow the input.
const paragraph = (n: number) => `"The new timetable starts on day ${n}," said depot manager Arvid Strand. He added that buses would run every ten minutes.`;
const article = (paragraphs: number) => Array.from({ length: paragraphs }, (_, i) => paragraph(i + 1)).join('\n\n');
const records = Array.from({ length: 12 }, (_, i) => ({ id: `rec-${i}`, text: article(i < 4 ? 60 : 1) }));
const jsonl = (rows: readonly unknown[]) => rows.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

let built: Awaited<ReturnType<typeof buildCli>>;
let dir: string;
beforeAll(async () => {
  built = await buildCli();
}, 60_000);
afterAll(() => built.dispose());
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-batch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const parseLines = (stdout: string) => linesOf(stdout).map((l) => JSON.parse(l) as Record<string, unknown>);

describe('whosaid batch', () => {
  it('keeps input order with 2 workers, one result per record', async () => {
    const input = join(dir, 'archive.jsonl');
    writeFileSync(input, jsonl(records));
    const result = await runBuilt(built.cli, ['batch', input, '--workers', '2']);
    expect(result.code).toBe(0);
    const out = parseLines(result.stdout);
    expect(out.map((r) => r.id)).toEqual(records.map((r) => r.id));
    for (const r of out) {
      const { id: _id, ...analysis } = r;
      expect(AnalysisSchema.parse(analysis).quotes.length).toBeGreaterThan(0);
    }
    expect(result.stderr).toMatch(/^whosaid batch: 12 records, 12 ok, 0 failed in /);
  }, 60_000);

  it('turns malformed lines and records without text into error records and goes on; exit 1', async () => {
    const rows = [records[5], '{"id": "broken", "text": ', { id: 'no-text', body: 'x' }, '[1, 2]', '', records[6]];
    const input = join(dir, 'mixed.jsonl');
    writeFileSync(input, jsonl(rows));
    const result = await runBuilt(built.cli, ['batch', input, '--workers', '2']);
    expect(result.code).toBe(1);
    const out = parseLines(result.stdout);
    expect(out).toHaveLength(5); // the blank line is not a record
    expect(out[0]).toMatchObject({ id: 'rec-5' });
    expect(out[1]).toMatchObject({ id: null, line: 2 });
    expect(out[1]!.error).toMatch(/^line 2: not valid JSON/);
    expect(out[2]).toEqual({ id: 'no-text', line: 3, error: 'line 3: the record has no "text" string' });
    expect(out[3]).toMatchObject({ id: null, line: 4 });
    expect(out[4]).toMatchObject({ id: 'rec-6' });
    expect(out[4]).toHaveProperty('quotes');
    expect(linesOf(result.stderr)).toEqual([expect.stringMatching(/^whosaid batch: 5 records, 2 ok, 3 failed in /)]);
  }, 60_000);

  it('reads JSONL from stdin with "-"', async () => {
    const result = await runBuilt(built.cli, ['batch', '-', '--workers', '1', '--quiet'], readFileSync(EXAMPLE_ARCHIVE, 'utf8'));
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    const ids = linesOf(readFileSync(EXAMPLE_ARCHIVE, 'utf8')).map((l) => (JSON.parse(l) as { id: string }).id);
    expect(parseLines(result.stdout).map((r) => r.id)).toEqual(ids);
  }, 60_000);

  it('reads a directory of .txt files in name order; an unreadable one becomes an error record', async () => {
    const articles = join(dir, 'articles');
    mkdirSync(articles);
    writeFileSync(join(articles, '10-late.txt'), paragraph(10));
    writeFileSync(join(articles, '2-early.txt'), paragraph(2));
    writeFileSync(join(articles, 'notes.md'), 'not an article');
    mkdirSync(join(articles, '5-folder.txt')); // a .txt that cannot be read as a file
    const result = await runBuilt(built.cli, ['batch', articles, '--workers', '2']);
    expect(result.code).toBe(1);
    const out = parseLines(result.stdout);
    expect(out.map((r) => r.id)).toEqual(['2-early.txt', '5-folder.txt', '10-late.txt']);
    expect(out[1]!.error).toBe('cannot read "5-folder.txt": it is a directory');
    expect(out[2]).toHaveProperty('quotes');
  }, 60_000);

  it('writes one HTML page per article and an index with --format html --out DIR', async () => {
    const input = join(dir, 'archive.jsonl');
    writeFileSync(input, jsonl([records[4], 'nope', records[5]]));
    const out = join(dir, 'report');
    const result = await runBuilt(built.cli, ['batch', input, '--format', 'html', '--out', out, '--workers', '2']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(readdirSync(out).sort()).toEqual(['0001-rec-4.html', '0003-rec-5.html', 'index.html']);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    expect(index).toContain('href="0001-rec-4.html"');
    expect(index).toContain('not valid JSON');
    expect(readFileSync(join(out, '0001-rec-4.html'), 'utf8')).toContain('href="index.html"');
  }, 60_000);

  it('writes JSONL to --out FILE', async () => {
    const out = join(dir, 'results.jsonl');
    const result = await runBuilt(built.cli, ['batch', EXAMPLE_ARCHIVE, '--out', out, '--quiet']);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(linesOf(readFileSync(out, 'utf8'))).toHaveLength(linesOf(readFileSync(EXAMPLE_ARCHIVE, 'utf8')).length);
  }, 60_000);

  it('loses only the article that crashed a worker, or made a rule throw, and goes on', async () => {
    // a rule module that ends its worker thread, or throws, on two marked articles (process.exit in a worker ends the thread)
    writeFileSync(join(dir, 'faulty.mjs'), `export default [{
      name: 'test:faulty', stage: 'segment', description: 'fails on marked articles',
      apply(ctx) {
        if (ctx.text.includes('PULL THE PLUG')) process.exit(3);
        if (ctx.text.includes('THROW HERE')) throw new Error('rule failed on purpose');
      },
    }];\n`);
    writeFileSync(join(dir, 'config.json'), JSON.stringify({ rules: ['./faulty.mjs'] }));
    const texts = [records[4]!.text, 'PULL THE PLUG', records[5]!.text, 'THROW HERE', records[6]!.text, records[7]!.text];
    const input = join(dir, 'faulty.jsonl');
    writeFileSync(input, jsonl(texts.map((text, i) => ({ id: `f${i}`, text }))));
    const result = await runBuilt(built.cli, ['batch', input, '--workers', '1', '--config', join(dir, 'config.json')]);
    expect(result.code).toBe(1);
    const out = parseLines(result.stdout);
    expect(out.map((r) => r.id)).toEqual(['f0', 'f1', 'f2', 'f3', 'f4', 'f5']);
    expect(out[1]).toEqual({ id: 'f1', error: 'worker exited with code 3' });
    expect(out[3]).toEqual({ id: 'f3', error: 'analysis failed: rule failed on purpose' });
    for (const i of [0, 2, 4, 5]) expect(out[i]).toHaveProperty('quotes');
    expect(result.stderr).toMatch(/6 records, 4 ok, 2 failed/);
  }, 60_000);

  it('treats a missing input, a bad worker count and html without --out as usage errors (exit 2, one line)', async () => {
    for (const args of [['batch', join(dir, 'absent.jsonl')], ['batch', EXAMPLE_ARCHIVE, '--workers', '0'], ['batch', EXAMPLE_ARCHIVE, '--format', 'html']]) {
      const result = await runBuilt(built.cli, args);
      expect(result.code).toBe(2);
      expect(linesOf(result.stderr)).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe('');
    }
  }, 60_000);
});
