import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../properties/arbitraries';
import { createCorpusParser, GtCorpusArgumentError, parseCorpus, parseCorpusStream, type CorpusEvent, type ParsedCorpus } from '../../src/index';
import { createBlockReader, splitBlocks } from '../../src/ingest/blocks';
import { rawDump } from '../helpers/corpus';
import { batchParseCorpus } from './oracle/batch-parse-corpus';
import { batchSplitBlocks } from './oracle/batch-split-blocks';

/** Cuts `text` at the given fractions of its length (sorted, deduplicated). */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((f) => Math.floor(f * text.length)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let from = 0;
  for (const p of points) {
    chunks.push(text.slice(from, p));
    from = p;
  }
  chunks.push(text.slice(from));
  return chunks;
}

function everyN(text: string, n: number): string[] {
  const chunks: string[] = [];
  for (let i = 0; i < text.length; i += n) chunks.push(text.slice(i, i + n));
  return chunks;
}

async function collect(chunks: Iterable<string> | AsyncIterable<string>): Promise<ParsedCorpus> {
  const articles = [];
  const messages = [];
  for await (const event of parseCorpusStream(chunks)) {
    if (event.type === 'article') articles.push(event.article);
    else messages.push(event.message);
  }
  return { articles, messages };
}

function syncCollect(chunks: readonly string[]): ParsedCorpus {
  const parser = createCorpusParser();
  const events: CorpusEvent[] = [];
  for (const chunk of chunks) events.push(...parser.write(chunk));
  events.push(...parser.end());
  return {
    articles: events.flatMap((e) => (e.type === 'article' ? [e.article] : [])),
    messages: events.flatMap((e) => (e.type === 'message' ? [e.message] : [])),
  };
}

const blockTexts = batchSplitBlocks(rawDump).map((b) => b.text);
const spans = parseCorpus(rawDump).articles.map((a) => rawDump.slice(a.source.start, a.source.end));

describe('parseCorpusStream', () => {
  const whole = parseCorpus(rawDump);

  it.each([1, 7, 64, 1000, 65_536])('equals parseCorpus on the bundled dump read in chunks of %i characters', async (n) => {
    expect(await collect(everyN(rawDump, n))).toEqual(whole);
  });

  it('reads async iterables, such as Node streams with an encoding', async () => {
    async function* gen() {
      for (const chunk of everyN(rawDump, 333)) yield chunk;
    }
    expect(await collect(gen())).toEqual(whole);
  });

  it('keeps offsets into the whole input for rearranged dumps, CRLF pairs cut in two included', async () => {
    for (const order of [[7, 6, 5, 4, 3, 2, 1, 0], [1, 1, 4, 6, 6, 6], [3]]) {
      const dump = order.map((i) => spans[i]).join('\r\n\r\n').replace(/\n/g, ' \u00a0\r\n');
      const expected = parseCorpus(dump);
      const streamed = await collect(everyN(dump, 2)); // cuts between every CR and LF at some point
      expect(streamed).toEqual(expected);
      for (const a of streamed.articles) {
        for (const p of a.paragraphs) expect(dump.slice(p.source.start, p.source.end).replace(/\s+/g, ' ')).toBe(p.text);
      }
    }
  });

  it('hands back each article as soon as the next one has started, without waiting for the end', () => {
    const parser = createCorpusParser();
    const first = spans[0]!;
    const second = spans[1]!;
    expect(parser.write(`${first}\n\n`).filter((e) => e.type === 'article')).toEqual([]);
    // The next headline and its caption pair make the first article certain.
    const next = second.split('\n\n').slice(0, 4).join('\n\n');
    const done = parser.write(`${next}\n\n`);
    expect(done.map((e) => e.type === 'article' && e.article.title)).toEqual([whole.articles[0]!.title]);
    expect(Object.isFrozen(done[0])).toBe(true);
  });

  it('reports empty input and text before the first headline like parseCorpus', async () => {
    for (const dump of ['', '  \n\u00a0\n', `Photo: Xinhua\n\n${spans[0]}`]) {
      expect(await collect(everyN(dump, 3))).toEqual(parseCorpus(dump));
    }
  });

  it('rejects what is not text with a GtCorpusArgumentError', async () => {
    await expect(collect(42 as never)).rejects.toThrow(GtCorpusArgumentError);
    expect(() => createCorpusParser().write(Buffer.from('x') as never)).toThrow(/parameter `chunk`/);
  });
});

describe('the window classifier against the whole-input oracle', () => {
  // Random dumps made of the bundled dump's blocks in any order (so captions,
  // headlines and subheadings meet in every combination), with varied blank
  // lines and line endings, fed in random chunks.
  const dumps = fc.record({
    picks: fc.array(fc.nat(blockTexts.length - 1), { minLength: 0, maxLength: 40 }),
    separators: fc.array(fc.constantFrom('\n\n', '\r\n\r\n', '\n \n\n', '\r\r', '\n\u00a0\n'), { minLength: 1, maxLength: 5 }),
    cuts: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 12 }),
  });

  it('gives the same blocks, articles and messages as the batch parser', () => {
    fc.assert(
      fc.property(dumps, ({ picks, separators, cuts }) => {
        const dump = picks.map((p, i) => blockTexts[p]! + separators[i % separators.length]!).join('');
        const expected = batchParseCorpus(dump);
        expect(parseCorpus(dump)).toEqual(expected);
        expect(syncCollect(cut(dump, cuts))).toEqual(expected);
        const reader = createBlockReader();
        const blocks = cut(dump, cuts).flatMap((c) => reader.write(c));
        blocks.push(...reader.end());
        expect(blocks).toEqual(batchSplitBlocks(dump));
        expect(splitBlocks(dump)).toEqual(batchSplitBlocks(dump));
      }),
      { numRuns, seed: 20240516 },
    );
  });

  it('agrees with the oracle on whole articles shuffled, dropped and repeated', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(spans.length - 1), { maxLength: 12 }), fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { maxLength: 6 }), (order, cuts) => {
        const dump = order.map((i) => spans[i]).join('\n\n');
        const expected = batchParseCorpus(dump);
        expect(syncCollect(cut(dump, cuts))).toEqual(expected);
      }),
      { numRuns, seed: 75 },
    );
  });
});
