/**
 * Process a JSONL archive ({"id", "text"} a line) through the API, one article at a time, writing one
 * JSONL result a line: the same records `whosaid batch` writes, without worker threads.
 * Run: npx tsx examples/batch.ts [archive.jsonl] [results.jsonl]   (defaults: the bundled sample, stdout)
 */
import { createReadStream, createWriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createAnalyzer } from '../src/index.js';

const input = process.argv[2] ?? fileURLToPath(new URL('./data/articles.jsonl', import.meta.url));
const output = process.argv[3] ? createWriteStream(process.argv[3]) : process.stdout;

// one analyzer for the whole archive: building it validates the word lists once
const analyzer = createAnalyzer({ minConfidence: 0.3 });
const lines = createInterface({ input: createReadStream(input, 'utf8'), crlfDelay: Infinity });

let lineNumber = 0;
let analysed = 0;
let failed = 0;
let quotes = 0;
for await (const line of lines) {
  lineNumber++;
  if (line.trim() === '') continue;
  let record: { id?: unknown; text?: unknown };
  try {
    record = JSON.parse(line) as typeof record;
  } catch {
    failed++;
    output.write(`${JSON.stringify({ id: null, line: lineNumber, error: 'not valid JSON' })}\n`);
    continue;
  }
  if (typeof record.text !== 'string') {
    failed++;
    output.write(`${JSON.stringify({ id: record.id ?? null, line: lineNumber, error: 'no "text" string' })}\n`);
    continue;
  }
  const analysis = analyzer.analyze(record.text);
  analysed++;
  quotes += analysis.quotes.length;
  // respect back-pressure so memory stays flat on a large archive
  if (!output.write(`${JSON.stringify({ id: record.id ?? null, ...analysis })}\n`)) await new Promise<void>((ok) => output.once('drain', () => ok()));
}
if (output !== process.stdout) output.end();

console.error(`batch example: ${analysed} articles, ${quotes} quotes, ${failed} failed`);
if (failed > 0 || analysed === 0 || quotes === 0) process.exitCode = 1;
