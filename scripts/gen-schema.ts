/**
 * Writes the JSON Schemas of whosaid's output (docs/schema.json) and of the CLI's config file
 * (docs/config.schema.json) from the zod schemas. `--check` writes nothing and exits 1 when a file is stale.
 * Run: npm run docs:schema   (check: npx tsx scripts/gen-schema.ts --check)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { CliConfigSchema } from '../src/cli/config.js';
import { AnalysisSchema } from '../src/schema/result.js';

const docs = (name: string) => fileURLToPath(new URL(`../docs/${name}`, import.meta.url));

const files: Record<string, unknown> = {
  'schema.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'whosaid analysis',
    description: 'What analyze(text) returns and what the CLI prints with --format json (batch: one such object a line, with an "id" key added). Offsets are UTF-16 code units: input.slice(start, end).',
    ...z.toJSONSchema(AnalysisSchema, { io: 'output' }),
  },
  'config.schema.json': {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'whosaid.config.json',
    description: 'The --config file of the whosaid command: extra words, disabled rules, options and rule modules.',
    ...z.toJSONSchema(CliConfigSchema, { io: 'input' }),
  },
};

const check = process.argv.includes('--check');
let stale = 0;
for (const [name, schema] of Object.entries(files)) {
  const text = `${JSON.stringify(schema, null, 2)}\n`;
  let current = '';
  try {
    current = readFileSync(docs(name), 'utf8');
  } catch {
    // a missing file is stale
  }
  if (current === text) continue;
  if (check) {
    stale++;
    console.error(`docs/${name} is stale: run npm run docs:schema`);
  } else {
    writeFileSync(docs(name), text);
    console.log(`wrote docs/${name}`);
  }
}
if (stale > 0) process.exitCode = 1;
