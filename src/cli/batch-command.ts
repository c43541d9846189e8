import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { analyzerFromConfig } from './analyzer-from-config.js';
import { openBatchInput, type BatchRecord } from './batch-input.js';
import { htmlDirSink, jsonlSink, type BatchSink } from './batch-output.js';
import { BatchPool } from './batch-pool.js';
import type { WorkerReply } from './batch-protocol.js';
import { CliError, EXIT } from './cli-error.js';
import type { CliIo } from './io.js';
import { createProgress, formatDuration } from './progress.js';

/** Options of `whosaid batch INPUT`. */
export interface BatchOptions {
  workers?: number;
  format?: 'jsonl' | 'html';
  out?: string;
  config?: string;
  quiet?: boolean;
}

/** Records read ahead of the one being written, per worker: enough to keep workers busy, few enough to keep memory flat. */
const READ_AHEAD_PER_WORKER = 4;

/** Analyses every record of INPUT on worker threads and writes the results in input order; returns the exit code. */
export async function runBatch(input: string, options: BatchOptions, io: CliIo): Promise<number> {
  const format = options.format ?? 'jsonl';
  if (format === 'html' && options.out === undefined) throw new CliError('batch --format html needs --out DIR for the pages');
  const workers = options.workers ?? availableParallelism();
  // fail fast on a bad config, before any worker starts
  await analyzerFromConfig(options.config, io.cwd);
  const source = await openBatchInput(input, io);
  const sink: BatchSink = format === 'html' ? await htmlDirSink(options.out!, io.cwd) : await jsonlSink(io.stdout, options.out, io.cwd);
  const showProgress = !options.quiet && io.stderr.isTTY === true;
  const progress = showProgress ? createProgress(io.stderr, await source.total()) : null;
  const configPath = options.config === undefined ? undefined : resolve(io.cwd, options.config);
  const pool = new BatchPool(workers, io.workerUrl, { configPath, cwd: io.cwd, format });
  const started = Date.now();
  let total = 0;
  let failed = 0;
  const emit = async ({ record, reply }: { record: BatchRecord; reply: WorkerReply }) => {
    await sink.write(record, reply);
    total++;
    if (!reply.ok) failed++;
    progress?.tick(!reply.ok);
  };
  const queue: Promise<{ record: BatchRecord; reply: WorkerReply }>[] = [];
  try {
    for await (const record of source.records) {
      const reply: Promise<WorkerReply> = 'error' in record
        ? Promise.resolve({ seq: record.seq, ok: false, error: record.error })
        : pool.run({ seq: record.seq, id: record.id, label: record.label, text: record.text });
      queue.push(reply.then((r) => ({ record, reply: r })));
      if (queue.length >= workers * READ_AHEAD_PER_WORKER) await emit(await queue.shift()!);
    }
    while (queue.length > 0) await emit(await queue.shift()!);
  } finally {
    progress?.done();
    await pool.close();
  }
  await sink.close();
  if (!options.quiet) {
    const seconds = (Date.now() - started) / 1000;
    const rate = seconds > 0 ? ` (${(total / seconds).toFixed(1)}/s)` : '';
    io.stderr.write(`whosaid batch: ${total} records, ${total - failed} ok, ${failed} failed in ${formatDuration(seconds)}${rate}\n`);
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}
