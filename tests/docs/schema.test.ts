import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze } from '../../src/analyzer';

const ROOT = resolve(__dirname, '../..');

describe('docs/schema.json', () => {
  it('is what scripts/gen-schema.ts generates from the zod schemas (run npm run docs:schema when this fails)', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/gen-schema.ts', '--check'], { cwd: ROOT, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  }, 60_000);

  it('describes a real analysis: every top-level and quote key is in it', () => {
    const schema = JSON.parse(readFileSync(resolve(ROOT, 'docs/schema.json'), 'utf8')) as {
      required: string[]; properties: { quotes: { items: { properties: Record<string, unknown> } } };
    };
    const analysis = analyze('"The dam will hold," said engineer Priya Okonkwo-Lund.\n');
    expect(Object.keys(analysis).sort()).toEqual([...schema.required].sort());
    for (const q of analysis.quotes) for (const key of Object.keys(q)) expect(schema.properties.quotes.items.properties).toHaveProperty(key);
  });
});
