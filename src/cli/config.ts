import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as z from 'zod';
import { ExtraWordsSchema, type AnalyzerOptions } from '../schema/options.js';
import type { AnyRule } from '../pipeline/rule.js';
import { CliError, fileErrorMessage, firstLine } from './cli-error.js';

/**
 * The `--config` file (`whosaid.config.json`). Everything but `rules` maps one to one onto `createAnalyzer` options;
 * `rules` names JavaScript modules (relative to the config file) whose `default` or `rules` export is a rule or an
 * array of rules made with `defineRule`.
 */
export const CliConfigSchema = z.strictObject({
  $schema: z.string().optional(),
  /** Words added to the bundled lists: reportingVerbs, roleNouns, titles, ... */
  words: ExtraWordsSchema.optional(),
  /** Names of rules to switch off. */
  disable: z.array(z.string().min(1)).optional(),
  minConfidence: z.number().min(0).max(1).optional(),
  indirect: z.boolean().optional(),
  /** Paths of ES modules exporting custom rules. */
  rules: z.array(z.string().min(1)).optional(),
});

export type CliConfig = z.infer<typeof CliConfigSchema>;

function describeIssue(issue: z.core.$ZodIssue): string {
  const at = issue.path.map(String).join('.');
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((k) => `unknown key "${at ? `${at}.${k}` : k}"`).join(', ');
  }
  return `${at || '(root)'}: ${issue.message}`;
}

/** Validates parsed JSON as a config; the error names every bad key. */
export function parseConfig(value: unknown, source: string): CliConfig {
  const parsed = CliConfigSchema.safeParse(value);
  if (!parsed.success) throw new CliError(`invalid config ${source}: ${parsed.error.issues.map(describeIssue).join('; ')}`);
  return parsed.data;
}

function isRule(value: unknown): value is AnyRule {
  const v = value as Partial<AnyRule> | null;
  return typeof v === 'object' && v !== null && typeof v.name === 'string' && typeof v.stage === 'string' && typeof v.apply === 'function';
}

async function importRules(modulePath: string, source: string): Promise<AnyRule[]> {
  let mod: Record<string, unknown>;
  try {
    mod = (await import(pathToFileURL(modulePath).href)) as Record<string, unknown>;
  } catch (error) {
    throw new CliError(`config ${source}: cannot load rule module "${modulePath}": ${firstLine(error)}`);
  }
  const exported = mod.rules ?? mod.default;
  const list = Array.isArray(exported) ? exported : [exported];
  if (exported === undefined || !list.every(isRule)) {
    throw new CliError(`config ${source}: rule module "${modulePath}" must export rules made with defineRule (export default [rule, ...] or export const rules)`);
  }
  return list;
}

/** Reads, validates and turns a config file into `createAnalyzer` options, loading any rule modules it names. */
export async function loadConfig(path: string, cwd: string): Promise<AnalyzerOptions> {
  const file = resolve(cwd, path);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(fileErrorMessage('read config', path, error));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (error) {
    throw new CliError(`invalid config ${path}: not JSON (${firstLine(error)})`);
  }
  const config = parseConfig(json, path);
  const rules: AnyRule[] = [];
  for (const modulePath of config.rules ?? []) rules.push(...(await importRules(resolve(dirname(file), modulePath), path)));
  const { $schema: _schema, rules: _paths, ...options } = config;
  return { ...options, rules };
}
