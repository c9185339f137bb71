/**
 * Terms of the index that a query word may stand for: longer words it is the
 * start of, and words a small edit away from it. Both walk sorted term lists
 * (all terms, and the terms of each length) as a trie would be walked.
 */

/** Index of the first of `sorted[from…to)` that is not below `key`. */
function lowerBound(sorted: readonly string[], key: string, from = 0, to = sorted.length): number {
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `a` and `b` share their first `length` code units. */
function sameStart(a: string, b: string, length: number): boolean {
  if (a.length < length || b.length < length) return false;
  for (let i = 0; i < length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) return false;
  return true;
}

/** Index of the first term after `from` that does not share `term`'s first `length` code units (those that do are contiguous). */
function endOfPrefix(sorted: readonly string[], term: string, length: number, from: number): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sameStart(sorted[mid]!, term, length)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// The edit-distance rows, kept from call to call.
let table = new Uint8Array(256);

/** Positions in `sorted` of the terms that start with `prefix` and are longer than it. */
export function longerWithPrefix(sorted: readonly string[], prefix: string): number[] {
  const found: number[] = [];
  for (let i = lowerBound(sorted, prefix); i < sorted.length && sorted[i]!.startsWith(prefix); i++) {
    if (sorted[i]!.length > prefix.length) found.push(i);
  }
  return found;
}

/**
 * Calls `found(position, distance)` for every term of `sorted` within
 * `maxDistance` edits (Levenshtein: insert, delete or substitute one code
 * unit) of `word`, other than `word` itself. Every term of `sorted` must be
 * `length` code units long (the index keeps one sorted list per length).
 *
 * The list is walked as a trie would be: the rows of the edit-distance table
 * for the prefix a term shares with the one before are kept, and once a row
 * shows that no term of this length with this prefix can come within
 * `maxDistance`, all of them are skipped. Only the diagonal band of width
 * 2·maxDistance + 1 is computed, so a row costs O(maxDistance).
 */
export function withinDistance(sorted: readonly string[], length: number, word: string, maxDistance: number, found: (position: number, distance: number) => void): void {
  const n = word.length;
  const gap = length - n;
  if (sorted.length === 0 || Math.abs(gap) > maxDistance) return;
  const far = maxDistance + 1;
  const width = 2 * maxDistance + 1;
  // Row i, cell k: the distance between the term's first i code units and the
  // word's first j = i - maxDistance + k (far when beyond maxDistance).
  if (table.length < (length + 1) * width) table = new Uint8Array(2 * (length + 1) * width);
  const rows = table;
  for (let k = 0; k < width; k++) {
    const j = k - maxDistance;
    rows[k] = j < 0 || j > n ? far : Math.min(j, far);
  }
  let previous = '';
  let valid = 0; // rows 1…valid hold `previous`'s first code units
  let i = 0;
  while (i < sorted.length) {
    const term = sorted[i]!;
    let row = 0;
    while (row < valid && term.charCodeAt(row) === previous.charCodeAt(row)) row++;
    let pruned = false;
    while (row < length) {
      const code = term.charCodeAt(row);
      const above = row * width;
      row++;
      const here = row * width;
      // The least the whole term can end at: a cell plus the difference of what is left of each.
      let least = far;
      for (let k = 0; k < width; k++) {
        const j = row - maxDistance + k;
        let value: number;
        if (j < 0 || j > n) value = far;
        else if (j === 0) value = Math.min(row, far);
        else {
          value = rows[above + k]! + (code === word.charCodeAt(j - 1) ? 0 : 1);
          if (k + 1 < width && rows[above + k + 1]! + 1 < value) value = rows[above + k + 1]! + 1;
          if (k > 0 && rows[here + k - 1]! + 1 < value) value = rows[here + k - 1]! + 1;
          if (value > far) value = far;
        }
        rows[here + k] = value;
        const bound = value + Math.abs(length - row - (n - j));
        if (bound < least) least = bound;
      }
      if (least > maxDistance) {
        pruned = true;
        break;
      }
    }
    previous = term;
    valid = row;
    if (pruned) {
      i = endOfPrefix(sorted, term, row, i + 1);
      continue;
    }
    const distance = rows[length * width + maxDistance - gap]!;
    if (distance > 0 && distance <= maxDistance) found(i, distance);
    i++;
  }
}
