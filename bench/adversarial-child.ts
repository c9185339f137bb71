/**
 * The bench's adversarial inputs (the hardening tests' pathological texts, one
 * paragraph each) through the parsers and extractors at 100 kB, 1 MB and
 * 10 MB, in a process of its own so that the main bench's heap does not land
 * in these timings. Median CPU time per call over seven interleaved rounds
 * (bench/timing.ts `interleavedCpuMs`).
 * Prints `[{ input, fn, ms: [100 kB, 1 MB, 10 MB] }]` as JSON on stdout.
 *
 *   tsx bench/adversarial-child.ts
 */
import * as lib from '../src/index';
import { interleavedCpuMs } from './timing';

type Run = (text: string) => unknown;
const exported = (name: string) => (lib as unknown as Record<string, unknown>)[name] as Run | undefined;

export const adversarialInputs: Array<[string, (size: number) => string]> = [
  ['no spaces', (n) => 'x'.repeat(n)],
  ['quotation marks', (n) => '“”"'.repeat(Math.ceil(n / 3)).slice(0, n)],
  ['nested parentheses', (n) => `${'('.repeat(n / 2 - 2)}said${')'.repeat(n / 2 - 2)}`],
  ['digits and commas', (n) => '1,2'.repeat(Math.ceil(n / 3)).slice(0, n)],
  ['capitalised words', (n) => 'Word '.repeat(Math.ceil(n / 5)).slice(0, n)],
  ['one-word sentences', (n) => 'no! '.repeat(Math.ceil(n / 4)).slice(0, n)],
  ['attributions in one sentence', (n) => 'Prices rose according to Reuters and '.repeat(Math.ceil(n / 37)).slice(0, n)],
];
const functions: Array<[string, Run | undefined]> = [
  ['parseCorpus', (t) => lib.parseCorpus(t)],
  ['extractQuotes', (t) => lib.extractQuotes(t)],
  ['extractFigures', exported('extractFigures')],
  ['extractEntities', exported('extractEntities')],
];
const sizes = [100_000, 1_000_000, 10_000_000];

const rows: Array<{ input: string; fn: string; ms: number[] }> = [];
for (const [input, make] of adversarialInputs) {
  const texts = sizes.map((n) => make(n));
  for (const [fn, run] of functions) {
    if (!run) continue;
    run(make(20_000)); // warm
    rows.push({ input, fn, ms: interleavedCpuMs(texts.map((text) => () => run(text)), { rounds: 7 }) });
  }
}
process.stdout.write(`${JSON.stringify(rows)}\n`);
