import { describe, expect, it } from 'vitest';
import { GtCorpusError, parseCorpus, type Article, type ParsedCorpus } from '../../src/index';
import { normalizeWhitespace } from '../../src/text/whitespace';
import { expectedHeadlines, rawDump } from '../helpers/corpus';

/** Every non-blank input line must be found in exactly the place it went, or in a message. */
function unaccountedLines(raw: string, parsed: ParsedCorpus): string[] {
  const places = new Set<string>();
  for (const a of parsed.articles) {
    places.add(a.title);
    for (const s of a.sections) if (s.heading) places.add(s.heading);
    for (const p of a.paragraphs) places.add(p.text);
    for (const i of a.images) {
      places.add(normalizeWhitespace(`${i.caption} ${i.credit}`));
      if (i.alt !== undefined) {
        places.add(i.alt);
        places.add(normalizeWhitespace(`${i.alt} ${i.credit}`));
      }
    }
  }
  const lines = raw.split(/\r\n|\r|\n/);
  const messageLines = new Set(parsed.messages.map((m) => m.place.line));
  return lines
    .map((line, i) => ({ text: normalizeWhitespace(line), line: i + 1 }))
    .filter(({ text, line }) => text && !places.has(text) && !messageLines.has(line))
    .map(({ text, line }) => `${line}: ${text.slice(0, 60)}`);
}

function articleSpans(raw: string, parsed: ParsedCorpus): string[] {
  return parsed.articles.map((a) => raw.slice(a.source.start, a.source.end));
}

const shape = (a: Article) => ({
  title: a.title,
  kind: a.kind,
  paragraphs: a.paragraphs.map((p) => [p.text, p.heading]),
  images: a.images.map(({ caption, credit, alt, position }) => ({ caption, credit, alt, position })),
  sections: a.sections,
});

