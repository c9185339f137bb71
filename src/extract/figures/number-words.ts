/**
 * Numbers written as English words: cardinals ("two hundred", "twenty-five",
 * "a dozen"), ordinals ("fourth", "twenty-first") and fraction words ("third",
 * "quarters"). Works on tokens so hyphenated compounds and their offsets come
 * for free.
 */
import type { Tokens } from './tokens';

/** Words listed in order of value: `value(i)` of the i-th. */
const valued = (words: string, value: (i: number) => number) => new Map(words.split(' ').map((w, i) => [w, value(i)]));

const units = valued('zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen', (i) => i);
const tens = valued('twenty thirty forty fifty sixty seventy eighty ninety', (i) => 20 + 10 * i);
const scales = valued('thousand million billion trillion', (i) => 1000 ** (i + 1));

const ordinalUnits = valued(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth',
  (i) => i + 1,
);
const ordinalTens = valued('twentieth thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth', (i) => 20 + 10 * i).set('hundredth', 100).set('thousandth', 1000);

/** Denominators of fraction words, singular and plural: "half", then the ordinals from "third" to "tenth" with "quarter" for the fourth. */
const fractions = new Map([['half', 2], ['halves', 2]]);
for (const [word, n] of ordinalUnits) {
  if (n < 3 || n > 10) continue;
  const name = n === 4 ? 'quarter' : word;
  fractions.set(name, n).set(`${name}s`, n);
}

/** True for a word that starts or continues a cardinal number ("two", "hundred", "dozen"). */
export function isNumberWord(lower: string): boolean {
  return units.has(lower) || tens.has(lower) || scales.has(lower) || lower === 'hundred' || lower === 'dozen';
}

/** Value of a single cardinal word below 100 ("seven" → 7, "forty" → 40). */
export function smallNumberWord(lower: string): number | undefined {
  return units.get(lower) ?? tens.get(lower);
}

export interface WordNumber {
  value: number;
  /** Index of the first token after the number. */
  next: number;
  /** Index of the last token of the number. */
  last: number;
}

const maxWords = 16;

/**
 * Reads a cardinal number written in words starting at token `i`: "two",
 * "twenty-five", "Two-hundred", "one hundred and twenty", "a dozen", "three
 * million", "a hundred". A leading "a"/"an" counts only before hundred,
 * thousand, million, billion, trillion or dozen. Returns null when no number
 * starts at `i`.
 *
 * @example
 * parseNumberWords(tokenize('twenty-five years'), 0) // => { value: 25, next: 3, last: 2 }
 */
export function parseNumberWords(tokens: Tokens, i: number): WordNumber | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  // What the previous word was, to reject "five twenty" and "thousand thousand".
  let prev: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
  let last = -1;
  let lastScale = Infinity;
  const first = tokens.lower(j);
  if (tokens.isWord(j) && (first === 'a' || first === 'an')) {
    const after = tokens.lower(j + 1) ?? '';
    if (after !== 'hundred' && after !== 'dozen' && !scales.has(after)) return null;
    current = 1;
    j++;
  }
  for (let steps = 0; j < tokens.length && steps < maxWords; steps++) {
    const w = tokens.lower(j)!;
    if (w === '-' && seen && tokens.touching(j - 1, j) && tokens.touching(j, j + 1) && isNumberWord(tokens.lower(j + 1) ?? '')) {
      j++;
      continue;
    }
    if (!tokens.isWord(j)) break;
    const u = units.get(w);
    const te = tens.get(w);
    if (u !== undefined) {
      if (prev === 'unit' || prev === 'teen' || (prev === 'tens' && u >= 10) || (u === 0 && seen)) break;
      current += u;
      prev = u >= 10 ? 'teen' : 'unit';
    } else if (te !== undefined) {
      if (prev === 'unit' || prev === 'teen' || prev === 'tens') break;
      current += te;
      prev = 'tens';
    } else if (w === 'hundred') {
      if (current === 0 || prev === 'hundred' || current >= 100) break;
      current *= 100;
      prev = 'hundred';
    } else if (w === 'dozen') {
      if (prev === 'tens' || prev === 'hundred' || prev === 'scale') break;
      current = (current || 1) * 12;
      prev = 'scale';
    } else if (scales.has(w)) {
      const scale = scales.get(w)!;
      // Scales must fall: "two million three hundred thousand", not "thousand million".
      if (current === 0 || scale >= lastScale) break;
      total += current * scale;
      current = 0;
      lastScale = scale;
      prev = 'scale';
    } else if (w === 'and' && (prev === 'hundred' || prev === 'scale') && isNumberWord(tokens.lower(j + 1) ?? '') && !scales.has(tokens.lower(j + 1)!)) {
      j++;
      continue;
    } else {
      break;
    }
    seen = true;
    last = j;
    j++;
  }
  if (!seen) return null;
  return { value: total + current, next: last + 1, last };
}

/**
 * Reads an ordinal word at token `i`: "fourth", "twentieth", "twenty-first".
 *
 * @example
 * parseOrdinalWord(tokenize('twenty-first century'), 0) // => { value: 21, next: 3, last: 2 }
 */
export function parseOrdinalWord(tokens: Tokens, i: number): WordNumber | null {
  if (!tokens.isWord(i)) return null;
  const w = tokens.lower(i)!;
  const simple = ordinalUnits.get(w) ?? ordinalTens.get(w);
  if (simple !== undefined) return { value: simple, next: i + 1, last: i };
  const ten = tens.get(w);
  if (ten !== undefined && tokens.text(i + 1) === '-' && tokens.touching(i, i + 1) && tokens.touching(i + 1, i + 2) && tokens.isWord(i + 2)) {
    const u = ordinalUnits.get(tokens.lower(i + 2)!);
    if (u !== undefined && u < 10) return { value: ten + u, next: i + 3, last: i + 2 };
  }
  return null;
}

/** Every ordinal, cardinal and fraction word, for a quick first check. */
export const numberLikeWords: ReadonlySet<string> = new Set([...units.keys(), ...tens.keys(), ...scales.keys(), 'hundred', 'dozen', ...ordinalUnits.keys(), ...ordinalTens.keys()]);

/** Denominator of a fraction word ("third" → 3, "quarters" → 4), or undefined. */
export function fractionDenominator(lower: string): number | undefined {
  return fractions.get(lower);
}
