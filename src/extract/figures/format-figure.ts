/**
 * formatFigure: a figure's normalized value as a reader would write it, with
 * Intl: currency style for money, percent, unit style where Intl knows the
 * unit (else number + unit word), dates with Intl.DateTimeFormat, ordinals
 * with Intl.PluralRules.
 */
import { GtCorpusArgumentError, assertString } from '../../errors';
import { figureKinds, isOneOf } from '../../model/enums';
import type { Figure } from '../../model/figure';
import { pluralize } from './nouns';

/** Our unit names → Intl unit identifiers (sanctioned simple units). */
const intlUnits = new Map<string, string>([
  ['meter', 'meter'], ['kilometer', 'kilometer'], ['centimeter', 'centimeter'], ['millimeter', 'millimeter'], ['mile', 'mile'], ['foot', 'foot'],
  ['inch', 'inch'], ['yard', 'yard'], ['acre', 'acre'], ['hectare', 'hectare'], ['liter', 'liter'], ['milliliter', 'milliliter'],
  ['gallon', 'gallon'], ['kilogram', 'kilogram'], ['gram', 'gram'], ['ounce', 'ounce'], ['pound', 'pound'], ['degree', 'degree'],
  ['degree Celsius', 'celsius'], ['degree Fahrenheit', 'fahrenheit'], ['byte', 'byte'], ['kilobyte', 'kilobyte'], ['megabyte', 'megabyte'],
  ['gigabyte', 'gigabyte'], ['terabyte', 'terabyte'], ['petabyte', 'petabyte'], ['year', 'year'], ['month', 'month'], ['week', 'week'],
  ['day', 'day'], ['hour', 'hour'], ['minute', 'minute'], ['second', 'second'],
]);

const ordinalSuffixes: Record<string, string> = { one: 'st', two: 'nd', few: 'rd', other: 'th' };

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat | null {
  const key = `${locale}\u0000${JSON.stringify(options)}`;
  let f = formatters.get(key);
  if (!f) {
    try {
      f = new Intl.NumberFormat(locale, options);
    } catch {
      return null;
    }
    formatters.set(key, f);
  }
  return f;
}

/** Decimals the value needs (up to 20), so "7.2912" stays "7.2912". */
function decimals(value: number): number {
  const text = String(value);
  if (text.includes('e')) return Number.isInteger(value) ? 0 : 20;
  const dot = text.indexOf('.');
  return dot === -1 ? 0 : Math.min(20, text.length - dot - 1);
}

function plainNumber(value: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: decimals(value) })!.format(value);
}

function withUnitWord(value: number, unit: string | null, per: string | null, locale: string): string {
  const n = plainNumber(value, locale);
  const word = unit === null ? '' : ` ${Math.abs(value) === 1 ? unit : pluralizePhrase(unit)}`;
  return `${n}${word}${per ? ` per ${per}` : ''}`;
}

/** "square kilometer" → "square kilometers", "degree Celsius" → "degrees Celsius". */
function pluralizePhrase(unit: string): string {
  if (unit === 'TEU' || unit === 'fraction') return unit === 'TEU' ? 'TEU' : unit;
  if (/^degree /.test(unit)) return unit.replace(/^degree/, 'degrees');
  const parts = unit.split(' ');
  parts[parts.length - 1] = pluralize(parts[parts.length - 1]!);
  return parts.join(' ');
}

