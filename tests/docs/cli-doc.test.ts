/** docs/cli.md documents every command that `gt-corpus --help` lists. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';

it('docs/cli.md has a section for every command in --help', () => {
  let help = '';
  runCli(['--help'], { stdout: (text) => (help += text), stderr: () => {} });
  const commands = help
    .slice(help.indexOf('Commands:'), help.indexOf('Options:'))
    .split('\n')
    .map((line) => /^ {2}([a-z]+)\b/.exec(line)?.[1])
    .filter((c): c is string => c !== undefined);
  expect(commands.length).toBeGreaterThan(8);
  const doc = readFileSync(resolve(import.meta.dirname, '../../docs/cli.md'), 'utf8');
  const documented = [...doc.matchAll(/^### gt-corpus (\w+)/gm)].map((m) => m[1]);
  expect(documented.sort()).toEqual(commands.sort());
});
