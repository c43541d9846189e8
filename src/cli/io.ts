/** A writable stream as the CLI uses it: `write`, plus the terminal facts of a TTY. */
export interface CliOutput {
  write(chunk: string): boolean;
  once(event: 'drain', listener: () => void): unknown;
  readonly isTTY?: boolean;
  readonly columns?: number;
}

/** Everything the CLI touches outside itself; `main.ts` passes the process's, tests pass their own. */
export interface CliIo {
  readonly stdin: NodeJS.ReadableStream & { readonly isTTY?: boolean };
  readonly stdout: CliOutput;
  readonly stderr: CliOutput;
  /** Relative paths (inputs, --config, --out) are taken from here. */
  readonly cwd: string;
  /** The batch worker script: `dist/batch-worker.js` when built, `src/cli/batch-worker.ts` under tsx. */
  readonly workerUrl: URL;
}

/** Writes `chunk` and waits for the stream to drain when its buffer is full, so output memory stays flat. */
export async function writeWithBackpressure(out: CliOutput, chunk: string): Promise<void> {
  if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
}
