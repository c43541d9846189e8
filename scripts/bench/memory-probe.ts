/**
 * Child process of the benchmark (run with --expose-gc): analyzes every article of a JSONL file in a row with the
 * built library, and after every N articles forces a full GC and records heap and RSS. Prints one JSON object.
 * Usage: node --expose-gc --import tsx memory-probe.ts LIBRARY.js ARTICLES.jsonl EVERY
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

interface Library {
  analyze(text: string): unknown;
}

async function main(): Promise<void> {
  const [library, input, everyArg] = process.argv.slice(2);
  if (!library || !input || !everyArg) throw new Error('usage: memory-probe.ts LIBRARY.js ARTICLES.jsonl EVERY');
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  const baseRss = process.memoryUsage().rss;
  const { analyze } = (await import(pathToFileURL(library).href)) as Library;
  const texts = readFileSync(input, 'utf8').split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { text: string }).text);
  const every = Number(everyArg);
  const samples: { articles: number; heapUsed: number; rss: number }[] = [];
  const started = performance.now();
  texts.forEach((text, i) => {
    analyze(text);
    if ((i + 1) % every === 0) {
      gc();
      const m = process.memoryUsage();
      samples.push({ articles: i + 1, heapUsed: m.heapUsed, rss: m.rss });
    }
  });
  const ms = performance.now() - started;
  process.stdout.write(JSON.stringify({ samples, baseRss, peakRss: process.resourceUsage().maxRSS * 1024, ms }));
}

main().catch((error: unknown) => {
  process.stderr.write(`memory-probe: ${(error as Error).message}\n`);
  process.exit(1);
});
