const every: Array<Memo<unknown>> = [];

/**
 * Remembered results of a pure function of a string, for work the extractors
 * repeat on the same short texts (a name read as a speaker phrase by both the
 * quote extractor and the entity detector, an entity name's slug). Bounded:
 * once full it starts over, so memory stays constant however much text goes
 * through, and lookups stay constant-time.
 *
 * @example
 * const lengths = new Memo<number>(2);
 * lengths.get('ab') ?? lengths.set('ab', 2) // => 2
 */
export class Memo<V> {
  private readonly map = new Map<string, V>();

  constructor(private readonly limit = 4096) {
    every.push(this as Memo<unknown>);
  }

  /** The value remembered for `key`, or undefined. */
  get(key: string): V | undefined {
    return this.map.get(key);
  }

  /** Remembers `value` for `key` and returns it. */
  set(key: string, value: V): V {
    if (this.map.size >= this.limit) this.map.clear();
    this.map.set(detach(key), value);
    return value;
  }

  get size(): number {
    return this.map.size;
  }

  clear(): void {
    this.map.clear();
  }
}

/**
 * A copy of `text` that shares no memory with the string it was sliced from.
 * Engines keep a slice's whole parent alive (V8 slices strings of 13 or more
 * characters), so a remembered name sliced from a paragraph would otherwise
 * hold the paragraph, or a whole input chunk, for as long as the memo lives.
 */
export function detach(text: string): string {
  return text.length < 13 ? text : (JSON.parse(JSON.stringify(text)) as string);
}

/** Empties every memo (benchmarks use it to measure a cold run). */
export function forgetMemos(): void {
  for (const memo of every) memo.clear();
}
