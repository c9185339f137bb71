import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/main';
import { expectedHeadlines, root } from '../helpers/corpus';

function run(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t) });
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

describe('gt-corpus CLI', () => {
  it('list prints the eight headlines', () => {
    const { code, stdout } = run('list');
    expect(code).toBe(0);
    for (const headline of expectedHeadlines) expect(stdout).toContain(headline);
  });

  it('list --json gives ids, titles, kinds and dates', () => {
    const data = JSON.parse(run('list', '--json').stdout);
    expect(data).toHaveLength(8);
    expect(data[7]).toEqual({ id: 'trade-with-china-mainly-settled', title: expectedHeadlines[7], kind: 'news', published: '2024-03-28T01:07+08:00' });
  });

  it('show prints an article and --json the whole object', () => {
    expect(run('show', 'trade-with-china-mainly-settled').stdout).toContain('trade-with-china-mainly-settled:p1  About 92 percent');
    expect(JSON.parse(run('show', 'trade-with-china-mainly-settled', '--json').stdout).paragraphs).toHaveLength(9);
  });

  it('search prints ranked hits with marked matches', () => {
    const { code, stdout } = run('search', 'copper', 'production', '--limit', '2');
    expect(code).toBe(0);
    expect(stdout).toContain('[copper]');
    expect(JSON.parse(run('search', 'copper', '--json').stdout)[0]).toHaveProperty('snippet');
  });

  it('quotes lists statements by speaker, article and kind', () => {
    const { code, stdout } = run('quotes', '--speaker', 'Huseynov', '--kind', 'direct');
    expect(code).toBe(0);
    expect(stdout).toContain('Bunyad Huseynov');
    const data = JSON.parse(run('quotes', '--article', 'trade-with-china-mainly-settled', '--json').stdout);
    expect(data.length).toBeGreaterThan(5);
    expect(run('quotes', '--kind', 'quip').code).toBe(1);
    expect(run('quotes', '--article', 'nope').stderr).toMatch(/unknown article id/);
  });

  it('figures lists figures by kind and article, one line each, or as JSON', () => {
    const { code, stdout } = run('figures', '--kind', 'money');
    expect(code).toBe(0);
    expect(stdout).toContain('closer-partnership-between-china-serbia-hungary:p14  money     $2.498 billion  →  $2,498,000,000  [USD]');
    const data = JSON.parse(run('figures', '--article', 'trade-with-china-mainly-settled', '--json').stdout);
    expect(data.every((f: { articleId: string }) => f.articleId === 'trade-with-china-mainly-settled')).toBe(true);
    expect(data.map((f: { text: string }) => f.text)).toContain('$240.1 billion');
    expect(run('figures', '--kind', 'cash').stderr).toMatch(/--kind must be one of money, percent/);
    expect(run('figures', '--article', 'nope').stderr).toMatch(/unknown article id/);
  });

  it('fails with one line on stderr and exit code 1 for unknown ids, files and commands', () => {
    for (const argv of [['show', '__proto__'], ['ingest', '/nonexistent/dump.txt', '--out', '/tmp/x'], ['frobnicate'], ['search', 'x', '--limit', 'many']]) {
      const { code, stderr, stdout } = run(...argv);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr.split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/^gt-corpus: /);
    }
  });

  it('ingest writes one markdown file per article and the messages', () => {
    const out = mkdtempSync(join(tmpdir(), 'gt-ingest-'));
    const { code } = run('ingest', join(root, 'corpus/raw/global-times-2024.txt'), '--out', out);
    expect(code).toBe(0);
    const files = readdirSync(out).sort();
    expect(files).toHaveLength(9);
    expect(files).toContain('messages.json');
    expect(JSON.parse(readFileSync(join(out, 'messages.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(out, files[0]!), 'utf8')).toMatch(/^---\nid: stable-devt-of-china-russia-ties\n/);
  });
});
