import { defineConfig } from 'tsup';

export default defineConfig([
  {
    // The library: platform-neutral so the same build serves Node and browsers.
    entry: { index: 'src/index.ts', markdown: 'src/markdown.ts' },
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
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    clean: false,
  },
]);
