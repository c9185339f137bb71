import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  articles,
  compareFigures,
  entities,
  figures,
  formatFigure,
  type FigureKind,
  getArticle,
  highlightSnippet,
  parseCorpus,
  quotes,
  relatedArticles,
  search,
} from '../index';
import { describe } from '../link/linker';
import { articleToMarkdown } from '../markdown';
import type { Article } from '../model/article';
import { entityTypes, figureKinds, isOneOf, quoteKinds } from '../model/enums';
import { runExtract } from './extract';

/** Thrown for problems the user can fix; printed as one line, exit code 1. */
class UsageError extends Error {}

const usage = `Usage: gt-corpus <command> [options]

Commands:
  list                      the bundled articles: id, kind, date, headline
  show <id>                 one article: metadata, images and paragraphs
  search <query>            ranked full-text search over the bundled corpus
  quotes [--speaker X] [--article ID] [--kind K]
                            who said what: direct, partial and reported speech
  figures [--kind K] [--article ID]
                            every number: money, percent, quantity, count,
                            duration, ordinal, year, date — normalized
  entities [--type T] [--article ID]
                            people, organisations, places, initiatives, events
  links <id> [--limit n]    related articles, with the reasons
  facts                     figures stated in more than one article, compared
  ingest <dump.txt> --out <dir>
                            split a raw dump into one markdown file per article
                            (plus messages.json with anything odd)
  extract [file|-] [--format raw|ndjson] [--workers n] [--only types]
                            stream NDJSON records (article, quote, term, figure,
                            entity, mention, message) from a raw dump or NDJSON
                            articles, in constant memory

Options:
  --json                    machine-readable output
  --limit <n>               search: maximum results (default 10)
  -h, --help                this help`;

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** extract: what `-` reads (default process.stdin). */
  stdin?: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>;
  /** extract: resolves when stdout can take more output (backpressure). */
  drain?: () => Promise<void>;
  /** extract: shows a progress line in place; only given when stderr is a terminal. */
  progress?: (text: string, final: boolean) => void;
}

