/**
 * `npm run bench`: throughput, scaling, search latency, linking time and
 * memory of gt-corpus, with compromise, wink-nlp and Microsoft Recognizers-Text
 * measured on the same text in the same run. Prints the tables and writes them
 * to docs/performance.md.
 *
 *   npm run bench                      the full run (about 5 minutes on 2 cores)
 *   npm run bench -- --quick           smaller corpora, a quick look (no docs written)
 *   npm run bench -- --stream-mb 100   stream a larger dump (default 20 MB)
 *
 * Stages other engineers provide (extractFigures, extractEntities, createLinker)
 * are looked up on the public entry and reported as "not available yet" when
 * missing, so the bench needs no edit when they land.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import * as Recognizers from '@microsoft/recognizers-text-suite';
import nlp from 'compromise';
import { Bench } from 'tinybench';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { forgetMemos } from '../src/extract/quotes/memo';
import { extractQuotesAndTerms } from '../src/extract/quotes/extract-quotes';
import * as lib from '../src/index';
import type { Article } from '../src/index';
import { extractCorpus } from '../src/node';
import { extractArticle } from '../src/pipeline/extract-article';
import { generateSyntheticDump } from './generate-synthetic';
import { cpuClock } from './timing';

const root = fileURLToPath(new URL('..', import.meta.url));
const { values: flags } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    'stream-mb': { type: 'string' },
    out: { type: 'string' },
  },
});
const quick = flags.quick;
const small = quick ? 200 : 1000;
const large = small * 10;
const streamMb = Number(flags['stream-mb'] ?? (quick ? 5 : 10));
const benchMs = quick ? 300 : 1000;

// ---------------------------------------------------------------- helpers

type Fn = (...args: never[]) => unknown;
const optional = (name: string): Fn | undefined => {
  const value = (lib as unknown as Record<string, unknown>)[name];
  return typeof value === 'function' ? (value as Fn) : undefined;
};
const extractFigures = optional('extractFigures') as ((a: Article | string) => readonly unknown[]) | undefined;
const extractEntities = optional('extractEntities') as ((a: Article | string) => { entities: readonly EntityLike[]; mentions: readonly unknown[] }) | undefined;
const createLinker = optional('createLinker') as
  | ((input: { articles: readonly Article[]; entities?: readonly EntityLike[]; figures?: readonly unknown[]; terms?: readonly unknown[] }) => { graph(perArticle?: number): unknown })
  | undefined;
interface EntityLike {
  id: string;
  articleIds: readonly string[];
  mentionCount: number;
}

const NA = 'not available yet';
const bytesOf = (texts: readonly string[]) => texts.reduce((sum, t) => sum + Buffer.byteLength(t), 0);
const mbps = (bytes: number, ms: number) => bytes / 1e6 / (ms / 1000);
const fmt = (n: number, digits = 2) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(digits));
const log = (text: string) => process.stderr.write(`${text}\n`);

// Collect garbage before each timed run, so that one run does not pay for the
// last one's garbage (the flag must be set before the context is made).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Wall time of one run (for big inputs), after a garbage collection. */
function once(fn: () => unknown): number {
  gc();
  forgetMemos(); // every timed run starts cold, even over text it has seen
  const t = performance.now();
  fn();
  return performance.now() - t;
}

