import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'tsup';
import { cliBuild } from '../../tsup.config';
import { ROOT } from './helpers';

/** Builds dist-like cli.js + batch-worker.js into a fresh folder under test-output/ (inside the project, so packages resolve). */
export async function buildCli(): Promise<{ cli: string; dispose: () => void }> {
  const base = join(ROOT, 'test-output');
  mkdirSync(base, { recursive: true });
  const outDir = mkdtempSync(join(base, 'cli-build-'));
  await build({ ...cliBuild, outDir, clean: false, silent: true, config: false });
  return { cli: join(outDir, 'cli.js'), dispose: () => rmSync(outDir, { recursive: true, force: true }) };
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI with `args`, feeding `input` on stdin. */
export function runBuilt(cli: string, args: readonly string[], input?: string, cwd = ROOT): Promise<RunResult> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

