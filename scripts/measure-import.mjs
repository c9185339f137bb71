// Cold start: how long `await import('gt-corpus')` takes in a fresh Node
// process (the built package as Node resolves it: dist/index.js), next to
// `import('zod')` alone for scale (the main entry does not load zod; the
// schemas are in gt-corpus/schemas). Each run is a new process, so nothing is
// cached but what the OS caches on disk.
//
//   node scripts/measure-import.mjs [--runs 15] [--json]
//
// bench/run.ts can import measureColdImport() to put the numbers in its report.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Milliseconds for `await import(specifier)` in `runs` fresh processes: median, min and max. */
export function measureColdImport(specifier = 'gt-corpus', runs = 15) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const script = `const t = performance.now(); await import(${JSON.stringify(specifier)}); process.stdout.write(String(performance.now() - t));`;
    times.push(Number(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: root, encoding: 'utf8' })));
  }
  times.sort((a, b) => a - b);
  const round = (ms) => Math.round(ms * 10) / 10;
  return { specifier, runs, medianMs: round(times[Math.floor(runs / 2)]), minMs: round(times[0]), maxMs: round(times[runs - 1]) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '15' }, json: { type: 'boolean', default: false } } });
  const results = ['gt-corpus', 'zod'].map((specifier) => measureColdImport(specifier, Number(values.runs)));
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else for (const r of results) console.log(`import('${r.specifier}')`.padEnd(22), `median ${r.medianMs} ms  (min ${r.minMs}, max ${r.maxMs}, ${r.runs} runs)`);
}
