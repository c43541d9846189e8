import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { Command } from 'commander';
import { registerEvalCommand, type EvalCommandIO } from '../../src/cli/eval-command.js';
import { parsePredictionsJsonl, scorePredictions, parseGoldJsonl } from '../../src/eval/index.js';
import { goldFixture, itWhenPresent, predictionsFixture, readText, repoRoot } from './paths.js';

interface Run {
  stdout: string;
  stderr: string;
  exitCode: number;
  written: Map<string, string>;
}

function run(args: string[], opts: { tty?: boolean; files?: Record<string, string>; failWrite?: boolean } = {}): Run {
  const out: Run = { stdout: '', stderr: '', exitCode: 0, written: new Map() };
  const io: EvalCommandIO = {
    readFile: (file) => {
      if (opts.files && file in opts.files) return opts.files[file]!;
      return readText(file);
    },
    writeFile: (file, content) => {
      if (opts.failWrite) throw Object.assign(new Error(`EACCES: permission denied, open '${file}'`), { code: 'EACCES' });
      out.written.set(file, content);
    },
    stdout: { write: (s: string) => (out.stdout += s) },
    stderr: { write: (s: string) => (out.stderr += s), isTTY: opts.tty ?? false },
    setExitCode: (code) => {
      out.exitCode = code;
    },
  };
  const program = new Command('whosaid').exitOverride().configureOutput({ writeErr: (s) => (out.stderr += s), writeOut: (s) => (out.stdout += s) });
  registerEvalCommand(program, io);
  program.parse(['eval', ...args], { from: 'user' });
  return out;
}

describe('whosaid eval', () => {
  it('scores a prediction file and prints the figures table', () => {
    const r = run([goldFixture, '--from-predictions', predictionsFixture]);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('split all: 4 articles (1 without predictions)');
    expect(lines[1]).toMatch(/^jaccard\s+quote P\s+quote R\s+quote F1\s+speaker acc\s+attrib F1\s+indirect P\s+indirect R\s+name acc\s+role acc$/);
    expect(lines[3]).toMatch(/^>=0\.5\s+0\.857\s+0\.857\s+0\.857\s+0\.667\s+0\.571\s+0\.667\s+0\.500\s+0\.500\s+0\.500$/);
  });

  it('prints the same figures as the scorer with --json, plus the rules and errors asked for', () => {
    const r = run([goldFixture, '--from-predictions', predictionsFixture, '--json', '--rules', '--errors', '2']);
    const json = JSON.parse(r.stdout);
    const { split, rules, errors, ...figures } = json;
    expect(figures).toEqual(scorePredictions(parseGoldJsonl(readText(goldFixture)), parsePredictionsJsonl(readText(predictionsFixture))));
    expect(split).toBe('all');
    expect(rules[0]).toEqual({ rule: 'double-quotes', fired: 7, matched: 6, speakerChecked: 6, speakerRight: 4 });
    expect(errors.misses).toHaveLength(2);
  });

  it('lists rules and the worst errors in text', () => {
    const r = run([goldFixture, '--from-predictions', predictionsFixture, '--rules', '--errors', '1']);
    expect(r.stdout).toContain('rules (matched at jaccard >= 0.5)');
    expect(r.stdout).toContain('errors at jaccard >= 0.5: 1 missed, 2 wrong speaker, 1 false alarms (+1 indirect)');
    expect(r.stdout).toContain('1. [missed] fixture/museum');
    expect(r.stdout).toContain('1. [false-alarm] fixture/library');
  });

  it('evaluates on the held-out or the training split only', () => {
    expect(JSON.parse(run([goldFixture, '--from-predictions', predictionsFixture, '--json', '--split', 'heldout']).stdout)).toMatchObject({ docs: 1, split: 'heldout' });
    expect(JSON.parse(run([goldFixture, '--from-predictions', predictionsFixture, '--json', '--split', 'train']).stdout)).toMatchObject({ docs: 3, missingDocs: 1 });
    expect(JSON.parse(run([goldFixture, '--from-predictions', predictionsFixture, '--json', '--limit', '2']).stdout)).toMatchObject({ docs: 2, missingDocs: 0 });
  });

  it('runs the analyzer, writes its predictions and reports progress on a non-terminal every n articles', () => {
    const r = run([goldFixture, '--predictions', 'out.jsonl', '--json', '--progress-every', '2']);
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('eval: 2/4 articles\neval: 4/4 articles\n');
    const written = parsePredictionsJsonl(r.written.get('out.jsonl')!);
    expect(written.map((p) => p.id)).toEqual(['fixture/harbor', 'fixture/library', 'fixture/orchard-news', 'fixture/museum']);
    expect(JSON.parse(r.stdout)).toMatchObject({ docs: 4, missingDocs: 0 });
  });

  it('rewrites one progress line on a terminal', () => {
    const r = run([goldFixture, '--limit', '1'], { tty: true });
    expect(r.stderr).toBe('\reval: 1/1 articles\n');
  });

  it('fails with one line on stderr and exit code 2 for a missing gold file', () => {
    const r = run(['no/such/gold.jsonl']);
    expect(r.exitCode).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('whosaid eval: cannot read "no/such/gold.jsonl": no such file or directory\n');
  });

  it('fails with exit code 2 naming the line of a malformed gold record', () => {
    const r = run(['g.jsonl'], { files: { 'g.jsonl': `${readText(goldFixture).split('\n')[0]}\n{"id": "x", "text": 3, "quotes": []}\n` } });
    expect(r.exitCode).toBe(2);
    expect(r.stderr).toMatch(/^whosaid eval: bad record at g\.jsonl:2: text: [^\n]+\n$/);
  });

  it('fails with exit code 1 and one line when the predictions cannot be written', () => {
    const r = run([goldFixture, '--limit', '1', '--predictions', 'locked/out.jsonl'], { failWrite: true });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('whosaid eval: cannot write "locked/out.jsonl": permission denied\n');
  });

  it('rejects an unknown split and a bad count through commander', () => {
    expect(() => run([goldFixture, '--split', 'test'])).toThrow(/Allowed choices are all, train, heldout/);
    expect(() => run([goldFixture, '--errors', 'many'])).toThrow(/--errors must be a whole number/);
  });
});

describe('whosaid eval as a process', () => {
  const main = path.join(repoRoot, 'src/cli/main.ts');
  const cli = (...args: string[]) => spawnSync(process.execPath, ['--import', 'tsx', main, 'eval', ...args], { cwd: repoRoot, encoding: 'utf8' });

  itWhenPresent(main)('exits with code 2 and a single stderr line, no stack trace, when the gold file is missing', () => {
    const r = cli('fixtures/eval/no-such-gold.jsonl');
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('whosaid eval: cannot read "fixtures/eval/no-such-gold.jsonl": no such file or directory\n');
  }, 30_000);

  itWhenPresent(main)('prints the figures of a prediction file and exits 0', () => {
    const r = cli('fixtures/eval/gold-small.jsonl', '--from-predictions', 'fixtures/eval/predictions-small.jsonl', '--json');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ docs: 4, 'j0.5': { quoteF1: 0.857 } });
  }, 30_000);
});