/** Median of up to three runs while they stay short (under ~1.5 s in all), else the one run: noise matters most for short runs. */
function measure(fn: () => unknown): number {
  const times = [once(fn)];
  while (times.length < 3 && times.reduce((a, b) => a + b, 0) < 1500) times.push(once(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

function table(head: string[], rows: Array<Array<string | number>>): string {
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
}

const paragraphArticle = (text: string, i: number): Article => ({
  id: `p${i}`,
  title: 'Paragraph',
  kind: 'news',
  published: null,
  images: [],
  sections: [],
  paragraphs: [{ id: `p${i}:p1`, index: 0, text, heading: null, source: { start: 0, end: text.length } }],
  wordCount: 0,
  source: { start: 0, end: text.length },
});

const bundledParagraphs = lib.articles.flatMap((a) => a.paragraphs.map((p) => p.text));
const bundledBytes = bytesOf(bundledParagraphs);
const rawDump = readFileSync(join(root, 'corpus/raw/global-times-2024.txt'), 'utf8');

// ---------------------------------------------------------------- 1. throughput per paragraph, warm, vs peers

log('throughput per paragraph on the bundled text (tinybench, warm)…');
const wink = winkNLP(model);
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const english = Recognizers.Culture.English;
const digits = /\d+/g;
// Slow peers get a share of the paragraphs (every n-th, so the mix stays the same); MB/s counts only what they read.
const every = (n: number) => bundledParagraphs.filter((_, i) => i % n === 0);
const pipelineInputs = bundledParagraphs.map(paragraphArticle);

interface Row {
  name: string;
  group: 'ours' | 'peer' | 'reference';
  bytes: number;
  run: () => void;
  available: boolean;
}
const rows: Row[] = [
  { name: 'Intl.Segmenter (sentences, alone)', group: 'reference', bytes: bundledBytes, available: true, run: () => { for (const p of bundledParagraphs) for (const _ of segmenter.segment(p)); } },
  { name: 'bare digit regex', group: 'reference', bytes: bundledBytes, available: true, run: () => { for (const p of bundledParagraphs) p.match(digits); } },
  { name: 'parseCorpus (the bundled raw dump, whole)', group: 'ours', bytes: Buffer.byteLength(rawDump), available: true, run: () => lib.parseCorpus(rawDump) },
  { name: 'sentences', group: 'ours', bytes: bundledBytes, available: true, run: () => { for (const p of bundledParagraphs) lib.sentences(p); } },
  { name: 'extractQuotes + extractTerms (one pass)', group: 'ours', bytes: bundledBytes, available: true, run: () => { for (const p of bundledParagraphs) extractQuotesAndTerms(p); } },
  { name: 'extractFigures', group: 'ours', bytes: bundledBytes, available: !!extractFigures, run: () => { for (const p of bundledParagraphs) extractFigures!(p); } },
  { name: 'extractEntities', group: 'ours', bytes: bundledBytes, available: !!extractEntities, run: () => { for (const p of bundledParagraphs) extractEntities!(p); } },
  { name: 'whole pipeline (extractArticle: every extractor)', group: 'ours', bytes: bundledBytes, available: true, run: () => { for (const a of pipelineInputs) extractArticle(a); } },
  { name: 'wink-nlp (readDoc + entities)', group: 'peer', bytes: bundledBytes, available: true, run: () => { for (const p of bundledParagraphs) wink.readDoc(p).entities().out(); } },
  {
    name: 'compromise (quotations + money + percentages + people)',
    group: 'peer',
    bytes: bytesOf(every(3)),
    available: true,
    run: () => {
      for (const p of every(3)) {
        const doc = nlp(p);
        doc.quotations().out('array');
        doc.money().out('array');
        doc.percentages().out('array');
        doc.people().out('array');
      }
    },
  },
  {
    name: 'Recognizers-Text (currency + percentage + dimension)',
    group: 'peer',
    bytes: bytesOf(every(8)),
    available: true,
    run: () => {
      for (const p of every(8)) {
        Recognizers.recognizeCurrency(p, english);
        Recognizers.recognizePercentage(p, english);
        Recognizers.recognizeDimension(p, english);
      }
    },
  },
];

const bench = new Bench({ time: benchMs, warmupTime: Math.min(500, benchMs), iterations: 5, warmupIterations: 2 });
// Our extractors remember speaker phrases and name keys; each pass over the same paragraphs starts with them empty.
for (const row of rows) if (row.available) bench.add(row.name, row.run, row.group === 'ours' ? { beforeEach: forgetMemos } : {});
await bench.run();
const throughput = new Map<string, number>();
for (const task of bench.tasks) {
  const row = rows.find((r) => r.name === task.name)!;
  const result = task.result;
  if ('latency' in result) throughput.set(row.name, mbps(row.bytes, result.latency.p50));
}
const speed = (name: string) => throughput.get(rows.find((r) => r.name.startsWith(name))!.name);
const pipelineSpeed = speed('whole pipeline')!;
const peers = { wink: speed('wink-nlp')!, compromise: speed('compromise')!, recognizers: speed('Recognizers')! };
const throughputTable = table(
  ['what (per paragraph, warm)', 'MB/s', 'pipeline ÷ this'],
  rows.map((r) => {
    const v = throughput.get(r.name);
    return [r.name, v === undefined ? NA : fmt(v), v === undefined ? '' : `${fmt(pipelineSpeed / v)}×`];
  }),
);
const targets = [
  { what: 'whole pipeline ≥ 5× wink-nlp', ratio: pipelineSpeed / peers.wink, need: 5 },
  { what: 'whole pipeline ≥ 50× compromise', ratio: pipelineSpeed / peers.compromise, need: 50 },
  { what: 'whole pipeline ≥ 10 MB/s', ratio: pipelineSpeed / 10, need: 1, show: `${fmt(pipelineSpeed)} MB/s` },
];
log(throughputTable);

// ---------------------------------------------------------------- 2. scaling: one paragraph 10 kB → 100 kB → 1 MB

log('one long paragraph: 10 kB → 100 kB → 1 MB (in a fresh process)…');
interface ParagraphRow {
  name: string;
  ms: number[];
}
const paragraphChild = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/paragraph-child.ts')], { encoding: 'utf8', maxBuffer: 1 << 20 });
if (paragraphChild.status !== 0) throw new Error(paragraphChild.stderr);
const paragraphRows = JSON.parse(paragraphChild.stdout) as ParagraphRow[];
for (const r of paragraphRows) log(r.ms.length ? `  ${r.name}: ${r.ms.map((m) => fmt(m, 1)).join(' → ')} ms` : `  ${r.name}: ${NA}`);

// ---------------------------------------------------------------- 3. synthetic corpora

log(`gt-corpus bench${quick ? ' (quick)' : ''}: generating ${small} and ${large} synthetic articles…`);
// The same seed: the small corpus is the large one's first tenth, so the two
// differ in size only, not in what their articles happen to contain.
const smallDump = generateSyntheticDump({ articles: small, seed: 2 });
const largeDump = generateSyntheticDump({ articles: large, seed: 2 });
const smallArticles = lib.parseCorpus(smallDump.dump).articles;
const largeArticles = lib.parseCorpus(largeDump.dump).articles;
const textOf = (articles: readonly Article[]) => articles.flatMap((a) => a.paragraphs.map((p) => p.text));
const smallBytes = bytesOf(textOf(smallArticles));
const largeBytes = bytesOf(textOf(largeArticles));

// ---------------------------------------------------------------- 4. scaling: 1k → 10k articles, search, linking

log(`scaling ${small} → ${large} articles…`);
interface ScaleRow {
  name: string;
  smallMs: number | undefined;
  largeMs: number | undefined;
  bytes?: [number, number];
  /** Why the large run was skipped, when it was. */
  skipped?: string;
}
const scaleRows: ScaleRow[] = [];
// Warm-up data of its own (another seed), so neither timed run finds its articles seen.
const warmDump = generateSyntheticDump({ articles: 50, seed: 3 }).dump;
const warmSample = lib.parseCorpus(warmDump).articles;
/**
 * Times `run` on the small and the large corpus. With `budgetMs`, the large run
 * is skipped when half and all of the small corpus show it would take longer:
 * the time is then projected from that growth, and the row fails.
 */
function scale(name: string, available: boolean, run: (articles: readonly Article[], dump: string) => unknown, bytes?: [number, number], budgetMs?: number): void {
  if (!available) {
    scaleRows.push({ name, smallMs: undefined, largeMs: undefined });
    return;
  }
  run(warmSample, warmDump); // warm the JIT on other data
  const smallMs = measure(() => run(smallArticles, smallDump.dump));
  if (budgetMs !== undefined) {
    const halfMs = measure(() => run(smallArticles.slice(0, smallArticles.length / 2), ''));
    const exponent = Math.log2(smallMs / halfMs);
    const projected = smallMs * 10 ** exponent;
    if (projected > budgetMs) {
      const skipped = `skipped: ${small / 2} → ${small} articles took ${fmt(smallMs / halfMs)}× the time (time ∝ n^${fmt(exponent, 1)}), so ${large} would take about ${fmt(projected / 1000, 0)} s`;
      scaleRows.push({ name, smallMs, largeMs: undefined, skipped });
      log(`  ${name}: ${fmt(smallMs, 0)} ms; ${skipped}`);
      return;
    }
  }
  const largeMs = measure(() => run(largeArticles, largeDump.dump));
  scaleRows.push({ name, smallMs, largeMs, bytes: bytes ?? [smallBytes, largeBytes] });
  log(`  ${name}: ${fmt(smallMs, 0)} ms → ${fmt(largeMs, 0)} ms (${fmt(largeMs / smallMs)}×)`);
}

scale('parseCorpus', true, (_a, dump) => lib.parseCorpus(dump), [Buffer.byteLength(smallDump.dump), Buffer.byteLength(largeDump.dump)]);
scale('sentences (every paragraph)', true, (articles) => {
  for (const a of articles) for (const p of a.paragraphs) lib.sentences(p);
});
const extracted = new Map<readonly Article[], { terms: unknown[]; figures: unknown[]; entities: EntityLike[] }>();
const bag = (articles: readonly Article[]) => {
  let entry = extracted.get(articles);
  if (!entry) extracted.set(articles, (entry = { terms: [], figures: [], entities: [] }));
  return entry;
};
scale('extractQuotes + extractTerms (per article)', true, (articles) => {
  const terms = bag(articles).terms;
  terms.length = 0;
  for (const a of articles) terms.push(...extractQuotesAndTerms(a).terms);
});
scale('extractFigures (per article)', !!extractFigures, (articles) => {
  const figures = bag(articles).figures;
  figures.length = 0;
  for (const a of articles) figures.push(...extractFigures!(a));
});
scale('extractEntities (per article)', !!extractEntities, (articles) => {
  const entities = bag(articles).entities;
  entities.length = 0;
  for (const a of articles) entities.push(...extractEntities!(a).entities);
});
{
  const workers = Math.max(2, Math.min(availableParallelism(), 4));
  await extractCorpus(warmSample, { workers });
  const t0 = performance.now();
  await extractCorpus(smallArticles, { workers });
  const smallMs = performance.now() - t0;
  const t1 = performance.now();
  await extractCorpus(largeArticles, { workers });
  const largeMs = performance.now() - t1;
  scaleRows.push({ name: `extractCorpus (whole pipeline, ${workers} worker threads)`, smallMs, largeMs, bytes: [smallBytes, largeBytes] });
  log(`  extractCorpus: ${fmt(smallMs, 0)} ms → ${fmt(largeMs, 0)} ms (${fmt(largeMs / smallMs)}×)`);
}
scale('createSearchIndex (index build)', true, (articles) => lib.createSearchIndex(articles));

/** Entities of many articles merged by id (articleIds united), as the linker wants them. */
function corpusEntities(list: readonly EntityLike[]): EntityLike[] {
  const byId = new Map<string, { entity: EntityLike; articleIds: Set<string>; mentionCount: number }>();
  for (const e of list) {
    const seen = byId.get(e.id);
    if (!seen) byId.set(e.id, { entity: e, articleIds: new Set(e.articleIds), mentionCount: e.mentionCount });
    else {
      for (const id of e.articleIds) seen.articleIds.add(id);
      seen.mentionCount += e.mentionCount;
    }
  }
  return [...byId.values()].map(({ entity, articleIds, mentionCount }) => ({ ...entity, articleIds: [...articleIds], mentionCount }));
}
scale(
  'createLinker + graph (link every article)',
  !!createLinker,
  (articles) => {
    // What was extracted from these articles (the half-size probe takes its share of the small corpus's).
    const ids = new Set(articles.map((a) => a.id));
    const found = extracted.get(articles) ?? extracted.get(smallArticles)!;
    const own = <T,>(list: readonly T[]) => list.filter((x) => ids.has((x as { articleId: string }).articleId));
    const entities = corpusEntities(found.entities)
      .map((e) => ({ ...e, articleIds: e.articleIds.filter((id) => ids.has(id)) }))
      .filter((e) => e.articleIds.length > 0);
    createLinker!({ articles, entities, figures: own(found.figures), terms: own(found.terms) }).graph();
  },
  undefined,
  quick ? 20_000 : 90_000,
);

// Search latency: one query at a time over the large corpus, in a process of its own (bench/search-child.ts).
log('search latency (in a fresh process)…');
const searchStats = (articles: number, seed: number): { p50: number; p99: number; max: number } => {
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/search-child.ts'), String(articles), String(seed)], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(child.stderr);
  return JSON.parse(child.stdout) as { p50: number; p99: number; max: number };
};
const searchSmall = searchStats(small, 5);
const searchLarge = searchStats(large, 6);
log(`  p50 ${fmt(searchLarge.p50)} ms, p99 ${fmt(searchLarge.p99)} ms at ${large} articles`);

// ---------------------------------------------------------------- 5. streaming memory

log(`streaming ${streamMb} MB through gt-corpus extract…`);
const work = mkdtempSync(join(tmpdir(), 'gt-corpus-bench-'));
let stream: { ms: number; maxRssMb: number; records: number; bytes: number } | undefined;
try {
  const file = join(work, 'dump.txt');
  const gen = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/generate-synthetic.ts'), '--mb', String(streamMb), '--seed', '3', '--out', file], { encoding: 'utf8' });
  if (gen.status !== 0) throw new Error(gen.stderr);
  const child = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/stream-child.ts'), file], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (child.status !== 0) throw new Error(child.stderr);
  stream = { ...JSON.parse(child.stdout.trim().split('\n').at(-1)!), bytes: streamMb * 1e6 };
  log(`  ${fmt(stream!.ms / 1000, 1)} s, peak RSS ${fmt(stream!.maxRssMb, 0)} MB`);
} finally {
  rmSync(work, { recursive: true, force: true });
}

// ---------------------------------------------------------------- adversarial inputs

const pass = (ok: boolean) => (ok ? 'pass' : '**fail**');

log('adversarial inputs, 100 kB → 1 MB → 10 MB (own process)…');
const adversarialChild = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'bench/adversarial-child.ts')], { encoding: 'utf8', maxBuffer: 1 << 20 });
if (adversarialChild.status !== 0) throw new Error(adversarialChild.stderr);
const adversarialRows = JSON.parse(adversarialChild.stdout.trim().split('\n').at(-1)!) as Array<{ input: string; fn: string; ms: [number, number, number] }>;
const adversarialOk = (r: { ms: number[] }) => r.ms[1]! / r.ms[0]! <= 12 && r.ms[2]! / r.ms[1]! <= 12;
const adversarialTable = table(
  ['input', 'function', '100 kB', '1 MB', '10 MB', '100 kB → 1 MB', '1 → 10 MB', ''],
  adversarialRows.map((r) => [r.input, r.fn, ...r.ms.map((ms) => `${fmt(ms)} ms`), `${fmt(r.ms[1] / r.ms[0])}×`, `${fmt(r.ms[2] / r.ms[1])}×`, pass(adversarialOk(r))]),
);

