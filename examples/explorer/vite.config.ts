import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

// The explorer uses the package the way a browser app would: `gt-corpus`
// resolves to the ESM build in dist/esm (run `npm run build` first). The
// build output goes to a temporary folder that tests/browser chooses, or to
// examples/explorer/dist (gitignored) for `npm run explorer:build`.
export default defineConfig({
  root,
  base: './',
  resolve: { alias: { 'gt-corpus': fileURLToPath(new URL('../../dist/esm/index.js', import.meta.url)) } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022' },
  logLevel: 'warn',
});
