/**
 * Numerals: digit strings in any of the scripts the tokenizer accepts, with
 * thousands separators and a decimal point, turned into a plain decimal
 * mantissa; scale words ("billion", "bn", "m"); and the exact-or-not number.
 */
import { digitValue, pairs } from './tokens';

/**
 * The ASCII decimal form of a numeral token: separators dropped, any decimal
 * point as ".", Arabic-Indic and full-width digits mapped to 0–9.
 *
 * @example
 * normalizeNumeral('1,234.5') // => '1234.5'
 * normalizeNumeral('٣٠') // => '30'
 */
export function normalizeNumeral(numeral: string): string {
  let out = '';
  for (let i = 0; i < numeral.length; i++) {
    const c = numeral.charCodeAt(i);
    const d = digitValue(c);
    if (d !== -1) out += String.fromCharCode(0x30 + d);
    else if (c === 0x2e || c === 0x66b || c === 0xff0e) out += '.';
  }
  return out;
}

/** Power of ten of a scale word written out or abbreviated after a space ("2.5 billion", "3 bn"). */
const spacedScales = pairs('thousand:3 million:6 mn:6 mln:6 billion:9 bn:9 bln:9 trillion:12 tn:12 trn:12 lakh:5 lakhs:5 crore:7 crores:7', Number);

/** Scale suffixes written against the digits ("$1.5bn", "6m", "$50k"); upper-case ones only after a currency. */
const attachedScales = pairs('k:3 m:6 mn:6 mln:6 bn:9 b:9 bln:9 tn:12 trn:12', Number);
const attachedUpperScales = pairs('K:3 M:6 MN:6 B:9 BN:9 T:12 TN:12', Number);

/** Power of ten of a spaced scale word (lowercase), or undefined. */
export function spacedScale(lower: string): number | undefined {
  return spacedScales.get(lower);
}

/** Power of ten of a suffix glued to the digits, or undefined; `afterCurrency` allows "$5M". */
export function attachedScale(text: string, afterCurrency: boolean): number | undefined {
  return attachedScales.get(text) ?? (afterCurrency ? attachedUpperScales.get(text) : undefined);
}

export interface NumberValue {
  value: number;
  /** False when the double is not exactly what the text says. */
  exact: boolean;
}

/**
 * `mantissa × 10^exponent`, negated when asked, as the correctly rounded double.
 * Values beyond the finite range are clamped to ±Number.MAX_VALUE; `exact` is
 * false beyond Number.MAX_SAFE_INTEGER or past 15 significant digits.
 *
 * @example
 * toNumber('2.498', 9) // => { value: 2498000000, exact: true }
 * toNumber('62', -2) // => { value: 0.62, exact: true }
 */
export function toNumber(mantissa: string, exponent = 0, negative = false): NumberValue {
  let value = Number(`${mantissa || '0'}e${exponent}`);
  if (Number.isNaN(value)) value = 0;
  // An integer up to MAX_SAFE_INTEGER is exact; a fraction only while its digits fit a double.
  const integral = fractionDigits(mantissa) <= exponent;
  let exact = Math.abs(value) <= Number.MAX_SAFE_INTEGER && (integral || significantDigits(mantissa) <= 15);
  if (!Number.isFinite(value)) {
    value = Number.MAX_VALUE;
    exact = false;
  }
  if (negative && value !== 0) value = -value;
  return { value, exact };
}

function significantDigits(mantissa: string): number {
  let first = 0;
  while (first < mantissa.length && (mantissa[first] === '0' || mantissa[first] === '.')) first++;
  let last = mantissa.length;
  if (mantissa.includes('.')) while (last > first && mantissa[last - 1] === '0') last--;
  let count = 0;
  for (let i = first; i < last; i++) if (mantissa[i] !== '.') count++;
  return count;
}

function fractionDigits(mantissa: string): number {
  const dot = mantissa.indexOf('.');
  if (dot === -1) return 0;
  let last = mantissa.length;
  while (last > dot + 1 && mantissa[last - 1] === '0') last--;
  return last - dot - 1;
}

/** Digits before the decimal point of a normalized mantissa ("2023" → 4, "12.5" → 2). */
export function integerDigits(mantissa: string): number {
  const dot = mantissa.indexOf('.');
  return dot === -1 ? mantissa.length : dot;
}
