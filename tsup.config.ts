import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: platform-neutral so the same build serves Node and browsers.
    // The zod schemas are an entry of their own (`gt-corpus/schemas`) so that
    // the main entry does not load zod (tests/package/no-zod.test.ts).
    entry: { index: 'src/index.ts', markdown: 'src/markdown.ts', schemas: 'src/schemas.ts' },
    format: ['esm', 'cjs'],
    platform: 'neutral',
    target: 'es2022',
    dts: true,
    clean: true,
    treeshake: true,
    sourcemap: false,
    splitting: false,
  },
  {
    // The library again for bundlers (the exports map's non-node `import`
    // condition): one file per source module, so that with "sideEffects": false
    // a bundler drops whole modules a consumer does not use — a single file
    // keeps every top-level zod schema and lexicon, since calls might have side
    // effects. Node keeps the single file above: fewer files load faster.
    // Size budgets: tests/package/size.test.ts.
    entry: ['src/{index,markdown,schemas,deep-freeze,errors}.ts', 'src/{model,ingest,text,query,extract,link,generated}/**/*.ts'],
    outDir: 'dist/esm',
    format: ['esm'],
    platform: 'neutral',
    target: 'es2022',
    dts: false,
    clean: false,
    sourcemap: false,
    splitting: true,
  },
  {
    // Node-only: worker threads (piscina). `node-worker` is the module each
    // thread loads, found beside the entry through import.meta.url (shimmed in CJS).
    entry: { node: 'src/node.ts' },
    format: ['esm', 'cjs'],
    platform: 'node',
    target: 'es2022', // not 'node20': esbuild lowers \p{…} regex literals to a new RegExp per call for it
    dts: true,
    shims: true,
    clean: false,
    sourcemap: false,
    splitting: false,
  },
  {
    // The worker module is ESM only: piscina imports it from either build.
    entry: { 'node-worker': 'src/node/worker.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'es2022', // not 'node20': esbuild lowers \p{…} regex literals to a new RegExp per call for it
    clean: false,
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'es2022', // not 'node20': esbuild lowers \p{…} regex literals to a new RegExp per call for it
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
