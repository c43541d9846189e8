import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { version } from '../../package.json';
import { runAnalyze, type AnalyzeOptions } from './analyze-command.js';
import { runBatch, type BatchOptions } from './batch-command.js';
import { CliError, EXIT, firstLine } from './cli-error.js';
import { registerEvalCommand } from './eval-command.js';
import type { CliIo } from './io.js';
import { FORMATS } from './output-format.js';

function positiveInteger(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  return Number(value);
}

const EXAMPLES = `
Examples:
  whosaid article.txt                    quotes as a table (JSON when piped)
  cat article.txt | whosaid - --format csv
  whosaid article.txt --format html --out report.html
  whosaid batch archive.jsonl > results.jsonl
  whosaid batch articles/ --format html --out report/`;

/** Builds the `whosaid` command tree; each action stores its exit code through `setExitCode`. */
export function buildProgram(io: CliIo, setExitCode: (code: number) => void): Command {
  const program = new Command('whosaid')
    .description('Find every quote in a news article (direct, mixed and reported speech) and who said it.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError(true)
    .enablePositionalOptions()
    .argument('[file]', 'the article, a text file; "-" or nothing (when piped) reads stdin')
    .addOption(new Option('-f, --format <format>', 'output format (default: table on a terminal, json when piped)').choices(FORMATS))
    .option('-c, --config <file>', 'a whosaid.config.json with extra words, disabled rules and rule modules')
    .option('-o, --out <file>', 'write the output to this file instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string | undefined, options: AnalyzeOptions) => setExitCode(await runAnalyze(file, options, io)));

  program
    .command('batch')
    .description('analyse many articles on worker threads; one JSONL result per input record, in input order')
    .argument('<input>', 'a JSONL file of {"id", "text"} records, a directory of .txt files, or "-" for JSONL on stdin')
    .option('-w, --workers <n>', 'worker threads (default: the number of cores)', positiveInteger)
    .addOption(new Option('-f, --format <format>', 'jsonl results, or html pages plus index.html (needs --out DIR)').choices(['jsonl', 'html']).default('jsonl'))
    .option('-o, --out <path>', 'a file for jsonl (default stdout), a directory for html')
    .option('-c, --config <file>', 'a whosaid.config.json applied to every article')
    .option('-q, --quiet', 'no progress bar and no summary on stderr')
    .action(async (input: string, options: BatchOptions) => setExitCode(await runBatch(input, options, io)));

  registerEvalCommand(program, {
    readFile: (path) => readFileSync(resolve(io.cwd, path), 'utf8'),
    writeFile: (path, content) => writeFileSync(resolve(io.cwd, path), content),
    stdout: io.stdout,
    stderr: io.stderr,
    setExitCode,
  });
  return program;
}

/** Runs the CLI on `args` (without node and script); resolves with the exit code, never throws. */
export async function runCli(args: readonly string[], io: CliIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => {
    exitCode = Math.max(exitCode, code);
  });
  try {
    await program.parseAsync([...args], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (error instanceof CliError) {
      io.stderr.write(`whosaid: ${error.message}\n`);
      return error.exitCode;
    }
    io.stderr.write(`whosaid: unexpected error: ${firstLine(error)}\n`);
    return EXIT.failed;
  }
}