/** Runs the CLI with `argv` (without node and script); returns the exit code (a promise for `extract`, which streams). */
export function runCli(argv: string[], io: CliIO): number | Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        limit: { type: 'string' },
        out: { type: 'string' },
        speaker: { type: 'string' },
        type: { type: 'string' },
        article: { type: 'string' },
        kind: { type: 'string' },
        format: { type: 'string' },
        workers: { type: 'string' },
        only: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || !command) {
      io.stdout(usage);
      return command || values.help ? 0 : 1;
    }
    const print = (data: unknown, text: () => string) => io.stdout(values.json ? JSON.stringify(data, null, 2) : text());
    switch (command) {
      case 'list': {
        print(
          articles.map(({ id, title, kind, published }) => ({ id, title, kind, published: published?.date ?? null })),
          () => articles.map((a, i) => `${String(i + 1).padStart(2)}  ${(a.published?.date ?? '?').slice(0, 10).padEnd(10)}  ${a.kind.padEnd(9)}  ${a.title}\n    ${a.id}`).join('\n'),
        );
        return 0;
      }
      case 'show': {
        const id = one(rest, 'show <id>');
        const article = getArticle(id);
        if (!article) throw unknownArticle(id);
        print(article, () => formatArticle(article));
        return 0;
      }
      case 'search': {
        const query = rest.join(' ');
        if (!query.trim()) throw new UsageError('search needs a query: gt-corpus search <query>');
        const limit = values.limit === undefined ? 10 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a non-negative integer, got “${values.limit}”`);
        const results = search(query, { limit });
        print(results, () =>
          results.length === 0
            ? `no matches for “${query}”`
            : results.map((r) => `${r.score.toFixed(2).padStart(6)}  ${r.paragraphId ?? `${r.articleId} (${r.field})`}\n        ${highlightSnippet(r.snippet, '[', ']')}`).join('\n'),
        );
        return 0;
      }
      case 'quotes': {
        const kind = values.kind;
        if (kind !== undefined && !isOneOf(quoteKinds, kind)) throw new UsageError(`--kind must be one of ${quoteKinds.join(', ')}, got “${kind}”`);
        if (values.article !== undefined && !getArticle(values.article)) throw unknownArticle(values.article);
        const found = quotes({
          ...(values.article === undefined ? {} : { articleId: values.article }),
          ...(values.speaker === undefined ? {} : { speaker: values.speaker }),
          ...(kind === undefined ? {} : { kind: kind as 'direct' | 'partial' | 'indirect' }),
        });
        print(found, () =>
          found.length === 0
            ? 'no quotes match'
            : found.map((q) => `${q.paragraphId}  ${q.kind.padEnd(8)}  ${q.speaker?.name ?? '(unattributed)'}${q.cue ? ` — ${q.cue.text}` : ''}\n    ${q.kind === 'indirect' ? q.text : `“${q.text}”`}`).join('\n'),
        );
        return 0;
      }
      case 'figures': {
        const kind = values.kind;
        if (kind !== undefined && !isOneOf(figureKinds, kind)) throw new UsageError(`--kind must be one of ${figureKinds.join(', ')}, got “${kind}”`);
        if (values.article !== undefined && !getArticle(values.article)) throw unknownArticle(values.article);
        const found = figures({
          ...(values.article === undefined ? {} : { articleId: values.article }),
          ...(kind === undefined ? {} : { kind: kind as FigureKind }),
        });
        print(found, () =>
          found.length === 0
            ? 'no figures match'
            : found.map((f) => `${f.paragraphId}  ${f.kind.padEnd(8)}  ${f.text}  →  ${formatFigure(f)}${f.unit ? `  [${f.unit}]` : ''}`).join('\n'),
        );
        return 0;
      }
      case 'entities': {
        const type = values.type;
        if (type !== undefined && !isOneOf(entityTypes, type)) throw new UsageError(`--type must be one of ${entityTypes.join(', ')}, got “${type}”`);
        if (values.article !== undefined && !getArticle(values.article)) throw unknownArticle(values.article);
        const found = entities({
          ...(type === undefined ? {} : { type: type as 'person' }),
          ...(values.article === undefined ? {} : { articleId: values.article }),
        });
        print(found, () =>
          found.map((e) => `${e.type.padEnd(12)}  ${e.name}${e.aliases.length ? ` (${e.aliases.join(', ')})` : ''}  — ${e.mentionCount} mention(s) in ${e.articleIds.length} article(s)  [${e.id}]`).join('\n'),
        );
        return 0;
      }
      case 'links': {
        const id = one(rest, 'links <id>');
        if (!getArticle(id)) throw unknownArticle(id);
        const limit = values.limit === undefined ? 5 : Number(values.limit);
        if (!Number.isInteger(limit) || limit < 0) throw new UsageError(`--limit must be a non-negative integer, got “${values.limit}”`);
        const related = relatedArticles(id, { limit });
        print(related, () =>
          related.length === 0
            ? 'no related articles'
            : related.map((r) => `${r.score.toFixed(2).padStart(6)}  ${r.title}\n        ${r.articleId}\n${r.reasons.slice(0, 6).map((x) => `        - ${describe(x)}`).join('\n')}`).join('\n'),
        );
        return 0;
      }
      case 'facts': {
        const groups = compareFigures();
        print(groups, () =>
          groups.map((g) => `${g.classification.padEnd(11)}  ${g.kind}${g.unit ? ` (${g.unit})` : ''}${g.measure ? ` — ${g.measure}` : ''}\n${g.statements.map((st) => `        ${st.text}${st.period ? ` [${st.period}]` : ''}  ${st.paragraphId}\n          “${st.sentence}”`).join('\n')}`).join('\n'),
        );
        return 0;
      }
      case 'ingest': {
        const file = one(rest, 'ingest <dump.txt> --out <dir>');
        if (!values.out) throw new UsageError('ingest needs --out <dir>');
        const raw = readText(file);
        const { articles: parsed, messages } = parseCorpus(raw);
        mkdirSync(values.out, { recursive: true });
        const written = parsed.map((article, i) => {
          const name = `${String(i + 1).padStart(2, '0')}-${article.id}.md`;
          writeFileSync(join(values.out!, name), articleToMarkdown(article));
          return name;
        });
        writeFileSync(join(values.out, 'messages.json'), `${JSON.stringify(messages, null, 2)}\n`);
        print({ files: written, messages }, () =>
          [`wrote ${written.length} article(s) to ${values.out}`, ...messages.map((m) => `${file}:${m.place.line}:${m.place.column}: ${m.severity}: ${m.reason} [${m.ruleId}]`)].join('\n'),
        );
        return 0;
      }
      case 'extract': {
        if (rest.length > 1) throw new UsageError('expected: gt-corpus extract [file|-]');
        return runExtract({ file: rest[0] ?? '-', format: values.format, workers: values.workers, only: values.only }, io);
      }
      default:
        throw new UsageError(`unknown command “${command}” (try --help)`);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`gt-corpus: ${message.split('\n')[0]}`);
    return 1;
  }
}

function unknownArticle(id: string): UsageError {
  return new UsageError(`unknown article id “${id}” (see \`gt-corpus list\`)`);
}

function one(rest: string[], form: string): string {
  if (rest.length !== 1) throw new UsageError(`expected: gt-corpus ${form}`);
  return rest[0]!;
}

function readText(file: string): string {
  try {
    return file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`cannot read “${file}” (${code})`);
  }
}

function formatArticle(article: Article): string {
  const lines = [article.title, `id: ${article.id}   kind: ${article.kind}   published: ${article.published?.date ?? 'unknown'}   words: ${article.wordCount}`];
  let heading: string | null = null;
  const imagesAt = (n: number) => article.images.filter((i) => i.position === n);
  for (const paragraph of article.paragraphs) {
    for (const image of imagesAt(paragraph.index)) lines.push('', `[image] ${image.caption} (${image.credit})`);
    if (paragraph.heading !== heading) {
      heading = paragraph.heading;
      if (heading) lines.push('', `## ${heading}`);
    }
    lines.push('', `${paragraph.id}  ${paragraph.text}`);
  }
  return lines.join('\n');
}
