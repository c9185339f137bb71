/**
 * Runs `gt-corpus extract <file>` in this process with output thrown away, and
 * prints {"ms", "maxRssMb", "records"} as JSON on stdout: the bench spawns it
 * to measure streaming time and peak memory apart from its own heap.
 *
 *   tsx bench/stream-child.ts dump.txt [--workers n]
 */
import { runCli } from '../src/cli/main';

const [file, ...rest] = process.argv.slice(2);
if (!file) throw new Error('usage: stream-child.ts <file> [--workers n]');
let records = 0;
const started = performance.now();
const code = await runCli(['extract', file, ...rest], {
  stdout: (text) => {
    // One call carries many records, one per line.
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) records++;
    records++;
  },
  stderr: (text) => process.stderr.write(`${text}\n`),
});
const ms = performance.now() - started;
process.stdout.write(`${JSON.stringify({ code, ms, maxRssMb: process.resourceUsage().maxRSS / 1024, records })}\n`);
