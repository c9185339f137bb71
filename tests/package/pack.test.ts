/** What `npm pack` would publish: the build, the corpus sources and the docs a user needs — nothing else. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/corpus';

describe('published package', () => {
  const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })) as Array<{ files: Array<{ path: string }> }>;
  const files = pack!.files.map((f) => f.path);

  it('ships the entry points, type declarations, CLI and corpus sources', () => {
    for (const file of ['dist/index.js', 'dist/index.cjs', 'dist/index.d.ts', 'dist/index.d.cts', 'dist/markdown.js', 'dist/schemas.js', 'dist/schemas.cjs', 'dist/schemas.d.ts', 'dist/schemas.d.cts', 'dist/esm/schemas.js', 'schemas/package.json', 'dist/cli.js', 'corpus/raw/global-times-2024.txt', 'README.md', 'LICENSE', 'CHANGELOG.md', 'package.json']) {
      expect(files).toContain(file);
    }
    expect(files.filter((f) => f.startsWith('corpus/articles/'))).toHaveLength(8);
  });

  it('ships no tests, fixtures, sources, source maps or tooling', () => {
    const unwanted = files.filter((f) => /^(?:tests|src|eval|bench|scripts|examples|docs|node_modules|\.ci)\//.test(f) || /\.map$|\.test\.|\.tgz$/.test(f));
    expect(unwanted).toEqual([]);
  });

  it('has no install scripts', () => {
    const { scripts = {} } = JSON.parse(readFileSync(`${root}/package.json`, 'utf8')) as { scripts?: Record<string, string> };
    for (const hook of ['preinstall', 'install', 'postinstall', 'prepare', 'prepack', 'postpack']) expect(scripts[hook]).toBeUndefined();
  });
});
