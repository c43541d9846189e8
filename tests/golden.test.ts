/**
 * Golden fixtures: hand-written articles under fixtures/ (NAME.txt) with their hand-written annotation
 * (NAME.expected.json). They are the specification the analyzer must meet; fixtures/eval/ is not part of it.
 *
 * Each fixture is one test whose failure message lists every mismatch at once. A summary of passed/failed checks
 * per fixture is written to test-output/golden-summary.txt (and printed when GOLDEN_SUMMARY=1).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, type Analysis } from '../src/index';
import { ExpectedSchema, checkFixture, checkFixtureFile, type Expected } from './golden/check';

const repoRoot = path.resolve(__dirname, '..');
const fixturesDir = path.join(repoRoot, 'fixtures');

interface Fixture {
  name: string;
  input: string;
  expected: Expected;
}

function loadFixtures(): Fixture[] {
  return readdirSync(fixturesDir)
    .filter((f) => f.endsWith('.expected.json'))
    .sort()
    .map((file) => {
      const name = file.slice(0, -'.expected.json'.length);
      const txt = path.join(fixturesDir, `${name}.txt`);
      if (!existsSync(txt)) throw new Error(`fixtures/${file} has no fixtures/${name}.txt`);
      const parsed = ExpectedSchema.safeParse(JSON.parse(readFileSync(path.join(fixturesDir, file), 'utf8')));
      if (!parsed.success) {
        throw new Error(`fixtures/${file} is not a valid expected file:\n${parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n')}`);
      }
      return { name, input: readFileSync(txt, 'utf8'), expected: parsed.data };
    });
}

const fixtures = loadFixtures();
const summary = new Map<string, { total: number; failed: number; note?: string }>();

describe('golden fixture files', () => {
  test('there are at least 14 golden fixtures', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(14);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('%s: the annotation fits the article', (_name, f) => {
    expect(checkFixtureFile(f.input, f.expected)).toEqual([]);
  });
});

describe('golden fixtures', () => {
  afterAll(() => {
    const rows = [...summary].map(([name, r]) => `${name.padEnd(34)} ${String(r.total - r.failed).padStart(4)} pass ${String(r.failed).padStart(4)} fail${r.note ? `  ${r.note}` : ''}`);
    const totals = [...summary.values()].reduce((a, r) => ({ total: a.total + r.total, failed: a.failed + r.failed }), { total: 0, failed: 0 });
    rows.push(`${'TOTAL'.padEnd(34)} ${String(totals.total - totals.failed).padStart(4)} pass ${String(totals.failed).padStart(4)} fail`);
    const text = `${rows.join('\n')}\n`;
    try {
      mkdirSync(path.join(repoRoot, 'test-output'), { recursive: true });
      writeFileSync(path.join(repoRoot, 'test-output/golden-summary.txt'), text);
    } catch {
      // the summary is a convenience; a read-only checkout must not fail the suite
    }
    if (process.env.GOLDEN_SUMMARY) process.stdout.write(`\nGolden fixtures, checks per fixture:\n${text}`);
  });

  test.each(fixtures.map((f) => [f.name, f] as const))('%s', (name, f) => {
    let analysis: Analysis;
    try {
      analysis = analyze(f.input);
    } catch (error) {
      summary.set(name, { total: 1, failed: 1, note: 'analyze threw' });
      throw new Error(`${name}: analyze() threw: ${(error as Error).stack ?? String(error)}`);
    }
    const result = checkFixture(f.input, f.expected, analysis);
    summary.set(name, { total: result.total, failed: result.failed });
    if (result.failed > 0) {
      throw new Error(
        `${name}: ${result.failed} of ${result.total} checks failed (${f.expected.description.slice(0, 120)}…)\n` +
          result.failures.map((m) => `  - ${m}`).join('\n'),
      );
    }
  });
});
