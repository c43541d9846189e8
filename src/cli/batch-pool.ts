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

interface Pending {
  readonly task: WorkerTask;
  readonly resolve: (reply: WorkerReply) => void;
}

interface Slot {
  readonly worker: Worker;
  /** In the order sent; a worker answers in that order, so the first is the one it is working on. */
  readonly pending: Map<number, Pending>;
  dead: boolean;
}

/**
 * A fixed set of worker threads, each running `batch-worker`. `run` hands a task to the least busy worker.
 * A worker that crashes is replaced (up to a limit); the article it was working on gets an `ok: false` reply and
 * the others it had been sent are handed out again, so a crash loses exactly one article.
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
      const pending = slot.pending.get(reply.seq);
      slot.pending.delete(reply.seq);
      pending?.resolve(reply);
    });
    slot.worker.on('error', (error) => this.fail(slot, `worker crashed: ${firstLine(error)}`));
    slot.worker.on('exit', (code) => this.fail(slot, `worker exited with code ${code}`));
    return slot;
  }

  private fail(slot: Slot, reason: string): void {
    if (slot.dead || this.closing) return;
    slot.dead = true;
    this.crashes++;
    const [current, ...queued] = slot.pending.values();
    slot.pending.clear();
    const index = this.slots.indexOf(slot);
    if (this.crashes <= this.maxCrashes) this.slots[index] = this.spawn();
    current?.resolve({ seq: current.task.seq, ok: false, error: reason });
    for (const { task, resolve } of queued) void this.run(task).then(resolve);
  }

  /** Analyses one article on a worker; resolves with its reply, never rejects. */
  run(task: WorkerTask): Promise<WorkerReply> {
    const live = this.slots.filter((s) => !s.dead);
    if (live.length === 0) return Promise.resolve({ seq: task.seq, ok: false, error: 'every worker crashed' });
    const slot = live.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    return new Promise((resolve) => {
      slot.pending.set(task.seq, { task, resolve });
      slot.worker.postMessage(task);
    });
  }

  /** Stops every worker. */
  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}
