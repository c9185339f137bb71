/** A run of capitalised words, possibly joined by connectors ("Ministry of Commerce"). */
export interface CapitalizedRun {
  text: string;
  start: number;
  end: number;
  /** Offsets of each word in the run. */
  words: Array<{ text: string; start: number; end: number }>;
}

// "U.S." stays one word; otherwise letters, digits, apostrophes, ampersands and hyphens.
const wordPattern = /\p{Lu}\.(?:\p{Lu}\.)+|[\p{L}\p{N}][\p{L}\p{N}’'&-]*/gu;
// ASCII fast paths: these run once per word of every paragraph.
const isCapitalized = (w: string) => {
  const c = w.charCodeAt(0);
  return c < 128 ? c >= 65 && c <= 90 : /^\p{Lu}/u.test(w);
};
const onlySpace = (text: string, from: number, to: number) => {
  if (to <= from) return false;
  if (to - from === 1 && text.charCodeAt(from) === 32) return true;
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
};

/**
 * Splits text into runs of capitalised words separated only by whitespace,
 * with up to two connector words inside ("Belt and Road Initiative", "Boao
 * Forum for Asia", "Great Hall of the People"). A hand-written scan rather than
 * one big regular expression, so matching stays linear on any input.
 *
 * @param connectors Lowercase words allowed between capitalised words.
 * @param maxWords Longest run; a longer one is cut and a new run starts.
 * @example
 * capitalizedRuns('He met the Ministry of Commerce in Paris.', new Set(['of'])).map((r) => r.text)
 * // => ['He', 'Ministry of Commerce', 'Paris']
 */
export function capitalizedRuns(text: string, connectors: ReadonlySet<string>, maxWords = 13): CapitalizedRun[] {
  const runs: CapitalizedRun[] = [];
  let current: CapitalizedRun['words'] = [];
  let pending: CapitalizedRun['words'] = [];
  const close = () => {
    if (current.length) {
      const start = current[0]!.start;
      const end = current[current.length - 1]!.end;
      runs.push({ text: text.slice(start, end), start, end, words: current });
    }
    current = [];
    pending = [];
  };
  for (const m of text.matchAll(wordPattern)) {
    const w = { text: m[0], start: m.index, end: m.index + m[0].length };
    const previous = pending.length ? pending[pending.length - 1]! : current[current.length - 1];
    const joined = previous !== undefined && onlySpace(text, previous.end, w.start);
    if (isCapitalized(w.text)) {
      if (current.length && joined && current.length + pending.length < maxWords) {
        current.push(...pending, w);
        pending = [];
      } else {
        close();
        current = [w];
      }
    } else if (current.length && joined && pending.length < 2 && connectors.has(w.text)) {
      pending.push(w);
    } else {
      close();
    }
  }
  close();
  return runs;
}
