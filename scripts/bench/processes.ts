/**
 * Measurements that need a process of their own: cold start (spawn to first result), the CLI's batch mode with 1 or
 * more workers (wall time and peak RSS), and the memory probe that analyzes thousands of articles in a row.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface Finished {
  readonly ms: number;
  readonly stdout: string;
  /** Peak resident set size in bytes (Linux VmHWM, polled while it runs), or null where /proc is missing. */
  readonly peakRss: number | null;
  /** Milliseconds from spawn to the first byte on stdout. */
  readonly firstOutputMs: number | null;
}

function readPeakRss(pid: number): number | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = /VmHWM:\s+(\d+)\s+kB/u.exec(status);
    return kb ? Number(kb[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/** Runs `node ARGS`, fails on a non-zero exit with its stderr's first line. */
export function runNode(args: readonly string[], cwd: string): Promise<Finished> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let firstOutputMs: number | null = null;
    let peakRss: number | null = null;
    const poll = setInterval(() => {
      const now = child.pid === undefined ? null : readPeakRss(child.pid);
      if (now !== null) peakRss = Math.max(peakRss ?? 0, now);
    }, 50);
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      firstOutputMs ??= performance.now() - started;
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', (error) => {
      clearInterval(poll);
      fail(error);
    });
    child.on('close', (code) => {
      clearInterval(poll);
      if (code !== 0) fail(new Error(`node ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n')[0] ?? ''}`));
      else done({ ms: performance.now() - started, stdout, peakRss, firstOutputMs });
    });
  });
}

/**
 * Cold start: a fresh `node` that imports the built library, analyzes one article and prints the quote count. Timed
 * from spawn to the first byte of that output; one time per run.
 */
export async function coldStarts(library: string, articlePath: string, cwd: string, runs: number): Promise<number[]> {
  const code = `import { readFileSync } from 'node:fs'; import { analyze } from ${JSON.stringify(library)};`
    + ` process.stdout.write(String(analyze(readFileSync(${JSON.stringify(articlePath)}, 'utf8')).quotes.length));`;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runNode(['--input-type=module', '-e', code], cwd);
    times.push(run.firstOutputMs ?? run.ms);
  }
  return times;
}

/** A fresh `node` that only prints one byte: the floor under any cold start on this machine. */
export async function bareNodeStarts(cwd: string, runs: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const run = await runNode(['-e', 'process.stdout.write("0")'], cwd);
    times.push(run.firstOutputMs ?? run.ms);
  }
  return times;
}

/** `whosaid batch INPUT --workers N` to /dev/null, quiet: the fastest of `runs` (wall time), with its peak RSS. */
export async function batchRun(cli: string, input: string, workers: number, cwd: string, runs: number): Promise<Finished> {
  let best: Finished | null = null;
  for (let i = 0; i < runs; i++) {
    const run = await runNode([cli, 'batch', input, '--workers', String(workers), '--quiet', '--out', '/dev/null'], cwd);
    if (best === null || run.ms < best.ms) best = run;
  }
  return best!;
}

export interface MemoryTrace {
  /** After every `every` articles, heap used and RSS in bytes (after a full GC). */
  readonly samples: readonly { articles: number; heapUsed: number; rss: number }[];
  /** RSS of the probe before it loaded the library: Node itself. */
  readonly baseRss: number;
  readonly peakRss: number;
  readonly ms: number;
}

/** Runs memory-probe.ts in a child with --expose-gc over a JSONL file of articles. */
export async function memoryTrace(library: string, input: string, every: number, cwd: string): Promise<MemoryTrace> {
  const probe = join(dirname(fileURLToPath(import.meta.url)), 'memory-probe.ts');
  const run = await runNode(['--expose-gc', '--import', 'tsx', probe, library, input, String(every)], cwd);
  return JSON.parse(run.stdout) as MemoryTrace;
}

/**
 * How much faster two threads finish two equal pure-CPU loops than one thread finishes one: what this machine can
 * give a 2-worker batch right now (2.0 on two idle cores, less when other jobs hold a core).
 */
export async function threadSpeedup(): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const loop = 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x + i) | 0; require("node:worker_threads").parentPort.postMessage(x);';
  const run = async (threads: number) => {
    const started = performance.now();
    await Promise.all(Array.from({ length: threads }, () => new Promise((done) => new Worker(loop, { eval: true }).once('message', done))));
    return performance.now() - started;
  };
  const best = async (threads: number) => {
    let fastest = Infinity;
    for (let i = 0; i < 3; i++) fastest = Math.min(fastest, await run(threads));
    return fastest;
  };
  const one = await best(1);
  const two = await best(2);
  return (2 * one) / two;
}
