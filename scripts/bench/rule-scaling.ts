/**
 * `npm run bench:rules`: finds the steps whose cost grows faster than the text. Runs the pipeline (from source) on
 * documents of several shapes at two sizes, four times apart, timing every rule in CPU time; a linear rule takes about
 * 4x as long on the larger one, a quadratic one about 16x. Prints each shape's slowest rules with their growth,
 * flagging every rule that grows more than 6x and costs more than 50 ms; each size is run twice, the least time kept.
 * Options: --size N (the smaller size in chars, default 100000).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinRules } from '../../src/builtin-rules';
import { buildLexicon } from '../../src/lexicon/lexicon';
import { bundledModels } from '../../src/lexicon/models';
import { buildAnalysis } from '../../src/pipeline/output';
import type { AnyRule } from '../../src/pipeline/rule';
import { STAGES } from '../../src/pipeline/rule';
import { runPipeline, type RulesByStage } from '../../src/pipeline/run';
import { concatenated } from './corpus';
import { cpuMs } from './timing';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const sizeArg = process.argv.indexOf('--size');
const SMALL = sizeArg > 0 ? Number(process.argv[sizeArg + 1]) : 100_000;
const GROWTH_FLAG = 6;
/** Below this (on the larger text) a rule is too cheap for its growth to matter or to be measured well. */
const MIN_FLAGGED_MS = 50;

const fixtures = readdirSync(join(ROOT, 'fixtures')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'fixtures', f), 'utf8'));

/** Invented surnames from syllables: thousands of distinct people, so that per-speaker loops show. */
function person(i: number): string {
  const syllables = ['ka', 'ro', 'vin', 'dal', 'mer', 'su', 'te', 'bor', 'lin', 'ga', 'no', 'wel'];
  const first = ['Ada', 'Bram', 'Cleo', 'Dirk', 'Esme', 'Farid', 'Greta', 'Hugo'][i % 8]!;
  let surname = '';
  for (let n = i, k = 0; k < 3; k++, n = Math.floor(n / syllables.length)) surname += syllables[n % syllables.length];
  return `${first} ${surname[0]!.toUpperCase()}${surname.slice(1)}`;
}

const repeat = (unit: (i: number) => string, chars: number): string => {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const p = unit(i);
    parts.push(p);
    n += p.length + 2;
  }
  return parts.join('\n\n');
};

const SHAPES: Record<string, (chars: number) => string> = {
  'fixtures concatenated': (chars) => concatenated(fixtures, chars),
  'one paragraph (fixtures without line breaks)': (chars) => concatenated(fixtures, chars).replace(/\s*\n+\s*/g, ' '),
  'many distinct people': (chars) => repeat((i) => `${person(i)}, a spokesman for the Harbour Council, said the plan would fail. “We will see,” ${person(i + 1)} told reporters. ${person(i).split(' ')[1]} added that the vote was close.`, chars),
  'dense quotes and pronouns': (chars) => repeat(() => '“We will see,” he said. “Not now,” Anna Berg told reporters. She said they would wait.', chars),
  'no punctuation': (chars) => 'the mayor Anna Berg said that the harbour board will meet again next week and he told reporters '.repeat(Math.ceil(chars / 97)),
};

type Times = Map<string, number>;

function timedRules(times: Times): RulesByStage {
  const wrap = (rule: AnyRule): AnyRule => ({
    ...rule,
    apply(ctx: never) {
      const started = cpuMs();
      (rule.apply as (c: never) => void)(ctx);
      times.set(rule.name, (times.get(rule.name) ?? 0) + cpuMs() - started);
    },
  }) as AnyRule;
  const wrapped = builtinRules.map(wrap);
  return Object.fromEntries(STAGES.map((s) => [s, wrapped.filter((r) => r.stage === s)])) as unknown as RulesByStage;
}

function measure(text: string): Times {
  const lexicon = buildLexicon(bundledModels);
  const times: Times = new Map();
  const rules = timedRules(times);
  const started = cpuMs();
  const draft = runPipeline(text, lexicon, rules);
  const outputStarted = cpuMs();
  buildAnalysis(draft, 0);
  const ended = cpuMs();
  const inRules = [...times.values()].reduce((a, b) => a + b, 0);
  times.set('(segmentation, tokens, pipeline glue)', outputStarted - started - inRules);
  times.set('(output)', ended - outputStarted);
  times.set('TOTAL', ended - started);
  return times;
}

/** Each rule's least time over two runs: one run's GC pause or a busy machine should not read as growth. */
function leastOfTwo(text: string): Times {
  const first = measure(text);
  for (const [name, ms] of measure(text)) first.set(name, Math.min(ms, first.get(name) ?? ms));
  return first;
}

for (const [shape, make] of Object.entries(SHAPES)) {
  const small = make(SMALL);
  const large = make(SMALL * 4);
  measure(small); // warm-up
  const a = leastOfTwo(small);
  const b = leastOfTwo(large);
  const rows = [...b.entries()].sort((x, y) => y[1] - x[1]).slice(0, 9);
  console.log(`\n${shape}: ${small.length.toLocaleString('en-US')} -> ${large.length.toLocaleString('en-US')} chars`);
  for (const [name, ms] of rows) {
    const growth = ms / Math.max(a.get(name) ?? 0, 0.01);
    const flag = growth > GROWTH_FLAG && ms > MIN_FLAGGED_MS ? '  <-- superlinear' : '';
    console.log(`  ${name.padEnd(40)} ${ms.toFixed(0).padStart(7)} ms  x${growth.toFixed(1)}${flag}`);
  }
}
