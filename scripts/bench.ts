/**
 * `npm run bench`: how fast whosaid is, how its cost grows, and how much memory it takes; writes docs/performance.md.
 *
 * It measures the built library and CLI (tsup, as shipped in dist/), rebuilt into node_modules/.cache/whosaid-bench
 * first, so the figures are those of the JavaScript a user runs, not of the TypeScript loader. Options:
 *   --quick        fewer rounds and smaller samples (a smoke run; figures are rougher)
 *   --no-write     print only, leave docs/performance.md alone
 */
import { writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildForBench } from './bench/build';
import { compromiseParse, compromiseQuotations, winkReadDoc } from './bench/competitors';
import { concatenated, evenSample, loadCorpus, recombinedArticles } from './bench/corpus';
import { bareNodeStarts, batchRun, coldStarts, memoryTrace, threadSpeedup } from './bench/processes';
import { count, load, markdown, mb, ms, times, type Figure, type Report, type Target } from './bench/report';
import { bestPass, median, timePass, totalChars } from './bench/timing';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const quick = process.argv.includes('--quick');
const write = !process.argv.includes('--no-write');
const ROUNDS = quick ? 1 : 3;
const COMPROMISE_SAMPLE = quick ? 20 : 120;
const BATCH_ARTICLES = quick ? 1_000 : 10_000;

const log = (line: string) => process.stderr.write(`${line}\n`);

function writeJsonl(path: string, texts: readonly string[]): string {
  writeFileSync(path, texts.map((text, i) => JSON.stringify({ id: `a${i}`, text })).join('\n') + '\n');
  return path;
}

