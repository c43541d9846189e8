import { join, resolve } from 'node:path';
import { Readable } from 'node:stream';
import type { CliIo, CliOutput } from '../../src/cli/io';

export const ROOT = resolve(__dirname, '../..');
export const EXAMPLE_ARTICLE = join(ROOT, 'examples/data/harbour-vote.txt');
export const EXAMPLE_ARCHIVE = join(ROOT, 'examples/data/articles.jsonl');

/** A stream that records what is written to it. */
export interface CapturedOutput extends CliOutput {
  readonly text: () => string;
}

export function capture(options: { isTTY?: boolean; columns?: number } = {}): CapturedOutput {
  const chunks: string[] = [];
  return {
    isTTY: options.isTTY ?? false,
    columns: options.columns,
    write(chunk: string) {
      chunks.push(chunk);
      return true;
    },
    once: () => undefined,
    text: () => chunks.join(''),
  };
}

/** An in-memory CliIo: stdin holds `input` (a TTY with no input when undefined). */
export function memoryIo(input?: string, options: { ttyOut?: boolean; columns?: number; cwd?: string } = {}) {
  const stdin = Object.assign(Readable.from(input === undefined ? [] : [Buffer.from(input)]), { isTTY: input === undefined });
  const stdout = capture({ isTTY: options.ttyOut, columns: options.columns });
  const stderr = capture();
  const io: CliIo = { stdin, stdout, stderr, cwd: options.cwd ?? ROOT, workerUrl: new URL('file:///nonexistent-worker.js') };
  return { io, stdout, stderr };
}

/** The lines of a text, without the empty last one. */
export const linesOf = (text: string) => text.split('\n').filter((l) => l !== '');
