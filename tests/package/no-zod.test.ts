/**
 * The main entry does not load zod: the schemas live in `gt-corpus/schemas`,
 * and everything reachable from `gt-corpus` checks enum values against the
 * plain arrays of src/model/enums.ts. Loading zod is most of what a cold
 * `import('gt-corpus')` used to cost in Node (scripts/measure-import.mjs times
 * it; no timing here, only which modules load). Needs the build (`npm run
 * build`; `npm test` builds first).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const zodPath = /[\\/]node_modules[\\/]zod[\\/]/;

/** Runs a script in a fresh Node process from the package root, where `gt-corpus` resolves to the build through the exports map. */
function node(args: string[]): string {
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
}

/**
 * ESM in Node: a module hook that refuses to resolve zod, then the import.
 * Prints `ok`, or the error that a zod import from some module caused.
 */
function importWithoutZod(specifier: string): string {
  const hooks = `export async function resolve(specifier, context, next) {
    if (specifier === 'zod' || specifier.startsWith('zod/')) throw new Error('zod imported by ' + context.parentURL);
    return next(specifier, context);
  }`;
  const script = `import { register } from 'node:module';
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(hooks)}));
try { await import(${JSON.stringify(specifier)}); console.log('ok'); } catch (error) { console.log(String(error.message)); }`;
  return node(['--input-type=module', '-e', script]).trim();
}

/** CJS in Node: the files `require(specifier)` loaded that belong to zod. */
function zodFilesRequiredBy(specifier: string): string[] {
  const script = `require(${JSON.stringify(specifier)}); console.log(JSON.stringify(Object.keys(require.cache)));`;
  return (JSON.parse(node(['-e', script])) as string[]).filter((file) => zodPath.test(file));
}

/** `import … from 'x'`, `export … from 'x'` and `import 'x'` statements at the start of a line, as esbuild writes them. */
const staticImport = /^(?:import|export)\s*(?:[\w$]+\s*,?\s*)?(?:\{[^}]*\}\s*)?(?:\*\s*(?:as\s+[\w$]+\s*)?)?from\s*["']([^"']+)["']|^import\s*["']([^"']+)["']/gm;
const dynamicImport = /\bimport\(\s*["']([^"']+)["']\s*\)/g;
const requireCall = /\brequire\(\s*["']([^"']+)["']\s*\)/g;
const isZod = (specifier: string) => specifier === 'zod' || specifier.startsWith('zod/');

/** Every file of dist/esm reachable from `entry` through static and dynamic imports, and the bare specifiers they import. */
function esmGraph(entry: string): { files: string[]; packages: string[] } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const visit = (file: string) => {
    if (files.has(file)) return;
    files.add(file);
    const code = readFileSync(file, 'utf8');
    for (const pattern of [staticImport, dynamicImport]) {
      for (const match of code.matchAll(pattern)) {
        const specifier = (match[1] ?? match[2])!;
        if (specifier.startsWith('.')) visit(resolve(file, '..', specifier));
        else packages.add(specifier);
      }
    }
  };
  visit(join(root, entry));
  return { files: [...files], packages: [...packages].sort() };
}

describe('the main entry does not load zod', () => {
  beforeAll(() => {
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/esm/index.js', 'dist/schemas.js']) {
      if (!existsSync(join(root, file))) throw new Error(`${file} is missing: run \`npm run build\` first (npm test builds before it runs vitest)`);
    }
  });

  it('the Node builds of the main entry import no zod; the schemas entry does', () => {
    const imports = (file: string) => {
      const code = readFileSync(join(root, file), 'utf8');
      return [...code.matchAll(staticImport), ...code.matchAll(dynamicImport), ...code.matchAll(requireCall)].map((m) => (m[1] ?? m[2])!);
    };
    for (const file of ['dist/index.js', 'dist/index.cjs']) expect(imports(file).filter(isZod), file).toEqual([]);
    expect(imports('dist/schemas.js')).toContain('zod');
    expect(imports('dist/schemas.cjs')).toContain('zod');
  });

  it("import('gt-corpus') in Node resolves no zod module (ESM)", () => {
    expect(importWithoutZod('gt-corpus')).toBe('ok');
    // The hook works: the schemas entry does import zod.
    expect(importWithoutZod('gt-corpus/schemas')).toMatch(/^zod imported by .*\/dist\/schemas\.js$/);
  });

  it("require('gt-corpus') in Node loads no zod file (CJS)", () => {
    expect(zodFilesRequiredBy('gt-corpus')).toEqual([]);
    expect(zodFilesRequiredBy('gt-corpus/schemas').length).toBeGreaterThan(0);
  });

  it('the bundlers build (dist/esm): no module reachable from index.js imports zod', () => {
    const graph = esmGraph('dist/esm/index.js');
    expect(graph.files.length).toBeGreaterThan(10);
    expect(graph.packages.filter(isZod)).toEqual([]);
    expect(esmGraph('dist/esm/schemas.js').packages).toContain('zod');
  });

  it("a browser bundle of everything in 'gt-corpus' has no zod in it", async () => {
    const result = await build({
      stdin: { contents: "export * from 'gt-corpus';", resolveDir: root, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      metafile: true,
      logLevel: 'silent',
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((file) => file.startsWith('dist/esm/'))).toBe(true);
    expect(inputs.filter((file) => zodPath.test(file))).toEqual([]);
  });
});
