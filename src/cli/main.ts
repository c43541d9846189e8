import { runCli } from './program.js';

// The `whosaid` bin. Built to dist/cli.js; the batch worker sits beside it (dist/batch-worker.js),
// or beside this file as batch-worker.ts when run from source with tsx.
const here = import.meta.url;
const workerUrl = new URL(here.endsWith('.ts') ? './batch-worker.ts' : './batch-worker.js', here);

process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  // the reader went away (`whosaid batch big.jsonl | head`): stop quietly
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const code = await runCli(process.argv.slice(2), {
  stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), workerUrl,
});
process.exitCode = Math.max(code, Number(process.exitCode ?? 0));
