/**
 * The bench's search latency, in a process of its own that holds one corpus
 * and its index, as an application serving queries would: in the main bench,
 * which holds gigabytes of corpora and extractions besides, its garbage
 * collections landed in single queries and decided the p99. Builds the
 * synthetic corpus of `articles` (seed 2, as the main bench does), indexes it,
 * and times 500 random one- to three-word queries (limit 10) after 500 other,
 * untimed ones. Prints `{ p50, p99, max }` in ms as JSON on stdout.
 *
 *   tsx bench/search-child.ts 10000 6
 */
import * as lib from '../src/index';
import { generateSyntheticDump, random } from './generate-synthetic';

const [count = 10_000, seed = 6] = process.argv.slice(2).map(Number);
const { articles } = lib.parseCorpus(generateSyntheticDump({ articles: count, seed: 2 }).dump);
const index = lib.createSearchIndex(articles);
const next = random(seed);
const words = [...new Set(articles.slice(0, 300).flatMap((a) => a.paragraphs.flatMap((p) => p.text.split(/[^\p{L}]+/u))).filter((w) => w.length >= 4))];
const query = (draw: () => number) => Array.from({ length: 1 + Math.floor(draw() * 3) }, () => words[Math.floor(draw() * words.length)]!).join(' ');
// Warm up on other queries of the same kind (the optimiser, the scratch buffers), then time fresh ones.
const warmDraw = random(seed + 1000);
for (let i = 0; i < 500; i++) index.search(query(warmDraw), { limit: 10 });
const queries = Array.from({ length: 500 }, () => query(next));
const times = queries.map((q) => {
  const t = performance.now();
  index.search(q, { limit: 10 });
  return performance.now() - t;
});
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
process.stdout.write(`${JSON.stringify({ p50: at(0.5), p99: at(0.99), max: times.at(-1)! })}\n`);
