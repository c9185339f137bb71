import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, type CliIO } from '../../src/cli/main';
import { extractQuotes, parseCorpus } from '../../src/index';
import { ArticleSchema, EntitySchema, FigureSchema, MentionSchema, MessageSchema, QuoteSchema, TermSchema } from '../../src/schemas';
import { extractRecords } from '../../src/node';
import { rawDump, root } from '../helpers/corpus';

const rawFile = join(root, 'corpus/raw/global-times-2024.txt');

async function run(argv: string[], extra: Partial<CliIO> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { stdout: (t) => out.push(t), stderr: (t) => err.push(t), ...extra });
  const stdout = out.join('\n');
  return { code, stdout, stderr: err.join('\n'), records: stdout ? stdout.split('\n').map((line) => JSON.parse(line)) : [] };
}

const schemas = {
  article: ArticleSchema,
  quote: QuoteSchema,
  term: TermSchema,
  figure: FigureSchema,
  entity: EntitySchema,
  mention: MentionSchema,
  message: MessageSchema,
} as const;

/** Every record is `{ type, [type]: payload }` and its payload validates. */
function expectValid(records: Array<Record<string, unknown>>) {
  for (const record of records) {
    const type = record.type as keyof typeof schemas;
    expect(Object.keys(record).sort()).toEqual([type, 'type'].sort());
    expect(schemas[type], `unknown record type ${type}`).toBeDefined();
    schemas[type].parse(record[type]);
  }
}