function formatDate(value: string, locale: string): string {
  const m = /^(?:(\d{4})|-)(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(value);
  if (!m) return value;
  const year = m[1] === undefined ? null : Number(m[1]);
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC' };
  if (year !== null) options.year = 'numeric';
  if (month !== null) options.month = 'long';
  if (day !== null) options.day = 'numeric';
  // A leap year stands in for an unknown one so "--02-29" still formats.
  const date = new Date(Date.UTC(year ?? 2000, (month ?? 1) - 1, day ?? 1));
  if (year !== null && year < 100) date.setUTCFullYear(year);
  return new Intl.DateTimeFormat(locale, options).format(date);
}

function formatOrdinal(value: number, unit: string | null, locale: string): string {
  const language = new Intl.Locale(locale).language;
  const n = plainNumber(value, locale);
  // English suffixes by plural category; other languages get the number with a period ("4.").
  const rank = language === 'en' ? `${n}${ordinalSuffixes[new Intl.PluralRules(locale, { type: 'ordinal' }).select(value)] ?? 'th'}` : `${n}.`;
  return unit ? `${rank} ${unit}` : rank;
}

/**
 * Whether `figure` has what formatFigure reads, with the types FigureSchema
 * gives them: a known `kind`, an ISO string `value` for dates and a finite
 * number otherwise, and `unit` and `per` strings or null. Checked by hand
 * rather than with FigureSchema so the main entry does not load zod.
 */
function isFormattable(figure: unknown): figure is Figure {
  if (typeof figure !== 'object' || figure === null) return false;
  const { kind, value, unit, per } = figure as Record<string, unknown>;
  if (!isOneOf(figureKinds, kind)) return false;
  if (kind === 'date' ? typeof value !== 'string' : typeof value !== 'number' || !Number.isFinite(value)) return false;
  return (unit === null || typeof unit === 'string') && (per === null || typeof per === 'string');
}

/**
 * A figure's value formatted for `locale` (default `en-US`): "$2,498,000,000",
 * "26.3%", "120,000 tons per year", "75 years", "75th anniversary", "May 16, 2024".
 *
 * @param figure A figure from `extractFigures` or `figures`.
 * @param locale A BCP 47 language tag.
 * @example
 * import { extractFigures, formatFigure } from 'gt-corpus';
 * formatFigure(extractFigures('exports of $2.498 billion')[0]) // => '$2,498,000,000'
 * formatFigure(extractFigures('for 75 years')[0], 'de-DE') // => '75 Jahre'
 */
export function formatFigure(figure: Figure, locale = 'en-US'): string {
  assertString(locale, 'locale');
  try {
    Intl.getCanonicalLocales(locale);
  } catch {
    throw new GtCorpusArgumentError('locale', 'a BCP 47 language tag such as en-US', locale);
  }
  if (!isFormattable(figure)) throw new GtCorpusArgumentError('figure', 'a Figure', figure);
  const { kind, value, unit, per } = figure;
  if (kind === 'date') return formatDate(value as string, locale);
  const n = value as number;
  switch (kind) {
    case 'year':
      return numberFormat(locale, { useGrouping: false, maximumFractionDigits: 0 })!.format(n);
    case 'ordinal':
      return formatOrdinal(n, unit, locale);
    case 'money': {
      const f = unit && /^[A-Z]{3}$/.test(unit) ? numberFormat(locale, { style: 'currency', currency: unit, minimumFractionDigits: Number.isInteger(n) ? 0 : undefined, maximumFractionDigits: Math.max(Number.isInteger(n) ? 0 : 2, decimals(n)) }) : null;
      const money = f ? f.format(n) : withUnitWord(n, unit, null, locale);
      return per ? `${money} per ${per}` : money;
    }
    case 'percent':
      if (unit === 'percent' || unit === null) {
        const f = numberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: decimals(n) });
        return f ? f.format(n) : `${plainNumber(n, locale)}%`;
      }
      return withUnitWord(n, unit, per, locale);
    case 'quantity':
    case 'duration': {
      const intl = unit === null ? undefined : intlUnits.get(unit);
      const perIntl = per === null ? undefined : intlUnits.get(per);
      if (intl && (per === null || perIntl)) {
        const f = numberFormat(locale, { style: 'unit', unit: per === null ? intl : `${intl}-per-${perIntl}`, unitDisplay: 'long', maximumFractionDigits: decimals(n) });
        if (f) return f.format(n);
      }
      if (unit === 'fraction') return numberFormat(locale, { maximumFractionDigits: 4 })!.format(n);
      return withUnitWord(n, unit, per, locale);
    }
    default:
      return withUnitWord(n, unit, per, locale);
  }
}
