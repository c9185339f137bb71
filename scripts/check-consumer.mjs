// Packs the package, installs the tarball into a fresh temporary project and
// uses it the way a consumer would: ESM import, CJS require, the CLI, and a
// TypeScript file type-checked against the shipped declarations.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'gt-corpus-consumer-'));
const run = (cmd, args, cwd = work) => execFileSync(cmd, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });

try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', join(work, filename)]);

  writeFileSync(join(work, 'esm.mjs'), `
import { articles, getArticle, search, parseCorpus } from 'gt-corpus';
import { parseArticleMarkdown } from 'gt-corpus/markdown';
import { ArticleSchema, QuoteSchema } from 'gt-corpus/schemas';
if (articles.length !== 8) throw new Error('ESM: expected 8 articles');
if (!ArticleSchema.safeParse(articles[0]).success || QuoteSchema.safeParse({ id: 'x' }).success) throw new Error('ESM: schemas');
if (!getArticle(articles[0].id)) throw new Error('ESM: getArticle');
if (search('copper').length === 0) throw new Error('ESM: search');
if (typeof parseArticleMarkdown !== 'function' || typeof parseCorpus !== 'function') throw new Error('ESM: exports');
console.log('esm ok');
`);
  writeFileSync(join(work, 'cjs.cjs'), `
const path = require('node:path');
const { articles, getArticle } = require('gt-corpus');
// The main entry does not load zod; the schemas entry does.
const zodLoaded = () => Object.keys(require.cache).some((file) => file.includes(path.join('node_modules', 'zod') + path.sep));
if (zodLoaded()) throw new Error('CJS: the main entry loaded zod');
const { articleToMarkdown } = require('gt-corpus/markdown');
const { ArticleSchema } = require('gt-corpus/schemas');
if (articles.length !== 8) throw new Error('CJS: expected 8 articles');
if (!ArticleSchema.safeParse(articles[0]).success || !zodLoaded()) throw new Error('CJS: schemas');
if (!articleToMarkdown(getArticle(articles[7].id)).startsWith('---')) throw new Error('CJS: markdown');
console.log('cjs ok');
`);
  writeFileSync(join(work, 'consumer.ts'), `
import { articles, getArticle, search, type Article, type SearchResult } from 'gt-corpus';
import { parseArticleMarkdown } from 'gt-corpus/markdown';
import { ArticleSchema, type Article as SchemaArticle } from 'gt-corpus/schemas';
import { extractCorpus, type ArticleExtraction } from 'gt-corpus/node';
const first: Article | undefined = getArticle('x');
const extracted: Promise<readonly ArticleExtraction[]> = extractCorpus(articles, { workers: 2 });
const results: SearchResult[] = search('trade', { limit: 2 });
const titles: readonly string[] = articles.map((a) => a.title);
const parsed: Article = ArticleSchema.parse(articles[0]);
// The main entry's types and the schemas entry's are the same types.
const sameType: SchemaArticle = parsed;
const fromMd: Article = parseArticleMarkdown('');
// @ts-expect-error kind is a closed union
const wrong: Article['kind'] = 'opinion';
export { first, results, titles, parsed, fromMd, wrong, extracted, sameType };
`);
  writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { strict: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', noEmit: true, skipLibCheck: false, types: [] },
    files: ['consumer.ts'],
  }));
  process.stdout.write(run('node', ['esm.mjs']));
  process.stdout.write(run('node', ['cjs.cjs']));
  const list = run(join(work, 'node_modules/.bin/gt-corpus'), ['list', '--json']);
  if (JSON.parse(list).length !== 8) throw new Error('CLI: expected 8 articles');
  console.log('cli ok');
  // gt-corpus/node from the tarball: worker threads must find dist/node-worker.js from both builds.
  writeFileSync(join(work, 'node-esm.mjs'), `
import { articles } from 'gt-corpus';
import { extractCorpus } from 'gt-corpus/node';
const one = await extractCorpus(articles, { workers: 1 });
const two = await extractCorpus(articles, { workers: 2, batchSize: 3 });
if (JSON.stringify(one) !== JSON.stringify(two) || one.length !== 8) throw new Error('ESM: extractCorpus with workers');
console.log('node entry esm ok (worker threads)');
`);
  writeFileSync(join(work, 'node-cjs.cjs'), `
const { articles } = require('gt-corpus');
const { extractCorpus } = require('gt-corpus/node');
extractCorpus(articles, { workers: 2 }).then((r) => {
  if (r.length !== 8 || r[7].articleId !== articles[7].id) throw new Error('CJS: extractCorpus with workers');
  console.log('node entry cjs ok (worker threads)');
});
`);
  process.stdout.write(run('node', ['node-esm.mjs']));
  process.stdout.write(run('node', ['node-cjs.cjs']));
  const records = run(join(work, 'node_modules/.bin/gt-corpus'), ['extract', join(root, 'corpus/raw/global-times-2024.txt'), '--workers', '2']).trim().split('\n').map((line) => JSON.parse(line));
  if (records.filter((r) => r.type === 'article').length !== 8 || !records.some((r) => r.type === 'quote')) throw new Error('CLI: extract');
  console.log('cli extract ok');
  // A browser bundler resolves the one-file-per-module build and keeps only what is imported.
  const { build } = await import('esbuild');
  const bundle = await build({
    stdin: { contents: "export { extractQuotes } from 'gt-corpus';", resolveDir: work },
    bundle: true, minify: true, format: 'esm', platform: 'browser', write: false, metafile: true, logLevel: 'silent',
  });
  const kept = Object.entries(Object.values(bundle.metafile.outputs)[0].inputs).filter(([, { bytesInOutput }]) => bytesInOutput > 0).map(([file]) => file);
  if (!kept.some((f) => f.includes('gt-corpus/dist/esm/')) || kept.some((f) => f.includes('node_modules/zod/'))) throw new Error(`bundler: expected dist/esm without zod, kept ${kept.join(', ')}`);
  console.log('bundler ok (dist/esm, tree-shaken)');
  run('node', [join(root, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.json']);
  console.log('types ok (nodenext, strict)');
} finally {
  rmSync(work, { recursive: true, force: true });
}