// ---------------------------------------------------------------- cold import

// The built package as Node resolves it (dist/index.js): `npm run bench` builds first.
log('cold import…');
const { measureColdImport } = (await import('../scripts/measure-import.mjs' as string)) as {
  measureColdImport: (specifier: string, runs: number) => { medianMs: number; minMs: number; maxMs: number; runs: number };
};
const coldImport = measureColdImport('gt-corpus', 21);
const coldZod = measureColdImport('zod', 21);
log(`  median ${fmt(coldImport.medianMs)} ms (zod alone ${fmt(coldZod.medianMs)} ms)`);

// ---------------------------------------------------------------- report

const peakRssMb = process.resourceUsage().maxRSS / 1024;
const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
const scaleTable = table(
  ['function', `${small} articles`, `${large} articles`, 'MB/s at 10×', 'time ratio (≤ 12×)', ''],
  scaleRows.map((r) =>
    r.skipped
      ? [r.name, `${fmt(r.smallMs!, 0)} ms`, r.skipped, '', '', pass(false)]
      : r.smallMs === undefined || r.largeMs === undefined
      ? [r.name, NA, '', '', '', '']
      : [r.name, `${fmt(r.smallMs, 0)} ms`, `${fmt(r.largeMs, 0)} ms`, fmt(mbps(r.bytes![1], r.largeMs)), `${fmt(r.largeMs / r.smallMs)}×`, pass(r.largeMs / r.smallMs <= 12)],
  ),
);
const paragraphTable = table(
  ['function', '10 kB', '100 kB', '1 MB', '10 → 100 kB', '100 kB → 1 MB', ''],
  paragraphRows.map((r) => {
    if (r.ms.length === 0) return [r.name, NA, '', '', '', '', ''];
    const [a, b, c] = r.ms as number[];
    return [r.name, `${fmt(a!)} ms`, `${fmt(b!)} ms`, `${fmt(c!)} ms`, `${fmt(b! / a!)}×`, `${fmt(c! / b!)}×`, pass(b! / a! <= 12 && c! / b! <= 12)];
  }),
);
const linkRow = scaleRows.find((r) => r.name.startsWith('createLinker'));
const targetRows: Array<Array<string>> = [
  ...targets.map((t) => [t.what, t.show ?? `${fmt(t.ratio)}×`, pass(t.ratio >= t.need)]),
  [`search p99 ≤ 2 ms at ${large} articles`, `${fmt(searchLarge.p99)} ms`, pass(searchLarge.p99 <= 2)],
  ["cold `import('gt-corpus')` ≤ 50 ms (median of 21 fresh processes)", `${fmt(coldImport.medianMs)} ms`, pass(coldImport.medianMs <= 50)],
  [
    `linking ${large} articles ≤ 10 s`,
    linkRow?.skipped ? 'not run (see scaling)' : linkRow?.largeMs === undefined ? NA : `${fmt(linkRow.largeMs / 1000)} s`,
    linkRow?.skipped ? pass(false) : linkRow?.largeMs === undefined ? '' : pass(linkRow.largeMs <= 10_000),
  ],
  ['adversarial inputs: 10× input ≤ 12× time', `${adversarialRows.filter((r) => !adversarialOk(r)).length} over`, pass(adversarialRows.every(adversarialOk))],
  [`${streamMb} MB streamed, peak RSS ≤ 300 MB`, stream ? `${fmt(stream.maxRssMb, 0)} MB` : 'not run', stream ? pass(stream.maxRssMb <= 300) : ''],
  [
    'every function: 10× input ≤ 12× time',
    `${scaleRows.filter((r) => r.skipped || (r.largeMs !== undefined && r.largeMs / r.smallMs! > 12)).length + paragraphRows.filter((r) => r.ms.length && ((r.ms[1]! / r.ms[0]!) > 12 || (r.ms[2]! / r.ms[1]!) > 12)).length} over`,
    pass(!scaleRows.some((r) => r.skipped || (r.largeMs !== undefined && r.largeMs / r.smallMs! > 12)) && !paragraphRows.some((r) => r.ms.length && ((r.ms[1]! / r.ms[0]!) > 12 || (r.ms[2]! / r.ms[1]!) > 12))),
  ],
];