describe('parseCorpus on the bundled dump', () => {
  const parsed = parseCorpus(rawDump);

  it('finds the eight articles with their exact headlines and no messages', () => {
    expect(parsed.articles.map((a) => a.title)).toEqual(expectedHeadlines);
    expect(parsed.messages).toEqual([]);
  });

  it('loses no text: every non-blank line is a headline, caption, subheading or paragraph', () => {
    expect(unaccountedLines(rawDump, parsed)).toEqual([]);
  });

  it('gives paragraph offsets whose raw slice, whitespace-normalized, is the text', () => {
    for (const a of parsed.articles) {
      for (const p of a.paragraphs) expect(normalizeWhitespace(rawDump.slice(p.source.start, p.source.end))).toBe(p.text);
      expect(rawDump.slice(a.source.start).startsWith(a.title)).toBe(true);
    }
  });

  it('merges caption pairs into one image per photo, keeping the differing copy as alt', () => {
    expect(parsed.articles.map((a) => a.images.length)).toEqual([1, 1, 2, 1, 1, 1, 1, 1]);
    const azerbaijan = parsed.articles[2]!;
    expect(azerbaijan.images[0]!.alt).toBe('Customs staff members check the first');
    expect(azerbaijan.images[0]!.credit).toBe('(Photo by Xie Hao/Xinhua)');
    expect(azerbaijan.images[1]).toMatchObject({ caption: 'Ambassador of Azerbaijan to China Bunyad Huseynov', credit: 'Photo: Yin Yeping/GT', position: 12 });
    expect(parsed.articles[7]!.images[0]!.alt).toContain('Feb. 21, 2021');
    expect(parsed.articles[7]!.images[0]!.caption).toContain('February 21, 2021');
    expect(parsed.articles[5]!.images[0]).toMatchObject({ caption: 'China EU', credit: 'Photo:VCG' });
    expect(parsed.articles[6]!.images[0]).toMatchObject({ caption: '', credit: 'Illustration: Chen Xia/GT' });
  });

  it('keeps subheadings as sections and on each paragraph', () => {
    const headings = parsed.articles.map((a) => a.sections.map((s) => s.heading).filter(Boolean));
    expect(headings).toEqual([[], ['Promotion of synergy', 'High-quality growth'], [], ['Friends and partners', 'Stark contrast'], [], [], [], []]);
    const serbia = parsed.articles[1]!;
    expect(serbia.paragraphs[5]!.heading).toBe('Promotion of synergy');
    expect(serbia.paragraphs[4]!.heading).toBeNull();
  });

  it('reads column, attribution and kind off the headline', () => {
    expect(parsed.articles.map((a) => a.kind)).toEqual(['editorial', 'news', 'news', 'news', 'news', 'news', 'column', 'news']);
    expect(parsed.articles[6]!.column).toBe('GT Voice');
    expect(parsed.articles.map((a) => a.attribution)).toEqual([
      'Global Times editorial', undefined, undefined, 'experts', undefined, 'commerce minister', undefined, 'Russian deputy PM',
    ]);
  });

  it('numbers paragraphs and gives unique ids', () => {
    const ids = parsed.articles.flatMap((a) => a.paragraphs.map((p) => p.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const a of parsed.articles) a.paragraphs.forEach((p, i) => expect(p).toMatchObject({ index: i, id: `${a.id}:p${i + 1}` }));
  });

  it('returns deeply frozen data', () => {
    expect(Object.isFrozen(parsed.articles)).toBe(true);
    expect(Object.isFrozen(parsed.articles[0]!.paragraphs[0]!.source)).toBe(true);
  });
});

describe('parseCorpus on rearranged dumps', () => {
  const parsed = parseCorpus(rawDump);
  const spans = articleSpans(rawDump, parsed);
  const reference = new Map(parsed.articles.map((a) => [a.title, shape(a)]));
  // Deterministic shuffles, drops and duplications of whole articles.
  const orders = [
    [7, 6, 5, 4, 3, 2, 1, 0],
    [2, 0, 5, 7, 1],
    [3],
    [1, 1, 4, 6, 6, 6],
    [4, 2, 0, 6, 1, 3, 7, 5],
  ];

  it.each(orders)('splits order %# into the same articles', (...order) => {
    const dump = order.map((i) => spans[i]).join('\n\n');
    const result = parseCorpus(dump);
    expect(result.articles.map((a) => a.title)).toEqual(order.map((i) => expectedHeadlines[i]));
    for (const a of result.articles) expect(shape(a)).toEqual(reference.get(a.title));
    expect(unaccountedLines(dump, result)).toEqual([]);
    expect(new Set(result.articles.map((a) => a.id)).size).toBe(order.length);
  });

  it('survives CRLF line endings, non-breaking spaces and trailing spaces', () => {
    const dump = rawDump.replace(/\n/g, ' \u00a0\r\n');
    const result = parseCorpus(dump);
    expect(result.articles.map(shape)).toEqual(parsed.articles.map(shape));
    for (const a of result.articles) {
      for (const p of a.paragraphs) expect(normalizeWhitespace(dump.slice(p.source.start, p.source.end))).toBe(p.text);
    }
  });

  it('joins a paragraph wrapped over several lines', () => {
    const dump = 'A headline about trade talks with partners\n\nA caption of the photo. Photo: Xinhua\n\nFirst line of a paragraph\nthat goes on here.\n';
    const { articles } = parseCorpus(dump);
    expect(articles[0]!.paragraphs.map((p) => p.text)).toEqual(['First line of a paragraph that goes on here.']);
  });

  it('reports text before the first headline instead of dropping it silently', () => {
    const dump = 'Photo: Xinhua\n\n' + spans[0];
    const result = parseCorpus(dump);
    expect(result.articles).toHaveLength(1);
    expect(result.messages).toEqual([expect.objectContaining({ ruleId: 'text-before-headline', place: { line: 1, column: 1 } })]);
    expect(unaccountedLines(dump, result)).toEqual([]);
  });
});

describe('parseCorpus on bad input', () => {
  it('returns no articles and a message for empty or blank input', () => {
    for (const input of ['', '  \n\u00a0\n']) {
      const result = parseCorpus(input);
      expect(result.articles).toEqual([]);
      expect(result.messages[0]).toMatchObject({ ruleId: 'empty-input', place: { line: 1, column: 1 } });
    }
  });

  it('throws a TypeError naming the parameter for a non-string', () => {
    for (const input of [undefined, null, 42, {}, Buffer.from('x')]) {
      expect(() => parseCorpus(input as never)).toThrow(TypeError);
      expect(() => parseCorpus(input as never)).toThrow(/parameter `raw`/);
      expect(() => parseCorpus(input as never)).toThrow(GtCorpusError);
    }
  });

  it('does not mutate or depend on anything but its argument', () => {
    const twice = [parseCorpus(rawDump), parseCorpus(rawDump)];
    expect(twice[0]).toEqual(twice[1]);
  });
});
