/**
 * Builds what the benchmark measures: the library and the CLI exactly as `npm run build` makes them (tsup, the
 * project's own config), into a private folder so the bench never races a build of dist/.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { build } from 'tsup';
import { cliBuild, libraryBuild } from '../../tsup.config';

export interface BenchBuild {
  /** The library's ESM entry (platform neutral, as in dist/index.js). */
  readonly library: string;
  /** The `whosaid` CLI entry, with its batch worker beside it. */
  readonly cli: string;
}

export async function buildForBench(root: string): Promise<BenchBuild> {
  // inside node_modules so that the build's own imports (zod, commander) resolve from the project
  // one folder per checkout: worktrees may share one node_modules
  const outDir = join(root, 'node_modules', '.cache', `whosaid-bench-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  // the library's own options (zod bundled in, tree-shaken), ESM only
  await build({ ...libraryBuild, format: ['esm'], outDir, dts: false, sourcemap: false, clean: false, silent: true, config: false });
  await build({ ...cliBuild, outDir, clean: false, silent: true, config: false });
  return { library: join(outDir, 'index.js'), cli: join(outDir, 'cli.js') };
}
