/**
 * Numbers written as English words: cardinals ("two hundred", "twenty-five",
 * "a dozen"), ordinals ("fourth", "twenty-first") and fraction words ("third",
 * "quarters"). Works on tokens so hyphenated compounds and their offsets come
 * for free.
 */
import { touching, type Token } from './tokens';

const units = new Map<string, number>([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17],
  ['eighteen', 18], ['nineteen', 19],
]);
const tens = new Map<string, number>([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);
const scales = new Map<string, number>([
  ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

const ordinalUnits = new Map<string, number>([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8], ['ninth', 9],
  ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14], ['fifteenth', 15], ['sixteenth', 16],
  ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19],
]);
const ordinalTens = new Map<string, number>([
  ['twentieth', 20], ['thirtieth', 30], ['fortieth', 40], ['fiftieth', 50], ['sixtieth', 60], ['seventieth', 70], ['eightieth', 80],
  ['ninetieth', 90], ['hundredth', 100], ['thousandth', 1000],
]);

/** Denominators of fraction words, singular and plural ("third", "thirds", "quarter"). */
const fractions = new Map<string, number>([
  ['half', 2], ['halves', 2], ['third', 3], ['thirds', 3], ['quarter', 4], ['quarters', 4], ['fifth', 5], ['fifths', 5], ['sixth', 6],
  ['sixths', 6], ['seventh', 7], ['sevenths', 7], ['eighth', 8], ['eighths', 8], ['ninth', 9], ['ninths', 9], ['tenth', 10], ['tenths', 10],
]);

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
export function parseNumberWords(tokens: readonly Token[], i: number): WordNumber | null {
  let j = i;
  let total = 0;
  let current = 0;
  let seen = false;
  // What the previous word was, to reject "five twenty" and "thousand thousand".
  let prev: 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'scale' = 'none';
  let last = -1;
  let lastScale = Infinity;
  const first = tokens[j];
  if (first?.type === 'word' && (first.lower === 'a' || first.lower === 'an')) {
    const after = tokens[j + 1]?.lower ?? '';
    if (after !== 'hundred' && after !== 'dozen' && !scales.has(after)) return null;
    current = 1;
    j++;
  }
  for (let steps = 0; j < tokens.length && steps < maxWords; steps++) {
    const t = tokens[j]!;
    if (t.type === 'punct' && t.text === '-' && seen && touching(tokens[j - 1], t) && touching(t, tokens[j + 1]) && isNumberWord(tokens[j + 1]?.lower ?? '')) {
      j++;
      continue;
    }
    if (t.type !== 'word') break;
    const w = t.lower;
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
    } else if (w === 'and' && (prev === 'hundred' || prev === 'scale') && isNumberWord(tokens[j + 1]?.lower ?? '') && !scales.has(tokens[j + 1]!.lower)) {
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
export function parseOrdinalWord(tokens: readonly Token[], i: number): WordNumber | null {
  const t = tokens[i];
  if (t?.type !== 'word') return null;
  const simple = ordinalUnits.get(t.lower) ?? ordinalTens.get(t.lower);
  if (simple !== undefined) return { value: simple, next: i + 1, last: i };
  const ten = tens.get(t.lower);
  const dash = tokens[i + 1];
  const unit = tokens[i + 2];
  if (ten !== undefined && dash?.text === '-' && touching(t, dash) && touching(dash, unit) && unit?.type === 'word') {
    const u = ordinalUnits.get(unit.lower);
    if (u !== undefined && u < 10) return { value: ten + u, next: i + 3, last: i + 2 };
  }
  return null;
}

/** Every ordinal, cardinal and fraction word, for a quick first check. */
export const numberLikeWords: ReadonlySet<string> = new Set([...units.keys(), ...tens.keys(), ...scales.keys(), 'hundred', 'dozen', ...ordinalUnits.keys(), ...ordinalTens.keys()]);

/** True when `lower` is an ordinal word on its own ("first" … "thousandth"). */
export function isOrdinalWord(lower: string): boolean {
  return ordinalUnits.has(lower) || ordinalTens.has(lower);
}

/** Denominator of a fraction word ("third" → 3, "quarters" → 4), or undefined. */
export function fractionDenominator(lower: string): number | undefined {
  return fractions.get(lower);
}
