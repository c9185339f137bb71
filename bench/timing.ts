import { forgetMemos } from '../src/extract/quotes/memo';

/** CPU time of one call in ms: other work on a shared machine disturbs it far less than wall time. */
export function cpuMs(fn: () => unknown): number {
  forgetMemos(); // each timed call starts cold, even on text it has seen
  const before = process.cpuUsage();
  fn();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

/** Median CPU time of at least `minRuns` runs and `minMs` of running (at most `maxRuns`), after one warm-up run unless `warm` is false. */
export function medianCpuMs(fn: () => unknown, { minMs = 500, minRuns = 5, maxRuns = 500, warm = true } = {}): number {
  if (warm) fn();
  const times: number[] = [];
  const started = performance.now();
  while (times.length < minRuns || (performance.now() - started < minMs && times.length < maxRuns)) times.push(cpuMs(fn));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

/**
 * Median CPU time per call of each function, for comparing sizes of one input:
 * the functions run in interleaved rounds (all sizes, then all again), so each
 * meets the same JIT and heap state, rather than the first size timing the
 * optimiser's warm-up and the last one the heap the others left. In each round
 * a function runs as many times as fill about `batchMs` (once for slow ones).
 */
export function interleavedCpuMs(fns: Array<() => unknown>, { rounds = 7, batchMs = 40 } = {}): number[] {
  // The first, warming call also tells how many calls fill a batch.
  const calls = fns.map((fn) => Math.max(1, Math.ceil(batchMs / Math.max(cpuMs(fn), 0.001))));
  const samples = fns.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, i) => {
      let total = 0;
      for (let c = 0; c < calls[i]!; c++) total += cpuMs(fn);
      samples[i]!.push(total / calls[i]!);
    });
  }
  return samples.map((times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
}
