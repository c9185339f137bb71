import { once } from 'node:events';
import { runCli } from './main';

// `gt-corpus extract … | head` closes the pipe early: that is a normal end, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  throw error;
});

const result = runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(`${text}\n`),
  stderr: (text) => process.stderr.write(`${text}\n`),
  // A getter: touching process.stdin sets it up (and a pipe non-blocking), so only `extract -` does.
  get stdin() {
    return process.stdin;
  },
  drain: async () => {
    if (process.stdout.writableNeedDrain) await once(process.stdout, 'drain');
  },
  ...(process.stderr.isTTY ? { progress: (text: string, final: boolean) => process.stderr.write(`\r${text}\x1b[K${final ? '\n' : ''}`) } : {}),
});
if (typeof result === 'number') process.exitCode = result;
else void result.then((code) => (process.exitCode = code));
