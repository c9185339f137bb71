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
