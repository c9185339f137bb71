/**
 * The bench's one-long-paragraph scaling, run in a process of its own: the
 * main bench holds the peers' models and gigabytes of corpora, whose major
 * garbage collections would land in these short runs and grow with nothing but
 * the heap. Prints `[{ name, ms: [10 kB, 100 kB, 1 MB] }]` as JSON on stdout.
 *
 *   tsx bench/paragraph-child.ts
 */
import * as lib from '../src/index';
import { syntheticParagraph } from './generate-synthetic';
import { interleavedCpuMs } from './timing';

type Extract = (text: string) => unknown;
const exported = (name: string) => (lib as unknown as Record<string, unknown>)[name] as Extract | undefined;

// Prefixes of one text, so that the sizes differ in length only, not in what they hold.
const longest = syntheticParagraph(1_000_000, 100);
const texts = [10_000, 100_000, 1_000_000].map((n) => longest.slice(0, n).replace(/\s$/, '.'));
const functions: Array<[string, Extract | undefined]> = [
  ['sentences', (t) => lib.sentences(t)],
  ['parseCorpus', (t) => lib.parseCorpus(`A headline for one very long paragraph\n\n${t}\n`)],
  ['extractQuotes', (t) => lib.extractQuotes(t)],
  ['extractFigures', exported('extractFigures')],
  ['extractEntities', exported('extractEntities')],
];
const rows = functions.map(([name, fn]) => {
  if (!fn) return { name, ms: [] as number[] };
  fn(syntheticParagraph(20_000, 99)); // warm on other text
  return { name, ms: interleavedCpuMs(texts.map((text) => () => fn(text))) };
});
process.stdout.write(`${JSON.stringify(rows)}\n`);
