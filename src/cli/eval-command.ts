import { readFileSync, writeFileSync } from 'node:fs';
import { Command, InvalidArgumentError, Option } from 'commander';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { WhosaidError } from '../errors.js';
import { EXIT, fileErrorMessage } from './cli-error.js';
import {
  EvalInputError, evaluatePredictions, formatErrors, formatFigures, formatRules, parseGoldJsonl, parsePredictionsJsonl,
  predictArticles, predictionsToJsonl, selectSplit, SPLITS, type GoldRecord, type PredictionRecord, type Split,
} from '../eval/index.js';

/** Where the eval command reads, writes and reports; tests pass their own. */
export interface EvalCommandIO {
  readFile(path: string): string;
  writeFile(path: string, content: string): void;
  stdout: { write(chunk: string): unknown };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  setExitCode(code: number): void;
  /** The analyzer to evaluate (default: `createAnalyzer()`). */
  analyzer?: () => Pick<Analyzer, 'analyze'>;
}

export interface EvalCommandOptions {
  predictions?: string;
  fromPredictions?: string;
  errors: number;
  rules: boolean;
  json: boolean;
  split: Split;
  limit?: number;
  progressEvery: number;
}

const nodeIO: EvalCommandIO = {
  readFile: (path) => readFileSync(path, 'utf8'),
  writeFile: (path, content) => writeFileSync(path, content),
  stdout: process.stdout,
  stderr: process.stderr,
  setExitCode: (code) => {
    process.exitCode = code;
  },
};

/** Exit code for a gold or prediction file that is missing, unreadable or malformed. */
export const EXIT_BAD_INPUT = EXIT.usage;
/** Exit code when predictions could not be written. */
export const EXIT_WRITE_FAILED = EXIT.failed;

class CommandFailure extends Error {
  constructor(readonly exitCode: number, message: string) {
    super(message);
  }
}

function count(what: string) {
  return (value: string): number => {
    if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${what} must be a whole number, got "${value}"`);
    return Number(value);
  };
}

function readJsonl<T>(io: EvalCommandIO, path: string, parse: (content: string, source: string) => T[]): T[] {
  let content: string;
  try {
    content = io.readFile(path);
  } catch (error) {
    throw new CommandFailure(EXIT_BAD_INPUT, fileErrorMessage('read', path, error));
  }
  try {
    return parse(content, path);
  } catch (error) {
    if (error instanceof EvalInputError) throw new CommandFailure(EXIT_BAD_INPUT, `bad record at ${error.message}`);
    throw error;
  }
}

/** Progress on stderr: a rewritten line on a terminal, else one line every `every` articles. */
function progressReporter(io: EvalCommandIO, every: number) {
  const tty = !!io.stderr.isTTY;
  return (done: number, total: number) => {
    if (tty) {
      if (done % 10 === 0 || done === total) io.stderr.write(`\reval: ${done}/${total} articles${done === total ? '\n' : ''}`);
    } else if (every > 0 && (done % every === 0 || (done === total && total >= every))) {
      io.stderr.write(`eval: ${done}/${total} articles\n`);
    }
  };
}

function predictionsFor(gold: GoldRecord[], options: EvalCommandOptions, io: EvalCommandIO): PredictionRecord[] {
  if (options.fromPredictions) return readJsonl(io, options.fromPredictions, parsePredictionsJsonl);
  const analyzer = (io.analyzer ?? createAnalyzer)();
  const run = predictArticles(gold, analyzer, progressReporter(io, options.progressEvery));
  for (const f of run.failures) io.stderr.write(`warning: the analyzer failed on ${f.id}: ${f.message}\n`);
  if (options.predictions) {
    try {
      io.writeFile(options.predictions, predictionsToJsonl(run.predictions));
    } catch (error) {
      throw new CommandFailure(EXIT_WRITE_FAILED, fileErrorMessage('write', options.predictions, error));
    }
  }
  return run.predictions;
}

/** Runs `whosaid eval`; returns the exit code. */
export function runEval(goldPath: string, options: EvalCommandOptions, io: EvalCommandIO = nodeIO): number {
  try {
    const all = readJsonl(io, goldPath, parseGoldJsonl);
    const split = selectSplit(all, options.split);
    const gold = options.limit === undefined ? split : split.slice(0, options.limit);
    const evaluation = evaluatePredictions(gold, predictionsFor(gold, options, io), { errors: options.errors });
    if (options.json) {
      const extra = { split: options.split, ...(options.rules ? { rules: evaluation.rules } : {}), ...(evaluation.errors ? { errors: evaluation.errors } : {}) };
      io.stdout.write(`${JSON.stringify({ ...evaluation.figures, ...extra })}\n`);
    } else {
      const blocks = [`split ${options.split}: ${formatFigures(evaluation.figures)}`];
      if (options.rules) blocks.push(formatRules(evaluation.rules));
      if (evaluation.errors) blocks.push(formatErrors(evaluation.errors));
      io.stdout.write(`${blocks.join('\n\n')}\n`);
    }
    return 0;
  } catch (error) {
    if (error instanceof CommandFailure) {
      io.stderr.write(`whosaid eval: ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof WhosaidError) {
      io.stderr.write(`whosaid eval: ${error.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}

/** Adds `whosaid eval GOLD.jsonl [...]` to `program`. */
export function registerEvalCommand(program: Command, io: EvalCommandIO = nodeIO): Command {
  return program
    .command('eval')
    .description('measure whosaid on annotated articles (JSONL gold records) with the same figures as the official scorer')
    .argument('<gold>', 'gold JSONL file: one {id, text, quotes, meta} record a line')
    .option('--predictions <out>', 'also write the predictions as JSONL to this file')
    .option('--from-predictions <file>', 'score this prediction JSONL instead of running the analyzer')
    .option('--errors <n>', 'list the n worst misses and false alarms', count('--errors'), 0)
    .option('--rules', 'show how often each rule fired and how often it was right', false)
    .option('--json', 'print the figures as JSON', false)
    .addOption(new Option('--split <split>', 'which articles: all, train or heldout (1 in 5, by id)').choices(SPLITS).default('all'))
    .option('--limit <n>', 'only the first n articles of the split', count('--limit'))
    .option('--progress-every <n>', 'when stderr is not a terminal, a progress line every n articles (0: none)', count('--progress-every'), 100)
    .action((gold: string, options: EvalCommandOptions) => {
      const code = runEval(gold, options, io);
      if (code) io.setExitCode(code);
    });
}