async function main(): Promise<void> {
  const loadAtStart = load();
  log(`building the library and the CLI… (load average ${loadAtStart})`);
  const built = await buildForBench(ROOT);
  const cache = dirname(built.library);
  const { analyze } = (await import(pathToFileURL(built.library).href)) as { analyze: (text: string) => unknown };
  const corpus = loadCorpus(ROOT);
  const texts = [...corpus.fixtures, ...corpus.dataset];
  const chars = totalChars(texts);
  const targets: Target[] = [];
  const figures: Figure[] = [];

  log(`full analysis: ${texts.length} articles, best of ${ROUNDS}…`);
  const whosaidMs = bestPass(texts, analyze, ROUNDS);
  log('wink-nlp readDoc…');
  const winkMs = bestPass(texts, winkReadDoc(), ROUNDS);
  const sample = evenSample(texts, COMPROMISE_SAMPLE);
  log(`compromise on ${sample.length} of them…`);
  const sampleWhosaidMs = bestPass(sample, analyze, ROUNDS);
  const parseMs = bestPass(sample, compromiseParse, 1);
  const quotationsMs = bestPass(sample, compromiseQuotations, 1);
  figures.push(
    { what: 'whosaid, full analysis', value: `${count((texts.length / whosaidMs) * 1000)} articles/s`, note: `${count((chars / whosaidMs) * 1000)} chars/s, one core (${ms(whosaidMs)} for ${count(texts.length)} articles)` },
    { what: 'wink-nlp readDoc (sentences + POS)', value: `${count((texts.length / winkMs) * 1000)} articles/s`, note: `${count((chars / winkMs) * 1000)} chars/s, same articles` },
    { what: 'compromise nlp(text)', value: `${count((sample.length / parseMs) * 1000)} articles/s`, note: `sample of ${sample.length} articles (${count(totalChars(sample))} chars); whosaid on it: ${count((sample.length / sampleWhosaidMs) * 1000)} articles/s` },
    { what: 'compromise .quotations()', value: `${count((sample.length / quotationsMs) * 1000)} articles/s`, note: `same sample; ${times(quotationsMs / sampleWhosaidMs)} the time of whosaid` },
  );
  targets.push(
    { what: 'full analysis time / wink-nlp readDoc time', value: times(whosaidMs / winkMs), target: '<= 2x', met: whosaidMs / winkMs <= 2 },
    { what: 'compromise parse time / full analysis time', value: times(parseMs / sampleWhosaidMs), target: '>= 10x', met: parseMs / sampleWhosaidMs >= 10 },
  );

  log('cold start…');
  const sampleArticle = corpus.fixtureFiles.find((f) => f.endsWith('sample-article.txt')) ?? corpus.fixtureFiles[0]!;
  const colds = await coldStarts(built.library, sampleArticle, ROOT, quick ? 3 : 9);
  const coldMs = median(colds);
  targets.push({ what: 'cold start: process spawn to first result (median)', value: ms(coldMs), target: '< 300 ms', met: coldMs < 300 });
  const bare = await bareNodeStarts(ROOT, colds.length);
  figures.push(
    { what: 'cold start, fastest / slowest run', value: `${ms(Math.min(...colds))} / ${ms(Math.max(...colds))}`, note: `${colds.length} runs` },
    { what: 'bare Node start (`node -e` printing one byte)', value: ms(median(bare)), note: 'the part of the cold start that is Node itself' },
  );

  log('scaling: 100 KB vs 1 MB…');
  const small = concatenated(corpus.fixtures, 100_000);
  const large = concatenated(corpus.fixtures, 1_000_000);
  analyze(small);
  const smallMs = Math.min(...Array.from({ length: ROUNDS }, () => timePass([small], analyze)));
  const largeMs = Math.min(...Array.from({ length: Math.min(ROUNDS, 2) }, () => timePass([large], analyze)));
  targets.push({ what: `${count(large.length)}-char document / ${count(small.length)}-char document`, value: times(largeMs / smallMs), target: '<= 12x', met: largeMs / smallMs <= 12 });
  figures.push({ what: 'one 100 KB document / one 1 MB document', value: `${ms(smallMs)} / ${ms(largeMs)}`, note: 'whole fixtures concatenated' });
  // worst case for the clause and subject searches: one sentence of nothing but speakers and reporting verbs
  const unbroken = ' he said'.repeat(Math.ceil(small.length / 8)).slice(0, small.length);
  const unbrokenMs = Math.min(...Array.from({ length: Math.min(ROUNDS, 2) }, () => timePass([unbroken], analyze)));
  figures.push({ what: `${count(unbroken.length)} chars of " he said" with no sentence break / the ${count(small.length)}-char document`, value: times(unbrokenMs / smallMs), note: `${ms(unbrokenMs)}: a pathological input, to show it stays linear` });

  log(`batch: ${BATCH_ARTICLES} articles with 1 and 2 workers…`);
  const articles = recombinedArticles(corpus.fixtures, BATCH_ARTICLES);
  const articlesFile = writeJsonl(join(cache, 'articles.jsonl'), articles);
  const one = await batchRun(built.cli, articlesFile, 1, ROOT, ROUNDS > 1 ? 2 : 1);
  const two = await batchRun(built.cli, articlesFile, 2, ROOT, ROUNDS > 1 ? 2 : 1);
  const machineSpeedup = await threadSpeedup();
  targets.push({ what: `whosaid batch, ${count(BATCH_ARTICLES)} articles: 2 workers vs 1`, value: times(one.ms / two.ms), target: '>= 1.7x', met: one.ms / two.ms >= 1.7 });
  figures.push(
    { what: 'whosaid batch, 1 worker', value: `${count((BATCH_ARTICLES / one.ms) * 1000)} articles/s`, note: `${ms(one.ms)}, peak RSS ${one.peakRss === null ? 'n/a' : mb(one.peakRss)}` },
    { what: 'whosaid batch, 2 workers', value: `${count((BATCH_ARTICLES / two.ms) * 1000)} articles/s`, note: `${ms(two.ms)}, peak RSS ${two.peakRss === null ? 'n/a' : mb(two.peakRss)}` },
    { what: 'this machine: 2 threads vs 1 on a pure CPU loop', value: times(machineSpeedup), note: `the ceiling for 2 workers at the time of the run; batch reached ${((one.ms / two.ms / machineSpeedup) * 100).toFixed(0)}% of it` },
  );

  log('memory over the batch articles, and peak RSS over the corpus…');
  const trace = await memoryTrace(built.library, articlesFile, BATCH_ARTICLES / 10, ROOT);
  const first = trace.samples[0]!;
  const last = trace.samples[trace.samples.length - 1]!;
  const growth = (last.heapUsed - first.heapUsed) / first.heapUsed;
  targets.push({ what: `heap after ${count(last.articles)} articles vs after ${count(first.articles)} (full GC)`, value: `${mb(first.heapUsed)} -> ${mb(last.heapUsed)} (${(growth * 100).toFixed(1)}%)`, target: 'flat: <= +10%', met: growth <= 0.1 });
  const corpusTrace = await memoryTrace(built.library, writeJsonl(join(cache, 'corpus.jsonl'), texts), texts.length, ROOT);
  figures.push(
    { what: 'peak RSS, full analysis of the corpus in one process', value: mb(corpusTrace.peakRss), note: `Node itself included (${mb(corpusTrace.baseRss)} before the library is loaded)` },
    { what: `peak RSS over ${count(BATCH_ARTICLES)} articles in one process`, value: mb(trace.peakRss), note: `RSS after a full GC: ${mb(first.rss)} -> ${mb(last.rss)}` },
  );

  const report: Report = {
    load: [loadAtStart, load()],
    corpus: `${corpus.fixtures.length} fixtures/*.txt` + (corpus.datasetPath ? ` + ${count(corpus.dataset.length)} PolNeAR train articles (../shared, read at run time)` : ' (../shared/datasets absent: fixtures only)') + `; ${count(texts.length)} articles, ${count(chars)} chars`,
    targets,
    figures,
    method: [
      'Runs on the built JavaScript (tsup, as in dist/), rebuilt first into node_modules/.cache/whosaid-bench; the bench itself runs under tsx.',
      `Throughput: CPU time (user + system) of the best of ${ROUNDS} passes over the same articles after a warm-up, one thread, so that other jobs on the machine do not count; wink-nlp is \`winkNLP(model, ['sbd', 'pos']).readDoc(text)\` with wink-eng-lite-web-model.`,
      `compromise is an order of magnitude slower, so it runs on an even sample of ${COMPROMISE_SAMPLE} articles, and the ratio compares whosaid on that same sample.`,
      `Cold start: \`node -e\` importing the built library, analyzing ${relative(ROOT, sampleArticle)} and printing; wall time from spawn to the first byte of output, median of several runs (so it depends on the load average above).`,
      'Scaling: whole fixtures concatenated to 100 KB and to 1 MB, each analyzed as one document (CPU time); and 100 KB of " he said" repeated, one sentence with a cue every two words.',
      `Batch: \`whosaid batch ARTICLES.jsonl --workers N --quiet --out /dev/null\` over ${count(BATCH_ARTICLES)} articles recombined from fixture paragraphs; wall time (two workers only scale when two cores are free: see the load average); peak RSS polled from /proc.`,
      'Memory: the same articles analyzed in one process with --expose-gc; heap used after a full GC every tenth of the way.',
    ],
  };
  const md = markdown(report, new Date());
  process.stdout.write(md);
  if (write && !quick) writeFileSync(join(ROOT, 'docs', 'performance.md'), md);
  else log('(docs/performance.md left as it was)');
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${(error as Error).message}\n`);
  if (process.env.BENCH_DEBUG) console.error(error);
  process.exit(1);
});
