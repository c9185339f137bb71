/**
 * Errors thrown by gt-corpus. Recoverable parse problems are returned as
 * {@link Message}s instead; these are for misuse and unrecoverable input.
 */

/** Shared across copies of the package (ESM + CJS loaded together) so `instanceof` still works. */
const brand = Symbol.for('gt-corpus.error');

/** Machine-readable error codes; see docs/errors.md. */
export type GtCorpusErrorCode =
  | 'ERR_INVALID_ARGUMENT'
  | 'ERR_FRONT_MATTER'
  | 'ERR_MARKDOWN'
  | 'ERR_NDJSON'
  | 'ERR_BUNDLED_DATA';

/** A 1-based position in a text file, as editors show it. */
export interface Place {
  line: number;
  column: number;
}

export interface GtCorpusErrorOptions {
  code: GtCorpusErrorCode;
  /** File the problem is in, when there is one. */
  file?: string;
  place?: Place;
  /** Field path inside structured input, e.g. `['published', 'date']`. */
  path?: ReadonlyArray<string | number>;
  cause?: unknown;
}

/**
 * Base class of every error gt-corpus throws. `instanceof GtCorpusError` also
 * holds for {@link GtCorpusArgumentError}, which additionally is a `TypeError`.
 */
export class GtCorpusError extends Error {
  readonly code: GtCorpusErrorCode;
  readonly file: string | undefined;
  readonly place: Place | undefined;
  readonly path: ReadonlyArray<string | number> | undefined;
  declare readonly [brand]: true;

  constructor(message: string, options: GtCorpusErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GtCorpusError';
    this.code = options.code;
    this.file = options.file;
    this.place = options.place;
    this.path = options.path;
    Object.defineProperty(this, brand, { value: true });
  }

  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && brand in value;
  }
}

/** Thrown when a public function receives an argument of the wrong type or shape. */
export class GtCorpusArgumentError extends TypeError {
  readonly code = 'ERR_INVALID_ARGUMENT' as const;
  /** Name of the offending parameter, e.g. `raw` or `options.limit`. */
  readonly parameter: string;
  declare readonly [brand]: true;

  constructor(parameter: string, expected: string, received: unknown) {
    super(`gt-corpus: parameter \`${parameter}\` must be ${expected}, received ${describe(received)}`);
    this.name = 'GtCorpusArgumentError';
    this.parameter = parameter;
    Object.defineProperty(this, brand, { value: true });
  }
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value}`;
}

/** Throws {@link GtCorpusArgumentError} unless `value` is a string. */
export function assertString(value: unknown, parameter: string): asserts value is string {
  if (typeof value !== 'string') throw new GtCorpusArgumentError(parameter, 'a string', value);
}

/**
 * Throws unless `value` is undefined or a plain object (options bags). With
 * `known`, an unknown key is an error too, so a typo such as `{ article: … }`
 * for `{ articleId: … }` fails loudly instead of silently matching everything.
 */
export function assertOptions(value: unknown, parameter: string, known?: readonly string[]): void {
  if (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value))) {
    throw new GtCorpusArgumentError(parameter, 'an options object or undefined', value);
  }
  if (value && known) {
    for (const key of Object.keys(value)) {
      if (!known.includes(key)) throw new GtCorpusArgumentError(`${parameter}.${key}`, `a known option (${known.join(', ')})`, (value as Record<string, unknown>)[key]);
    }
  }
}
