import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { OptionsError } from '../errors.js';
import { CliError } from './cli-error.js';
import { loadConfig } from './config.js';

/** The analyzer for a run: the default one, or one built from `--config` (bad options become a usage error). */
export async function analyzerFromConfig(configPath: string | undefined, cwd: string): Promise<Analyzer> {
  if (configPath === undefined) return createAnalyzer();
  const options = await loadConfig(configPath, cwd);
  try {
    return createAnalyzer(options);
  } catch (error) {
    if (error instanceof OptionsError) {
      throw new CliError(`invalid config ${configPath}: ${error.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('; ')}`);
    }
    throw error;
  }
}