describe('gt-corpus extract', () => {
  it('streams valid NDJSON records for a raw dump: articles as parseCorpus gives them, then their quotes', async () => {
    const { code, records, stderr } = await run(['extract', rawFile]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expectValid(records);
    const { articles } = parseCorpus(rawDump);
    expect(records.filter((r) => r.type === 'article').map((r) => r.article)).toEqual(JSON.parse(JSON.stringify(articles)));
    expect(records.filter((r) => r.type === 'quote').map((r) => r.quote)).toEqual(JSON.parse(JSON.stringify(articles.flatMap((a) => extractQuotes(a)))));
    expect(new Set(records.map((r) => r.type))).toEqual(new Set(['article', 'quote', 'term', 'figure', 'entity', 'mention']));
    // Each article's records follow it.
    let current = '';
    for (const r of records) {
      if (r.type === 'article') current = r.article.id;
      else if (r.type !== 'entity') expect(r[r.type].articleId).toBe(current);
    }
  });

  it('reads stdin as bytes cut anywhere, even inside a UTF-8 character, and gives the same output', async () => {
    const bytes = Buffer.from(rawDump);
    const chunks = Array.from({ length: Math.ceil(bytes.length / 997) }, (_, i) => bytes.subarray(i * 997, (i + 1) * 997));
    const fromStdin = await run(['extract', '-'], { stdin: chunks });
    const fromFile = await run(['extract', rawFile]);
    expect(fromStdin.code).toBe(0);
    expect(fromStdin.stdout).toBe(fromFile.stdout);
    expect((await run(['extract'], { stdin: chunks })).stdout).toBe(fromFile.stdout);
  });

  it('keeps offsets into the whole input and messages in place for rearranged dumps', async () => {
    const { articles } = parseCorpus(rawDump);
    const spans = articles.map((a) => rawDump.slice(a.source.start, a.source.end));
    const dump = `Photo: Xinhua\n\n${[spans[3], spans[3], spans[0]].join('\r\n\r\n')}`;
    const { records } = await run(['extract', '-'], { stdin: [dump] });
    expectValid(records);
    expect(records[0]).toMatchObject({ type: 'message', message: { ruleId: 'text-before-headline' } });
    const parsed = parseCorpus(dump);
    expect(records.filter((r) => r.type === 'article').map((r) => r.article)).toEqual(JSON.parse(JSON.stringify(parsed.articles)));
    expect(records.filter((r) => r.type === 'message').map((r) => r.message)).toEqual(JSON.parse(JSON.stringify(parsed.messages)));
    for (const r of records.filter((r) => r.type === 'article')) {
      for (const p of r.article.paragraphs) expect(dump.slice(p.source.start, p.source.end).replace(/\s+/g, ' ')).toBe(p.text);
    }
  });

  it('reads NDJSON articles and gives the same records as for the raw dump', async () => {
    const { articles } = parseCorpus(rawDump);
    const ndjson = `${articles.map((a) => JSON.stringify(a)).join('\n')}\n`;
    const fromNdjson = await run(['extract'], { stdin: [ndjson.slice(0, 5000), ndjson.slice(5000)] });
    expect(fromNdjson.code).toBe(0);
    expect(fromNdjson.stdout).toBe((await run(['extract', rawFile])).stdout);
    const dir = mkdtempSync(join(tmpdir(), 'gt-corpus-extract-'));
    writeFileSync(join(dir, 'articles.ndjson'), ndjson);
    expect((await run(['extract', join(dir, 'articles.ndjson'), '--format', 'ndjson'])).stdout).toBe(fromNdjson.stdout);
  });

  it('reports the line of a bad NDJSON article and exits 1', async () => {
    const { articles } = parseCorpus(rawDump);
    const bad = { ...articles[1], id: 'Not A Slug' };
    const input = [JSON.stringify(articles[0]), '', JSON.stringify(bad)].join('\n');
    const result = await run(['extract', '-'], { stdin: [input] });
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^gt-corpus: stdin:3: not an article: id: /);
    expect(result.stderr.split('\n')).toHaveLength(1);
    const notJson = await run(['extract', '-', '--format', 'ndjson'], { stdin: ['{"id": 1}\n{oops\n'] });
    expect(notJson.stderr).toMatch(/stdin:1: not an article/);
    expect((await run(['extract', '-', '--format', 'ndjson'], { stdin: ['{oops\n'] })).stderr).toMatch(/stdin:1: not JSON/);
  });

  it('gives the same output with worker threads', async () => {
    const one = await run(['extract', rawFile]);
    const two = await run(['extract', rawFile, '--workers', '2']);
    expect(two.code).toBe(0);
    expect(two.stdout).toBe(one.stdout);
  }, 60_000);

  it('shows progress only through io.progress, ending with a final line', async () => {
    const lines: Array<[string, boolean]> = [];
    const result = await run(['extract', rawFile], { progress: (text, final) => lines.push([text, final]) });
    expect(result.code).toBe(0);
    expect(lines.at(-1)![1]).toBe(true);
    expect(lines.at(-1)![0]).toMatch(/100%.*8 articles/);
  });

  it('writes only the record types asked for, and reads its own article records back', async () => {
    const all = await run(['extract', rawFile]);
    const only = await run(['extract', rawFile, '--only', 'article,quote']);
    expect(only.records).toEqual(all.records.filter((r) => r.type === 'article' || r.type === 'quote'));
    const articlesOnly = await run(['extract', rawFile, '--only', 'article', '--workers', '2']);
    expect(articlesOnly.records).toEqual(all.records.filter((r) => r.type === 'article'));
    // Parse once, split into shards, extract each: the same records.
    const again = await run(['extract', '-'], { stdin: [articlesOnly.stdout] });
    expect(again.stdout).toBe(all.stdout);
    const messages = await run(['extract', '-', '--only', 'message'], { stdin: [`Photo: Xinhua\n\n${rawDump}`] });
    expect(messages.records.map((r) => r.message.ruleId)).toEqual(['text-before-headline']);
  }, 60_000);

  it('fails with one line on stderr for bad options and unreadable files', async () => {
    for (const argv of [
      ['extract', '/nonexistent/dump.txt'],
      ['extract', root],
      ['extract', rawFile, '--format', 'xml'],
      ['extract', rawFile, '--workers', '0'],
      ['extract', rawFile, '--only', 'quotes'],
      ['extract', 'a', 'b'],
    ]) {
      const { code, stderr, stdout } = await run(argv);
      expect(code).toBe(1);
      expect(stdout).toBe('');
      expect(stderr).toMatch(/^gt-corpus: [^\n]+$/);
    }
  });
});

describe('extractRecords', () => {
  it('yields records from any iterable of strings and rejects bad options', async () => {
    const types: string[] = [];
    for await (const record of extractRecords([rawDump.slice(0, 10_000), rawDump.slice(10_000)])) types.push(record.type);
    expect(types.filter((t) => t === 'article')).toHaveLength(8);
    await expect(extractRecords(42 as never).next()).rejects.toThrow(/parameter `chunks`/);
    await expect(extractRecords([], { format: 'xml' as never }).next()).rejects.toThrow(/options\.format/);
    await expect(extractRecords([], { workers: 0 }).next()).rejects.toThrow(/options\.workers/);
    await expect(extractRecords([], { types: [] }).next()).rejects.toThrow(/options\.types/);
    const quotes = [];
    for await (const record of extractRecords([rawDump], { types: ['quote'] })) quotes.push(record);
    expect(quotes.length).toBeGreaterThan(50);
    expect(quotes.every((r) => r.type === 'quote')).toBe(true);
  });
});
