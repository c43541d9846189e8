import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const goldFixture = path.join(repoRoot, 'fixtures/eval/gold-small.jsonl');
export const predictionsFixture = path.join(repoRoot, 'fixtures/eval/predictions-small.jsonl');
export const officialScorer = path.join(sharedDir, 'tools/score.mjs');
export const seedGold = path.join(sharedDir, 'seed/seed-gold.jsonl');
export const polnearGold = path.join(sharedDir, 'datasets/polnear-train.jsonl');

export const readText = (file: string): string => readFileSync(file, 'utf8');

/** `describe` when every file exists (the ../shared corpora and tools), else `describe.skip`. */
export const describeWhenPresent = (...files: string[]): jest.Describe => (files.every((f) => existsSync(f)) ? describe : describe.skip);

/** `it` when every file exists, else `it.skip`. */
export const itWhenPresent = (...files: string[]): jest.It => (files.every((f) => existsSync(f)) ? it : it.skip);
