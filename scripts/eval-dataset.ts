/**
 * Measures whosaid, straight from source, on an annotated corpus with the project's port of the official scorer.
 *
 *   npx tsx scripts/eval-dataset.ts [GOLD.jsonl] [--split all|train|heldout] [--limit N] [--errors N] [--no-rules] [--json]
 *
 * GOLD defaults to ../shared/datasets/polnear-train.jsonl. Prints the figures first, then the per-rule breakdown
 * (unless --no-rules), then the N worst misses and false alarms. Any other option of `whosaid eval` works too.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { registerEvalCommand } from '../src/cli/eval-command.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const defaultGold = path.resolve(here, '../../shared/datasets/polnear-train.jsonl');

const args = process.argv.slice(2);
const gold = args[0] !== undefined && !args[0].startsWith('-') ? args.shift()! : defaultGold;
const rules = !args.includes('--no-rules');
const rest = args.filter((a) => a !== '--no-rules');

const program = new Command('eval-dataset');
registerEvalCommand(program);
program.parse(['eval', gold, ...(rules ? ['--rules'] : []), ...rest], { from: 'user' });
