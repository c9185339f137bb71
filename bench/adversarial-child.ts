/**
 * The bench's adversarial inputs (the hardening tests' pathological texts, one
 * paragraph each) through the parsers and extractors at 100 kB, 1 MB and
 * 10 MB, each input and function in a process of its own so that neither the
 * main bench's heap nor the garbage of another function lands in these
 * timings. Median CPU time per call over seven interleaved rounds
 * (bench/timing.ts `interleavedCpuMs`). Prints
 * `[{ input, fn, ms: [100 kB, 1 MB, 10 MB] }]` as JSON on stdout; with an
 * input's and a function's index, only that pair's row.
 *
 *   tsx bench/adversarial-child.ts
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
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

type Row = { input: string; fn: string; ms: number[] };

/** One input through one function, timed at the three sizes. */
function measure(i: number, f: number): Row {
  const [input, make] = adversarialInputs[i]!;
  const [fn, run] = functions[f]!;
  const texts = sizes.map((n) => make(n));
  run!(make(20_000)); // warm
  return { input, fn, ms: interleavedCpuMs(texts.map((text) => () => run!(text)), { rounds: 7 }) };
}

const [input, fn] = process.argv.slice(2).map(Number);
if (input !== undefined && fn !== undefined) {
  process.stdout.write(`${JSON.stringify(measure(input, fn))}\n`);
} else {
  // Each pair in a process of its own: the garbage one function leaves on a
  // 10 MB input (hundreds of megabytes) would otherwise be collected during
  // the next one's timing.
  const rows: Row[] = [];
  adversarialInputs.forEach((_, i) =>
    functions.forEach(([, run], f) => {
      if (!run) return;
      const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), String(i), String(f)], { encoding: 'utf8', maxBuffer: 1 << 20 });
      if (child.status !== 0) throw new Error(child.stderr);
      rows.push(JSON.parse(child.stdout) as Row);
    }),
  );
  process.stdout.write(`${JSON.stringify(rows)}\n`);
}
