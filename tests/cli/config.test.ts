import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseConfig } from '../../src/cli/config';
import { runCli } from '../../src/cli/program';
import { AnalysisSchema } from '../../src/schema/result';
import { buildCli, runBuilt } from './built-cli';
import { linesOf, memoryIo } from './helpers';

// invented: "harrumph" is not a bundled reporting verb
const TEXT = '"The ferry timetable is a work of fiction," harrumphed Wendeline Okafor, who commutes daily.\n';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'whosaid-config-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function configFile(content: unknown): string {
  const path = join(dir, 'whosaid.config.json');
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function analyzeWith(config: string | null) {
  const { io, stdout, stderr } = memoryIo(TEXT);
  const code = await runCli(['-', '--format', 'json', ...(config ? ['--config', config] : [])], io);
  return { code, stderr: stderr.text(), analysis: code === 0 ? AnalysisSchema.parse(JSON.parse(stdout.text())) : null };
}

describe('--config', () => {
  it('adds reporting verbs from the config', async () => {
    const plain = await analyzeWith(null);
    expect(plain.analysis!.quotes.some((q) => q.cue?.lemma === 'harrumph')).toBe(false);
    const configured = await analyzeWith(configFile({ words: { reportingVerbs: ['harrumph'] } }));
    expect(configured.code).toBe(0);
    expect(configured.analysis!.quotes.some((q) => q.cue?.text === 'harrumphed' && q.cue.lemma === 'harrumph')).toBe(true);
  });

  it('names an unknown key, nested or not, in one line and exits 2', async () => {
    const result = await analyzeWith(configFile({ words: { reportingVerb: ['harrumph'] }, colour: true }));
    expect(result.code).toBe(2);
    expect(linesOf(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain('unknown key "words.reportingVerb"');
    expect(result.stderr).toContain('unknown key "colour"');
  });

  it('names a key with a value of the wrong type', async () => {
    const result = await analyzeWith(configFile({ minConfidence: 'high' }));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^whosaid: invalid config .*: minConfidence: /);
  });

  it('passes the analyzer\'s own checks through: disabling a rule that does not exist', async () => {
    const result = await analyzeWith(configFile({ disable: ['no-such-rule'] }));
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('disable: no rule is named "no-such-rule"');
  });

  it('rejects a config that is not JSON or is missing', async () => {
    expect((await analyzeWith(configFile('{ words: '))).stderr).toMatch(/not JSON/);
    const missing = await analyzeWith(join(dir, 'absent.json'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read config');
  });

  it('parseConfig keeps the options it knows', () => {
    expect(parseConfig({ indirect: false, disable: ['x'] }, 'test')).toEqual({ indirect: false, disable: ['x'] });
  });
});

describe('--config with a rule module (built CLI)', () => {
  let built: Awaited<ReturnType<typeof buildCli>>;
  beforeAll(async () => {
    built = await buildCli();
  }, 60_000);
  afterAll(() => built.dispose());

  it('loads rules from a module named in the config and records them in rules[]', async () => {
    writeFileSync(join(dir, 'rules.mjs'), `export default [{
      name: 'test:touch-every-quote', stage: 'attribute', description: 'marks every attribution',
      apply(ctx) { for (const a of ctx.attributions) ctx.reshape(a, {}); },
    }];\n`);
    const config = configFile({ rules: ['./rules.mjs'] });
    const result = await runBuilt(built.cli, ['-', '--format', 'json', '--config', config], TEXT);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const analysis = AnalysisSchema.parse(JSON.parse(result.stdout));
    expect(analysis.quotes.length).toBeGreaterThan(0);
    for (const q of analysis.quotes) expect(q.rules).toContain('test:touch-every-quote');
  });

  it('says which module exports no rules', async () => {
    writeFileSync(join(dir, 'empty.mjs'), 'export const nothing = 1;\n');
    const result = await runBuilt(built.cli, ['-', '--config', configFile({ rules: ['./empty.mjs'] })], TEXT);
    expect(result.code).toBe(2);
    expect(linesOf(result.stderr)).toHaveLength(1);
    expect(result.stderr).toContain('empty.mjs" must export rules');
  });
});
