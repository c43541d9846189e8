import { defineConfig, type Options } from 'tsup';

// ES2022, not 'node20': for node targets esbuild rewrites every /\p{…}/u literal into a `new RegExp(...)` call, built
// again each time the line runs (per token in some rules); Node 20 runs ES2022 as is
const target = 'es2022';

/** The `whosaid` bin and the worker thread its batch command starts (found beside cli.js at run time). Tests build it too. */
export const cliBuild: Options = {
  entry: { cli: 'src/cli/main.ts', 'batch-worker': 'src/cli/batch-worker.ts' },
  format: ['esm'],
  dts: false,
  sourcemap: false,
  splitting: false,
  clean: ['cli.*', 'batch-worker.*'],
  target,
  platform: 'node',
  banner: { js: '#!/usr/bin/env node' },
  // as in the library: zod as hundreds of ES modules is most of a cold start
  noExternal: ['zod', 'fastest-levenshtein'],
};

/** The library: ESM + CJS + types, runs anywhere (no Node-only API). The bench builds it too (ESM only). */
export const libraryBuild: Options = {
  entry: { index: 'src/index.ts' },
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: ['index.*'],
  target,
  platform: 'neutral',
  // zod's hundreds of ES modules take ~140 ms to load; bundled and tree-shaken they load with the library
  noExternal: ['zod', 'fastest-levenshtein'],
  treeshake: true,
};

export default defineConfig([libraryBuild, cliBuild]);
