import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { CliError, fileErrorMessage, firstLine } from './cli-error.js';
import type { CliIo } from './io.js';

/** One input article, or the reason it could not be read. `seq` is its 0-based position in the input. */
export type BatchRecord =
  | { readonly seq: number; readonly id: string | null; readonly label: string; readonly text: string }
  | { readonly seq: number; readonly id: string | null; readonly label: string; readonly error: string; readonly line?: number };

/** A batch input: its records in order, and (when cheap to know) how many there are. */
export interface BatchInput {
  readonly records: AsyncIterable<BatchRecord>;
  /** The number of records, for the progress bar; null for stdin. Reads a JSONL file once to count. */
  total(): Promise<number | null>;
}

/** Splits a byte or text stream into lines without holding more than one chunk and one line. */
export async function* lines(stream: AsyncIterable<unknown>): AsyncGenerator<string> {
  const decoder = new TextDecoder('utf-8');
  let rest = '';
  for await (const chunk of stream) {
    rest += typeof chunk === 'string' ? chunk : decoder.decode(chunk as Uint8Array, { stream: true });
    let newline = rest.indexOf('\n');
    while (newline !== -1) {
      yield rest.slice(0, newline).replace(/\r$/, '');
      rest = rest.slice(newline + 1);
      newline = rest.indexOf('\n');
    }
  }
  rest += decoder.decode();
  if (rest.length > 0) yield rest.replace(/\r$/, '');
}

/** Parses one JSONL line as `{id?, text}`; anything else becomes an error record naming the line. */
export function parseJsonlRecord(line: string, lineNumber: number, seq: number): BatchRecord {
  const label = `line ${lineNumber}`;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { seq, id: null, label, line: lineNumber, error: `line ${lineNumber}: not valid JSON (${firstLine(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { seq, id: null, label, line: lineNumber, error: `line ${lineNumber}: a record must be a JSON object {"id", "text"}` };
  }
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : null;
  const name = id ?? label;
  if (typeof record.text !== 'string') {
    return { seq, id, label: name, line: lineNumber, error: `line ${lineNumber}: the record has no "text" string` };
  }
  return { seq, id, label: name, text: record.text };
}

async function* jsonlRecords(stream: AsyncIterable<unknown>): AsyncGenerator<BatchRecord> {
  let lineNumber = 0;
  let seq = 0;
  for await (const line of lines(stream)) {
    lineNumber++;
    if (line.trim() === '') continue;
    yield parseJsonlRecord(line, lineNumber, seq++);
  }
}

async function* fileRecords(dir: string, names: readonly string[]): AsyncGenerator<BatchRecord> {
  let seq = 0;
  for (const name of names) {
    try {
      yield { seq, id: name, label: name, text: await readFile(join(dir, name), 'utf8') };
    } catch (error) {
      yield { seq, id: name, label: name, error: fileErrorMessage('read', name, error) };
    }
    seq++;
  }
}

async function countNonBlankLines(path: string): Promise<number> {
  let n = 0;
  for await (const line of lines(createReadStream(path))) if (line.trim() !== '') n++;
  return n;
}

/** Opens a batch input: "-" for JSONL on stdin, a directory of .txt files, or a JSONL file. */
export async function openBatchInput(input: string, io: CliIo): Promise<BatchInput> {
  if (input === '-') return { records: jsonlRecords(io.stdin as AsyncIterable<unknown>), total: async () => null };
  const path = resolve(io.cwd, input);
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    throw new CliError(fileErrorMessage('read', input, error));
  }
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).filter((n) => n.toLowerCase().endsWith('.txt'));
    } catch (error) {
      throw new CliError(fileErrorMessage('list', input, error));
    }
    names.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    return { records: fileRecords(path, names), total: async () => names.length };
  }
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (error) {
    throw new CliError(fileErrorMessage('read', input, error));
  }
  const stream = handle.createReadStream();
  return { records: jsonlRecords(stream), total: () => countNonBlankLines(path) };
}
