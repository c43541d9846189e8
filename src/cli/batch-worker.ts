import { parentPort, workerData } from 'node:worker_threads';
import { analyzerFromConfig } from './analyzer-from-config.js';
import { firstLine } from './cli-error.js';
import { processTask, type WorkerSetup, type WorkerTask } from './batch-protocol.js';

/** Entry of a batch worker thread: builds the analyzer once, then answers each task message with a reply. */
function startWorker(): void {
  const port = parentPort;
  if (!port) throw new Error('batch-worker must run in a worker thread');
  const setup = workerData as WorkerSetup;
  const ready = analyzerFromConfig(setup.configPath, setup.cwd).then(
    (analyzer) => ({ analyzer, error: null }),
    (error: unknown) => ({ analyzer: null, error: firstLine(error) }),
  );
  port.on('message', (task: WorkerTask) => {
    void ready.then(({ analyzer, error }) => {
      port.postMessage(analyzer ? processTask(analyzer, setup, task) : { seq: task.seq, ok: false, error: `worker could not start: ${error}` });
    });
  });
}

startWorker();
