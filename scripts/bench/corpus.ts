/**
 * The texts the benchmark runs on: the project's own fixtures, the PolNeAR articles when ../shared has them, large
 * documents made by concatenating fixtures, and many articles recombined from fixture paragraphs. Dataset text is only
 * read at run time, never written anywhere.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Corpus {
  /** Paths of fixtures/*.txt, and their texts in the same order. */
  readonly fixtureFiles: readonly string[];
  readonly fixtures: readonly string[];
  readonly dataset: readonly string[];
  /** Where the dataset came from, or null when it is absent. */
  readonly datasetPath: string | null;
}

export function loadCorpus(root: string): Corpus {
  const dir = join(root, 'fixtures');
  const fixtureFiles = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => join(dir, f));
  if (fixtureFiles.length === 0) throw new Error('no fixtures/*.txt to benchmark on');
  const fixtures = fixtureFiles.map((f) => readFileSync(f, 'utf8'));
  const datasetPath = join(root, '..', 'shared', 'datasets', 'polnear-train.jsonl');
  if (!existsSync(datasetPath)) return { fixtureFiles, fixtures, dataset: [], datasetPath: null };
  const dataset = readFileSync(datasetPath, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  return { fixtureFiles, fixtures, dataset, datasetPath };
}

/** Whole fixtures, one after another (and around again), until the text is at least `chars` long. */
export function concatenated(fixtures: readonly string[], chars: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const text = fixtures[i % fixtures.length]!.trim();
    parts.push(text);
    length += text.length + 2;
  }
  return parts.join('\n\n');
}

/** The prose paragraphs of the fixtures: lines of eight words or more. */
function proseParagraphs(fixtures: readonly string[]): string[] {
  return fixtures.flatMap((f) => f.split(/\r?\n/u)).map((l) => l.trim()).filter((l) => l.split(/\s+/u).length >= 8);
}

/**
 * `count` articles, each a headline and 4 to 9 fixture paragraphs picked by a fixed stride, so the set is the same on
 * every run and no two neighbouring articles are alike.
 */
export function recombinedArticles(fixtures: readonly string[], count: number): string[] {
  const paragraphs = proseParagraphs(fixtures);
  const n = paragraphs.length;
  return Array.from({ length: count }, (_, i) => {
    const size = 4 + (i % 6);
    const picked = Array.from({ length: size }, (_, k) => paragraphs[(i * 7919 + k * 104_729) % n]!);
    const headline = picked[0]!.split(/\s+/u).slice(0, 8).join(' ');
    return [headline, ...picked].join('\n\n');
  });
}

/** Every `step`-th text, so that a sample covers the whole corpus and not just its first articles. */
export function evenSample<T>(items: readonly T[], size: number): T[] {
  if (items.length <= size) return [...items];
  const step = items.length / size;
  return Array.from({ length: size }, (_, i) => items[Math.floor(i * step)]!);
}
