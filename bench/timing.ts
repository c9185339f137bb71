import { readFileSync } from 'node:fs';
import { forgetMemos } from '../src/extract/quotes/memo';

const schedstat = `/proc/self/task/${process.pid}/schedstat`;
const hasSchedstat = (() => {
  try {
    return Number.isFinite(Number(readFileSync(schedstat, 'utf8').split(' ')[0]));
  } catch {
    return false;
  }
})();

/**
 * CPU time in ms of the thread that runs the calls, where Linux reports it
 * (schedstat, updated every scheduler tick, so time batches of 100 ms or
 * more), else of the whole process. The thread's time is the call's own work,
 * including the garbage collection it triggers there; the process's also
 * counts V8's concurrent marking, sweeping and compiling on helper threads,
 * which depend on the heap the process holds more than on the call, and made
 * single numbers swing by up to 2× between runs.
 */
function threadCpuMs(): number {
  if (hasSchedstat) return Number(readFileSync(schedstat, 'utf8').split(' ')[0]) / 1e6;
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** What `threadCpuMs` measures, for the bench's report. */
export const cpuClock = hasSchedstat ? 'CPU time of the calling thread (Linux schedstat)' : 'CPU time of the process';

/**
 * Median CPU time per call of each function, for comparing sizes of one input:
 * the functions run in interleaved rounds (all sizes, then all again), so each
 * meets the same JIT and heap state, rather than the first size timing the
 * optimiser's warm-up and the last one the heap the others left. In each round
 * a function runs as many times as fill about `batchMs`, timed as one batch
 * (once for slow ones). Every call starts with the extractors' memos emptied,
 * so repeating a text does not flatter it.
 */
export function interleavedCpuMs(fns: Array<() => unknown>, { rounds = 7, batchMs = 200 } = {}): number[] {
  // The first, warming call also tells how many calls fill a batch.
  const calls = fns.map((fn) => {
    forgetMemos();
    const started = performance.now();
    fn();
    return Math.max(1, Math.ceil(batchMs / Math.max(performance.now() - started, 0.001)));
  });
  const samples = fns.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    fns.forEach((fn, i) => {
      const before = threadCpuMs();
      for (let c = 0; c < calls[i]!; c++) {
        forgetMemos();
        fn();
      }
      samples[i]!.push((threadCpuMs() - before) / calls[i]!);
    });
  }
  return samples.map((times) => times.sort((a, b) => a - b)[Math.floor(times.length / 2)]!);
}
