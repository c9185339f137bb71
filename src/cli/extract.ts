import { open } from 'node:fs/promises';
import { GtCorpusError } from '../errors';
import { extractNdjson, recordTypes, type InputFormat, type RecordType } from '../node/extract-records';
import type { CliIO } from './main';

export interface ExtractArgs {
  /** A path, or `-` for standard input. */
  file: string;
  format: string | undefined;
  workers: string | undefined;
  /** Comma-separated record types to write (default: all). */
  only: string | undefined;
}

// Records are written in chunks of about this many characters: few writes, little held.
const FLUSH_AT = 1 << 16;
const PROGRESS_EVERY_MS = 150;

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;

/** Text chunks from bytes or strings, counting bytes read; UTF-8 sequences may be cut anywhere. */
async function* decode(source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>, read: { bytes: number }): AsyncGenerator<string> {
  // ignoreBOM keeps a leading BOM, so offsets match readFileSync(file, 'utf8') + parseCorpus.
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  for await (const chunk of source) {
    if (typeof chunk === 'string') {
      read.bytes += Buffer.byteLength(chunk);
      yield chunk;
    } else {
      read.bytes += chunk.byteLength;
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/**
 * `gt-corpus extract [file|-]`: streams NDJSON records (article, quote, term,
 * figure, entity, mention, message) to stdout in constant memory, with a
 * progress line on stderr when it is a terminal.
 */
export async function runExtract(args: ExtractArgs, io: CliIO): Promise<number> {
  const fail = (message: string) => {
    io.stderr(`gt-corpus: ${message.split('\n')[0]}`);
    return 1;
  };
  const format = (args.format ?? 'auto') as InputFormat;
  if (!['raw', 'ndjson', 'auto'].includes(format)) return fail(`--format must be raw, ndjson or auto, got “${args.format}”`);
  const workers = args.workers === undefined ? 1 : Number(args.workers);
  if (!Number.isInteger(workers) || workers < 1) return fail(`--workers must be a positive integer, got “${args.workers}”`);
  const types = args.only === undefined ? recordTypes : args.only.split(',').map((t) => t.trim());
  const unknown = types.find((t) => !recordTypes.includes(t as RecordType));
  if (unknown !== undefined || types.length === 0) return fail(`--only takes record types among ${recordTypes.join(', ')}, got “${unknown ?? ''}”`);

  const name = args.file === '-' ? 'stdin' : args.file;
  let source: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  let total: number | undefined;
  let close = async () => {};
  if (args.file === '-') {
    source = io.stdin ?? process.stdin;
  } else {
    try {
      const handle = await open(args.file);
      close = () => handle.close();
      const stat = await handle.stat();
      if (stat.isDirectory()) {
        await close();
        return fail(`cannot read “${args.file}” (EISDIR)`);
      }
      total = stat.size;
      // Small reads keep the progress line close to what has been processed, not merely read.
      source = handle.createReadStream({ highWaterMark: 1 << 16, autoClose: false });
    } catch (error) {
      return fail(`cannot read “${args.file}” (${(error as NodeJS.ErrnoException).code ?? 'unreadable'})`);
    }
  }

  const read = { bytes: 0 };
  const started = performance.now();
  let articles = 0;
  let lastProgress = 0;
  const progress = (final: boolean) => {
    if (!io.progress) return;
    const now = performance.now();
    if (!final && now - lastProgress < PROGRESS_EVERY_MS) return;
    lastProgress = now;
    const rate = read.bytes / 1e6 / Math.max((now - started) / 1000, 1e-3);
    let done = megabytes(read.bytes);
    if (total) {
      const share = Math.min(1, read.bytes / total);
      const width = 24;
      const filled = Math.round(share * width);
      done = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(Math.floor(share * 100)).padStart(3)}%  ${done} / ${megabytes(total)}`;
    }
    io.progress(`extract ${done}  ${articles.toLocaleString('en-US')} articles  ${rate.toFixed(1)} MB/s`, final);
  };

  let buffer: string[] = [];
  let buffered = 0;
  const flush = async () => {
    if (buffer.length === 0) return;
    io.stdout(buffer.join('\n'));
    buffer = [];
    buffered = 0;
    await io.drain?.();
  };
  try {
    for await (const batch of extractNdjson(decode(source, read), { format, workers, file: name, types: types as RecordType[] })) {
      articles += batch.articles;
      buffer.push(batch.text);
      buffered += batch.text.length;
      if (buffered >= FLUSH_AT) {
        await flush();
        progress(false);
      }
    }
    await flush();
    progress(true);
    return 0;
  } catch (error) {
    if (io.progress) progress(true);
    if (error instanceof GtCorpusError) return fail(error.message);
    const code = (error as NodeJS.ErrnoException).code;
    if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return fail(`cannot read “${args.file}” (${code})`);
    return fail(error instanceof Error ? error.message : String(error));
  } finally {
    await close();
  }
}
