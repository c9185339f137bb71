import { deepFreeze } from '../deep-freeze';
import { assertOptions, GtCorpusArgumentError, GtCorpusError } from '../errors';
import { createCorpusParser } from '../ingest/corpus-stream';
import { ArticleSchema, type Article } from '../model/article';
import { toRecords, type ExtractRecord } from '../pipeline/extract-article';
import { createExtractionPool, type ExtractionPool } from './pool';

/** What the input is: a raw dump, NDJSON with one Article per line, or whichever the first character says. */
export type InputFormat = 'raw' | 'ndjson' | 'auto';

export interface ExtractRecordsOptions {
  /** Default `auto`: NDJSON when the first non-blank character is `{`, a raw dump otherwise. */
  format?: InputFormat;
  /** Threads for extraction; default 1 (the calling thread). Order is kept whatever the number. */
  workers?: number;
  /** Articles per task sent to a thread (default 16). */
  batchSize?: number;
  /** Name used in error messages (default `input`). */
  file?: string;
  /** The worker module, for custom builds. */
  workerFile?: string | URL;
  /**
   * Only these record types (default: all). With only `article` and `message`,
   * nothing is extracted: the fast way to turn a raw dump into NDJSON articles.
   */
  types?: readonly RecordType[];
}

/** The `type` of an {@link ExtractRecord}. */
export type RecordType = ExtractRecord['type'];
export const recordTypes: readonly RecordType[] = ['article', 'quote', 'term', 'figure', 'entity', 'mention', 'message'];

/** Lines of NDJSON text fed in chunks, with their 1-based numbers. */
function createLineSplitter() {
  let pending = '';
  let line = 0;
  const split = (text: string, final: boolean) => {
    const lines: Array<{ text: string; line: number }> = [];
    let from = 0;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', from)) {
      lines.push({ text: text.slice(from, at), line: ++line });
      from = at + 1;
    }
    if (final) {
      if (from < text.length) lines.push({ text: text.slice(from), line: ++line });
      pending = '';
    } else {
      pending = text.slice(from);
    }
    return lines;
  };
  return {
    write: (chunk: string) => split(pending + chunk, false),
    end: () => split(pending, true),
  };
}

function parseArticleLine(text: string, line: number, file: string): Article | undefined {
  const trimmed = (line === 1 ? text.replace(/^\uFEFF/, '') : text).trim();
  if (!trimmed) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    throw new GtCorpusError(`${file}:${line}: not JSON: ${(error as Error).message}`, { code: 'ERR_NDJSON', file, place: { line, column: 1 }, cause: error });
  }
  // `extract`'s own output can be read back: an article record carries the article.
  if (typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'article' && 'article' in value) value = (value as { article: unknown }).article;
  const result = ArticleSchema.safeParse(value);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    const path = issue.path.map(String);
    throw new GtCorpusError(`${file}:${line}: not an article: ${path.length ? `${path.join('.')}: ` : ''}${issue.message}`, {
      code: 'ERR_NDJSON',
      file,
      place: { line, column: 1 },
      path: issue.path.map((p) => (typeof p === 'number' ? p : String(p))),
    });
  }
  return deepFreeze(result.data);
}

/** Articles (and parse messages) from raw or NDJSON text chunks, as they complete. */
async function* articleEvents(chunks: AsyncIterable<string> | Iterable<string>, format: InputFormat, file: string): AsyncGenerator<Article | ExtractRecord> {
  let decided: 'raw' | 'ndjson' | undefined = format === 'auto' ? undefined : format;
  let held = '';
  let raw: ReturnType<typeof createCorpusParser> | undefined;
  let ndjson: ReturnType<typeof createLineSplitter> | undefined;
  function* take(chunk: string, final: boolean): Generator<Article | ExtractRecord> {
    if (!decided) {
      // Decide on the first non-blank character; until then, hold the blanks.
      held += chunk;
      const first = held.search(/\S/);
      if (first === -1 && !final) return;
      decided = held[first] === '{' ? 'ndjson' : 'raw';
      chunk = held;
      held = '';
    }
    if (decided === 'raw') {
      raw ??= createCorpusParser();
      const events = raw.write(chunk);
      if (final) for (const e of raw.end()) events.push(e);
      for (const e of events) yield e.type === 'article' ? e.article : e;
    } else {
      ndjson ??= createLineSplitter();
      const lines = ndjson.write(chunk);
      if (final) for (const l of ndjson.end()) lines.push(l);
      for (const { text, line } of lines) {
        const article = parseArticleLine(text, line, file);
        if (article) yield article;
      }
    }
  }
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') throw new GtCorpusArgumentError('chunks', 'an iterable of strings', chunk);
    yield* take(chunk, false);
  }
  yield* take('', true);
}

/**
 * Reads a raw dump or NDJSON articles chunk by chunk and yields `gt-corpus
 * extract` records: for each article, the article, then its quotes, terms,
 * figures, entities and mentions (those this build can extract); parse
 * messages as `message` records where they occur. Memory stays bounded by one
 * article and the batches in flight, whatever the input's size.
 *
 * @example
 * import { createReadStream } from 'node:fs';
 * import { extractRecords } from 'gt-corpus/node';
 * for await (const record of extractRecords(createReadStream('corpus/raw/global-times-2024.txt', 'utf8'))) {
 *   if (record.type === 'quote') console.log(record.quote.speaker?.name, record.quote.text);
 * }
 */
