import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError, fileErrorMessage } from './cli-error.js';
import type { CliIo } from './io.js';

/** Reads a whole stream as UTF-8 text. */
export async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/** The article to analyse: the file at `path`, or stdin for "-" (or no path with piped input). */
export async function readArticle(path: string | undefined, io: CliIo): Promise<{ text: string; name: string }> {
  if (path === undefined || path === '-') {
    if (path === undefined && io.stdin.isTTY) throw new CliError('no input: give a FILE, or "-" to read the article from stdin (see whosaid --help)');
    return { text: await readStream(io.stdin), name: 'stdin' };
  }
  try {
    return { text: await readFile(resolve(io.cwd, path), 'utf8'), name: path };
  } catch (error) {
    throw new CliError(fileErrorMessage('read', path, error));
  }
}