const report = `# Performance

Generated by \`npm run bench\` (bench/run.ts) on ${new Date().toISOString().slice(0, 10)}; do not edit by hand.

Machine: ${cpu}, ${availableParallelism()} cores, ${fmt(totalmem() / 2 ** 30, 0)} GiB, Node.js ${process.version} (${process.platform}/${process.arch}).

MB/s is millions of UTF-8 bytes of paragraph text per second. The machine may
be shared with other work while the bench runs: single numbers move by 10–30%
between runs; the peers are measured in the same run, so the ratios hold better. Synthetic corpora
come from bench/generate-synthetic.ts (seeded; the bundled articles' shape with
people, places, topic words and numbers varied, so no cache can cheat):
${small} articles = ${fmt(smallBytes / 1e6, 1)} MB of paragraphs, ${large} articles = ${fmt(largeBytes / 1e6, 1)} MB.

## Targets

${table(['target', 'measured', ''], targetRows)}

## Throughput against peers

Per paragraph, warm (tinybench, median of at least five passes), on the
bundled articles' ${bundledParagraphs.length} paragraphs (${fmt(bundledBytes / 1e3, 0)} kB), every
library in this one run. compromise reads every 3rd paragraph and
Recognizers-Text every 8th (they are slow); their MB/s counts only what they read.
The whole pipeline is what \`extractCorpus\` and \`gt-corpus extract\` run on each
article: quotes and terms, figures, and entities with their mentions. Our
extractors' memos (remembered speaker phrases and name keys) are emptied before
every timed pass, here and below, so repeated passes over the same text run cold.

${throughputTable}

## Scaling: ${small} → ${large} articles

Median of up to three runs (one when a run takes over 1.5 s), each after a
garbage collection, once the code is warm from other articles; the time ratio
should stay within 12× for 10× the input.

${scaleTable}

Search over ${large} articles: index build in the table above; ${searchLarge ? `query latency p50 ${fmt(searchLarge.p50)} ms, p99 ${fmt(searchLarge.p99)} ms, max ${fmt(searchLarge.max)} ms` : ''}
(500 random one- to three-word queries, limit 10, after 500 other untimed ones,
in a process of its own holding only that corpus and its index,
bench/search-child.ts; at ${small} articles p50 ${fmt(searchSmall.p50)} ms, p99 ${fmt(searchSmall.p99)} ms).

## Scaling: one paragraph of 10 kB → 100 kB → 1 MB

One paragraph (no blank line) of varied bundled sentences at each size, timed
in a process of its own (bench/paragraph-child.ts). Every size holds the same
megabyte of text, cut at spaces into a hundred paragraphs of about 10 kB, ten of
100 kB or one of 1 MB, and the number is the time per paragraph: so the sizes
differ in length only, not in what they hold, and a small paragraph is not timed
over and over while it sits in the CPU's cache. Each number is the median over
eleven rounds in which the three sizes take turns (each runs as often as fills
about 200 ms), so that every size meets the same optimiser and heap state, of
the ${cpuClock}: other work on a shared machine disturbs it far less than wall
time, and V8's concurrent marking and compiling on helper threads, which the
process's CPU time also counts, follow the heap the process holds more than the
call. Each step is 10× the input and should take at most 12× the time.
Per-byte cost still rises a little from 100 kB to 1 MB, as the text (two bytes a
character) and what is built from it outgrow the CPU's caches and the young
heap.

${paragraphTable}

## Adversarial inputs: 100 kB → 1 MB → 10 MB

The pathological inputs of the hardening tests (no spaces at all, quotation
marks, nested parentheses, digits and commas, capitalised words, one-word
sentences, attributions in one sentence), each as one paragraph, through the
parsers and extractors, each input and function in a process of its own
(bench/adversarial-child.ts); the median per call over seven rounds in which
the three sizes take turns, of the same clock as above. Each step is 10× the
input and should take at most 12× the time.

${adversarialTable}

## Start-up

Cold \`import('gt-corpus')\` in a fresh Node process (the built dist/index.js,
scripts/measure-import.mjs), 21 processes: median ${fmt(coldImport.medianMs)} ms, min
${fmt(coldImport.minMs)} ms, max ${fmt(coldImport.maxMs)} ms. For scale, \`import('zod')\` alone
takes ${fmt(coldZod.medianMs)} ms; the main entry no longer loads it (the schemas are in
\`gt-corpus/schemas\`).

## Memory

* Peak RSS of this bench process (holding both synthetic corpora, their
  extractions and search indexes): ${fmt(peakRssMb, 0)} MB.
* \`gt-corpus extract\` streaming ${streamMb} MB (${stream ? `${stream.records.toLocaleString('en-US')} records` : 'not run'}): ${stream ? `${fmt(stream.ms / 1000, 1)} s, peak RSS ${fmt(stream.maxRssMb, 0)} MB` : 'not run'}.
  The 100 MB run is in [scaling.md](scaling.md).
`;

process.stdout.write(`\n${report}`);
if (!quick || flags.out) {
  const out = flags.out ?? join(root, 'docs/performance.md');
  writeFileSync(out, report);
  log(`wrote ${out}`);
}
