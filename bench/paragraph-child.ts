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

// The same megabyte of text at every size, cut at spaces into paragraphs of
// about 10 kB (a hundred of them), 100 kB (ten) or 1 MB (one): the sizes then
// differ in length only, not in what they hold, and a small paragraph is not
// timed over and over while it sits in the CPU's cache, as a prefix repeated
// would be.
const longest = syntheticParagraph(1_000_000, 100);
function paragraphsOfAbout(size: number): string[] {
  const out: string[] = [];
  for (let at = 0; at < longest.length; ) {
    let end = Math.min(longest.length, at + size);
    const space = end < longest.length ? longest.lastIndexOf(' ', end) : -1;
    if (space > at) end = space;
    out.push(longest.slice(at, end).trim());
    at = end;
  }
  return out;
}
const sizes = [10_000, 100_000, 1_000_000].map(paragraphsOfAbout);
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
  // Time per paragraph: each timed call goes through the whole megabyte, one paragraph after another.
  const perMegabyte = interleavedCpuMs(sizes.map((paragraphs) => () => paragraphs.forEach((text) => fn(text))), { rounds: 11 });
  return { name, ms: perMegabyte.map((ms, i) => ms / sizes[i]!.length) };
});
process.stdout.write(`${JSON.stringify(rows)}\n`);
