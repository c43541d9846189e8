import { mkdir, open, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { renderIndexHtml, type IndexEntry } from '../report/index-page.js';
import type { BatchRecord } from './batch-input.js';
import type { WorkerReply } from './batch-protocol.js';
import { CliError, EXIT, fileErrorMessage } from './cli-error.js';
import { writeWithBackpressure, type CliOutput } from './io.js';

/** Where batch results go, one record at a time, in input order. */
export interface BatchSink {
  write(record: BatchRecord, reply: WorkerReply): Promise<void>;
  close(): Promise<void>;
}

/** The JSONL error record for a record that could not be analysed. */
export function errorLine(record: BatchRecord, error: string): string {
  const line = 'line' in record && record.line !== undefined ? { line: record.line } : {};
  return `${JSON.stringify({ id: record.id, ...line, error })}\n`;
}

function jsonlTo(out: CliOutput, finish: () => Promise<void>): BatchSink {
  return {
    write: (record, reply) => writeWithBackpressure(out, reply.ok ? reply.output : errorLine(record, reply.error)),
    close: finish,
  };
}

/** JSONL on `out` (stdout), or in the file `path` when given. */
export async function jsonlSink(out: CliOutput, path: string | undefined, cwd: string): Promise<BatchSink> {
  if (path === undefined) return jsonlTo(out, async () => {});
  let handle;
  try {
    handle = await open(resolve(cwd, path), 'w');
  } catch (error) {
    throw new CliError(fileErrorMessage('write', path, error));
  }
  const stream = handle.createWriteStream({ encoding: 'utf8' });
  return jsonlTo(stream, () => new Promise<void>((ok, fail) => {
    stream.once('error', fail);
    stream.end(ok);
  }));
}

/** A safe, unique file name for an article page: "0007-some-id.html". */
export function pageFileName(seq: number, label: string): string {
  const slug = label.normalize('NFKD').replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|-+$/g, '').slice(0, 60);
  return `${String(seq + 1).padStart(4, '0')}${slug ? `-${slug}` : ''}.html`;
}

/** One HTML page per article in `dir`, and `index.html` listing them all when closed. */
export async function htmlDirSink(dir: string, cwd: string): Promise<BatchSink> {
  const root = resolve(cwd, dir);
  try {
    await mkdir(root, { recursive: true });
  } catch (error) {
    throw new CliError(fileErrorMessage('create directory', dir, error));
  }
  const entries: IndexEntry[] = [];
  const save = async (name: string, html: string) => {
    try {
      await writeFile(join(root, name), html);
    } catch (error) {
      throw new CliError(fileErrorMessage('write', join(dir, name), error), EXIT.failed);
    }
  };
  return {
    async write(record, reply) {
      if (!reply.ok) {
        entries.push({ id: record.label, href: null, quotes: 0, speakers: [], error: reply.error });
        return;
      }
      const name = pageFileName(record.seq, record.label);
      await save(name, reply.output);
      entries.push({ id: record.label, href: name, quotes: reply.quotes, speakers: reply.speakers, error: null });
    },
    close: () => save('index.html', renderIndexHtml(entries)),
  };
}
