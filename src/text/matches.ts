/**
 * Every match of a global regular expression in `text`, collected before
 * returning, so a caller may recurse or reuse the pattern while it loops.
 * Unlike `text.matchAll(pattern)`, this does not clone the pattern on every
 * call, which showed up in profiles of the per-word extractors.
 *
 * @example
 * matches(/\d+/g, 'a1b22c333').map((m) => m[0]) // => ['1', '22', '333']
 */
export function matches(pattern: RegExp, text: string): RegExpExecArray[] {
  if (!pattern.global) throw new TypeError(`matches() needs a global pattern, got ${pattern}`);
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    // An empty match would otherwise repeat forever at the same place.
    if (m[0] === '') pattern.lastIndex++;
  }
  pattern.lastIndex = 0;
  return found;
}

/**
 * Visits every match of a global regular expression in `text` as it is found,
 * without collecting them: for loops over a whole paragraph, where a megabyte
 * of text would otherwise keep every match alive at once. `visit` must not
 * use `pattern` itself (use `matches` for that).
 *
 * @example
 * forEachMatch(/\d+/g, 'a1b22', (m) => console.log(m[0])) // logs '1', then '22'
 */
export function forEachMatch(pattern: RegExp, text: string, visit: (match: RegExpExecArray) => void): void {
  if (!pattern.global) throw new TypeError(`forEachMatch() needs a global pattern, got ${pattern}`);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const next = pattern.lastIndex;
    visit(m);
    // An empty match would otherwise repeat forever at the same place.
    pattern.lastIndex = m[0] === '' ? next + 1 : next;
  }
  pattern.lastIndex = 0;
}
