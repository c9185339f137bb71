import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GtCorpusError, parseCorpus } from '../../src/index';
import { articleBodyMarkdown, articleToMarkdown, escapeMarkdown, parseArticleMarkdown } from '../../src/markdown';
import { rawDump, root } from '../helpers/corpus';

const dir = `${root}/corpus/articles`;
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const bodyOf = (md: string) => md.slice(md.indexOf('\n---\n', 4) + 5);

describe('committed corpus/articles', () => {
  const ingested = parseCorpus(rawDump).articles;

  it('has one NN-<id>.md file per article of the raw dump', () => {
    expect(files).toEqual(ingested.map((a, i) => `${String(i + 1).padStart(2, '0')}-${a.id}.md`));
  });

  it.each(files.map((f, i) => [f, i] as const))('%s has exactly the body ingest produces from the raw dump', (file, i) => {
    const committed = readFileSync(`${dir}/${file}`, 'utf8');
    expect(bodyOf(committed)).toBe(bodyOf(articleToMarkdown(ingested[i]!)));
    expect(bodyOf(committed)).toBe(`\n${articleBodyMarkdown(ingested[i]!)}`);
  });
});

describe('parseArticleMarkdown', () => {
  const ingested = parseCorpus(rawDump).articles;

  it('reads back what articleToMarkdown writes', () => {
    for (const article of ingested) {
      const back = parseArticleMarkdown(articleToMarkdown(article));
      expect(back.paragraphs.map((p) => [p.id, p.text, p.heading])).toEqual(article.paragraphs.map((p) => [p.id, p.text, p.heading]));
      expect(back.images).toEqual(article.images);
      expect(back.sections).toEqual(article.sections);
      expect({ ...back, paragraphs: [], source: null }).toEqual({ ...article, paragraphs: [], source: null });
    }
  });

  it('round-trips text full of markdown syntax', () => {
    const nasty = ['# not a heading', '- not a list', '1. not a list either', '2024) year', '*stars* and _under_ `code` [link](x) <b> &amp; \\ back', '> quote', '---', '!', '==='];
    for (const text of nasty) {
      const md = `---\nid: t\ntitle: T\nkind: news\npublished: null\nimages: []\n---\n\n${escapeMarkdown(text)}\n`;
      expect(parseArticleMarkdown(md).paragraphs[0]!.text).toBe(text);
    }
  });

  const valid = readFileSync(`${dir}/${files[0]}`, 'utf8');

  it('names file, line, column and field path for invalid front matter', () => {
    const broken = valid.replace('kind: editorial', 'kind: opinion');
    const line = broken.split('\n').findIndex((l) => l.startsWith('kind:')) + 1;
    try {
      parseArticleMarkdown(broken, { file: 'corpus/articles/x.md' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(GtCorpusError);
      const e = error as GtCorpusError;
      expect(e.code).toBe('ERR_FRONT_MATTER');
      expect(e.path).toEqual(['kind']);
      expect(e.place).toEqual({ line, column: 1 });
      expect(e.message).toMatch(new RegExp(`^corpus/articles/x\\.md:${line}:1: front matter field \`kind\``));
    }
  });

  it('names nested field paths and unknown keys', () => {
    const badDate = valid.replace('date: "2024-05-16"', 'date: "16 May"');
    const dateLine = badDate.split('\n').findIndex((l) => l.includes('date: "16 May"')) + 1;
    expect(() => parseArticleMarkdown(badDate, { file: 'a.md' })).toThrow(new RegExp(`^a\\.md:${dateLine}:3: front matter field \`published\\.date\``));
    const extra = valid.replace('kind: editorial', 'kind: editorial\nauthor: someone');
    const authorLine = extra.split('\n').indexOf('author: someone') + 1;
    expect(() => parseArticleMarkdown(extra, { file: 'a.md' })).toThrow(new RegExp(`^a\\.md:${authorLine}:1: front matter field \`author\``));
  });

  it('reports YAML syntax errors and missing front matter with a place', () => {
    expect(() => parseArticleMarkdown(valid.replace('kind: editorial', 'kind: [editorial'), { file: 'b.md' })).toThrow(/^b\.md:\d+:\d+: front matter is not valid YAML/);
    expect(() => parseArticleMarkdown('Just text', { file: 'c.md' })).toThrow(/^c\.md:1:1: article markdown must start with YAML front matter/);
  });

  it('rejects body constructs an article cannot hold, naming the line', () => {
    const withList = `${valid}\n- a list item\n`;
    const line = withList.split('\n').indexOf('- a list item') + 1;
    expect(() => parseArticleMarkdown(withList, { file: 'd.md' })).toThrow(new RegExp(`^d\\.md:${line}:1: a list cannot stand`));
  });

  it('cannot be used to pollute prototypes through front matter', () => {
    const polluted = valid.replace('kind: editorial', 'kind: editorial\n__proto__:\n  polluted: true');
    expect(() => parseArticleMarkdown(polluted)).toThrow(GtCorpusError);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws a TypeError for a non-string', () => {
    expect(() => parseArticleMarkdown(undefined as never)).toThrow(/parameter `markdown`/);
  });
});