export async function* extractRecords(
  chunks: AsyncIterable<string> | Iterable<string>,
  options?: ExtractRecordsOptions,
): AsyncGenerator<ExtractRecord, void, undefined> {
  const wanted = wantedTypes(options);
  const batches = extractBatches(
    chunks,
    options,
    async (pool, articles) => {
      if (!extracting(wanted)) return articles.map((article): ExtractRecord => ({ type: 'article', article }));
      const extractions = await pool.run(articles);
      return articles.flatMap((article, i) => toRecords(article, extractions[i]!));
    },
    (message) => message,
  );
  for await (const { items } of batches) for (const record of items) if (wanted.has(record.type)) yield record;
}

/**
 * What `gt-corpus extract` writes: the records of {@link extractRecords} as
 * NDJSON, a batch at a time (lines joined by `\n`, no final newline), with the
 * number of articles in each. Worker threads send text back, not objects.
 */
export async function* extractNdjson(
  chunks: AsyncIterable<string> | Iterable<string>,
  options?: ExtractRecordsOptions,
): AsyncGenerator<{ text: string; articles: number }, void, undefined> {
  const wanted = wantedTypes(options);
  const all = wanted.size === recordTypes.length;
  // Every line starts `{"type":"<type>"`, so lines are filtered without parsing them.
  const keep = (line: string) => wanted.has(line.slice(9, line.indexOf('"', 9)) as RecordType);
  const batches = extractBatches(
    chunks,
    options,
    async (pool, articles) => {
      if (!extracting(wanted)) return articles.map((article) => JSON.stringify({ type: 'article', article }));
      const texts = await pool.runLines(articles);
      return all ? texts : texts.map((text) => text.split('\n').filter(keep).join('\n'));
    },
    (message) => JSON.stringify(message),
  );
  for await (const { items, articles } of batches) {
    // An article's lines come pre-filtered (maybe to nothing); a message is one line.
    const text = items.filter((item) => item !== '' && (all || keep(item))).join('\n');
    if (text) yield { text, articles };
  }
}

function wantedTypes(options: ExtractRecordsOptions | undefined): Set<RecordType> {
  const types = options?.types ?? recordTypes;
  if (!Array.isArray(types) || types.length === 0 || types.some((t) => !recordTypes.includes(t))) {
    throw new GtCorpusArgumentError('options.types', `a non-empty list of ${recordTypes.join(', ')}`, types);
  }
  return new Set(types);
}

/** Whether any wanted record needs the extractors (articles and messages come from parsing alone). */
const extracting = (wanted: ReadonlySet<RecordType>) => [...wanted].some((t) => t !== 'article' && t !== 'message');

/** The streaming core: articles in batches through the pool, results in input order, messages in place. */
async function* extractBatches<T>(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ExtractRecordsOptions | undefined,
  runBatch: (pool: ExtractionPool, articles: Article[]) => Promise<T[]>,
  messageItem: (message: ExtractRecord) => T,
): AsyncGenerator<{ items: T[]; articles: number }, void, undefined> {
  if (typeof chunks !== 'object' || chunks === null || (!(Symbol.asyncIterator in chunks) && !(Symbol.iterator in chunks))) {
    throw new GtCorpusArgumentError('chunks', 'an iterable or async iterable of strings', chunks);
  }
  assertOptions(options, 'options');
  const format = options?.format ?? 'auto';
  if (!['raw', 'ndjson', 'auto'].includes(format)) throw new GtCorpusArgumentError('options.format', "'raw', 'ndjson' or 'auto'", format);
  const workers = options?.workers ?? 1;
  const batchSize = options?.batchSize ?? 16;
  for (const [name, value] of [['options.workers', workers], ['options.batchSize', batchSize]] as const) {
    if (!Number.isInteger(value) || value < 1) throw new GtCorpusArgumentError(name, 'a positive integer', value);
  }

  const pool: ExtractionPool = createExtractionPool(workers, options?.workerFile);
  // Batches in flight, oldest first; each settles to its items in input order.
  const inFlight: Array<Promise<{ items: T[]; articles: number }>> = [];
  const maxInFlight = pool.workers * 2;
  let batch: Article[] = [];
  let between: ExtractRecord[] = []; // messages that arrived after the batch's last article
  const submit = () => {
    if (batch.length === 0 && between.length === 0) return;
    const articles = batch;
    const after = between;
    batch = [];
    between = [];
    inFlight.push(
      (articles.length ? runBatch(pool, articles) : Promise.resolve([])).then((items) => {
        for (const message of after) items.push(messageItem(message));
        return { items, articles: articles.length };
      }),
    );
  };
  try {
    for await (const item of articleEvents(chunks, format, options?.file ?? 'input')) {
      if ('type' in item) {
        // A message keeps its place: after the articles before it.
        between.push(item);
        continue;
      }
      if (between.length) submit();
      batch.push(item);
      if (batch.length >= batchSize) submit();
      while (inFlight.length >= maxInFlight) yield await inFlight.shift()!;
    }
    submit();
    while (inFlight.length) yield await inFlight.shift()!;
  } finally {
    // Settle what is left so no rejection goes unhandled, then stop the threads.
    await Promise.allSettled(inFlight);
    await pool.close();
  }
}
