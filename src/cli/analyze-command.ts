import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { analyzerFromConfig } from './analyzer-from-config.js';
import { CliError, EXIT, fileErrorMessage, firstLine } from './cli-error.js';
import { writeWithBackpressure, type CliIo } from './io.js';
import { formatAnalysis, type Format } from './output-format.js';
import { readArticle } from './read-text.js';

/** Options of the default command, `whosaid [FILE|-]`. */
export interface AnalyzeOptions {
  format?: Format;
  config?: string;
  out?: string;
}

/** Analyses one article and writes it in the chosen format; returns the exit code. */
export async function runAnalyze(path: string | undefined, options: AnalyzeOptions, io: CliIo): Promise<number> {
  const analyzer = await analyzerFromConfig(options.config, io.cwd);
  const { text, name } = await readArticle(path, io);
  const toTerminal = options.out === undefined && io.stdout.isTTY === true;
  const format = options.format ?? (toTerminal ? 'table' : 'json');
  let output: string;
  try {
    output = formatAnalysis(format, text, analyzer.analyze(text), { name, width: io.stdout.columns });
  } catch (error) {
    throw new CliError(`could not analyse ${name}: ${firstLine(error)}`, EXIT.failed);
  }
  if (options.out !== undefined) {
    try {
      await writeFile(resolve(io.cwd, options.out), output);
    } catch (error) {
      throw new CliError(fileErrorMessage('write', options.out, error), EXIT.failed);
    }
  } else {
    await writeWithBackpressure(io.stdout, output);
  }
  return EXIT.ok;
}
