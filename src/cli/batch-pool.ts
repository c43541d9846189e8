import { Worker } from 'node:worker_threads';
import { firstLine } from './cli-error.js';
import type { WorkerReply, WorkerSetup, WorkerTask } from './batch-protocol.js';

/**
 * Starts the worker script. A `.ts` script (running from source under tsx, as the tests do) gets a small
 * bootstrap that registers tsx's loader in the new thread first, since loaders do not carry over to workers.
 */
function startWorker(url: URL, setup: WorkerSetup): Worker {
  if (!url.pathname.endsWith('.ts')) return new Worker(url, { workerData: setup });
  const bootstrap = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData: setup });
}

interface Slot {
  readonly worker: Worker;
  readonly pending: Map<number, (reply: WorkerReply) => void>;
  dead: boolean;
}

/**
 * A fixed set of worker threads, each running `batch-worker`. `run` hands a task to the least busy worker.
 * A worker that crashes fails only its own pending tasks (as `ok: false` replies) and is replaced, up to a limit.
 */
export class BatchPool {
  private readonly slots: Slot[] = [];
  private crashes = 0;
  private closing = false;

  constructor(size: number, private readonly workerUrl: URL, private readonly setup: WorkerSetup) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  private get maxCrashes(): number {
    return this.slots.length * 2 + 2;
  }

  private spawn(): Slot {
    const slot: Slot = { worker: startWorker(this.workerUrl, this.setup), pending: new Map(), dead: false };
    slot.worker.on('message', (reply: WorkerReply) => {
      const resolve = slot.pending.get(reply.seq);
      slot.pending.delete(reply.seq);
      resolve?.(reply);
    });
    slot.worker.on('error', (error) => this.fail(slot, `worker crashed: ${firstLine(error)}`));
    slot.worker.on('exit', (code) => this.fail(slot, `worker exited with code ${code}`));
    return slot;
  }

  private fail(slot: Slot, reason: string): void {
    if (slot.dead || this.closing) return;
    slot.dead = true;
    this.crashes++;
    for (const [seq, resolve] of slot.pending) resolve({ seq, ok: false, error: reason });
    slot.pending.clear();
    const index = this.slots.indexOf(slot);
    if (this.crashes <= this.maxCrashes) this.slots[index] = this.spawn();
  }

  /** Analyses one article on a worker; resolves with its reply, never rejects. */
  run(task: WorkerTask): Promise<WorkerReply> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.resolve({ seq: task.seq, ok: false, error: 'every worker crashed' });
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise((resolve) => {
      slot.pending.set(task.seq, resolve);
      slot.worker.postMessage(task);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
