/**
 * Dates and years: "May 16", "Jan. 31, 2021", "5 January 2026", "July 2023",
 * "mid-October", "mid-2023", "2025-03-01", "2023-24", "fiscal 2024"; and the
 * completion of a month or day without a year from a reference date and the
 * sentence's cues ("since", "until", "last year", "typically").
 */
import { integerDigits, normalizeNumeral } from './numerals';
import { isCapitalized, pairs, words, type Tokens } from './tokens';

const monthNames = 'january february march april may june july august september october november december'.split(' ');
const months = new Map(monthNames.map((name, i) => [name, i + 1]));
/** Three-letter abbreviations ("Jan."; "May" is the name itself) and "Sept". */
const monthAbbreviations = new Map(monthNames.filter((name) => name !== 'may').map((name) => [name.slice(0, 3), months.get(name)!])).set('sept', 9);

/** Lowercased month names and abbreviations, for a quick first check. */
export const monthWords: ReadonlySet<string> = new Set([...months.keys(), ...monthAbbreviations.keys()]);

/** Words before a lone month name that make it a date ("in March", "since mid-August", "end of May"). */
const monthContext = words(`
  in since by until till through from to of during before after early late this last next around about between starting each every
  for mid
`);

export const minYear = 1000;
export const maxYear = 2100;

/** A year-or-less-precise date read from the text; missing parts are null. */
export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface DateMatch extends DateParts {
  /** First and last token of the span. */
  first: number;
  last: number;
}

/** The month named at token `i` (capitalized full name, or abbreviation with optional "."), with its last token. */
export function monthAt(tokens: Tokens, i: number): { month: number; last: number; abbreviated: boolean } | null {
  if (!isCapitalized(tokens, i)) return null;
  const w = tokens.lower(i)!;
  const full = months.get(w);
  if (full !== undefined) return { month: full, last: i, abbreviated: false };
  const short = monthAbbreviations.get(w);
  if (short === undefined) return null;
  return { month: short, last: tokens.text(i + 1) === '.' && tokens.touching(i, i + 1) ? i + 1 : i, abbreviated: true };
}

/** Token `i` as a 4-digit integer numeral in the year range, else null. */
export function yearValue(tokens: Tokens, i: number): number | null {
  if (!tokens.isNum(i) || tokens.end(i) - tokens.start(i) !== 4) return null;
  const m = normalizeNumeral(tokens.text(i)!);
  if (m.length !== 4 || m.includes('.')) return null;
  const y = Number(m);
  return y >= minYear && y <= maxYear ? y : null;
}

/** "st", "nd", "rd" or "th" after a numeral. */
export const isOrdinalSuffix = (lower: string) => /^(?:st|nd|rd|th)$/.test(lower);

/** A day of the month at token `i` ("16", "16th"), with its last token. */
export function dayAt(tokens: Tokens, i: number): { day: number; last: number } | null {
  if (!tokens.isNum(i)) return null;
  const m = normalizeNumeral(tokens.text(i)!);
  if (m.includes('.') || integerDigits(m) > 2) return null;
  const day = Number(m);
  if (day < 1 || day > 31) return null;
  if (tokens.touching(i, i + 1)) {
    const suffix = tokens.lower(i + 1)!;
    if (tokens.isWord(i + 1) && isOrdinalSuffix(suffix)) return { day, last: i + 1 };
    // "16:30", "16-year", "16,000" are not days.
    if (!tokens.isPunct(i + 1) || suffix === ':' || suffix === '-' || suffix === '/') return null;
  }
  return { day, last: i };
}

/** ", 2021" or " 2021" after a date, with its last token. */
export function yearAfter(tokens: Tokens, i: number): { year: number; last: number } | null {
  let k = i;
  if (tokens.text(k) === ',') k++;
  const year = yearValue(tokens, k);
  if (year === null) return null;
  // "May 16, 2024-25" or "2024 percent" would be something else.
  if (tokens.touching(k, k + 1) && !tokens.isPunct(k + 1)) return null;
  return { year, last: k };
}

export const validDay = (month: number, day: number) => day <= [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;

/**
 * The date starting at token `i`, if any: month-first ("May 16", "Jan. 31, 2021",
 * "July 2023"), day-first ("5 January 2026"), ISO ("2025-03-01"), "mid-October",
 * "mid-2023", or a lone month name in date context ("in March", "end of May").
 */
export function matchDate(tokens: Tokens, i: number): DateMatch | null {
  if (tokens.isWord(i) && tokens.lower(i) === 'mid' && tokens.text(i + 1) === '-' && tokens.touching(i, i + 1) && tokens.touching(i + 1, i + 2)) {
    const year = yearValue(tokens, i + 2);
    const glued = tokens.touching(i + 2, i + 3) && !tokens.isPunct(i + 3);
    if (year !== null) return glued ? null : { first: i, last: i + 2, year, month: null, day: null };
    const inner = monthDate(tokens, i + 2, true);
    return inner ? { ...inner, first: i } : null;
  }
  if (tokens.isWord(i)) return monthDate(tokens, i, false);
  if (!tokens.isNum(i)) return null;
  // ISO 8601 calendar date.
  const y = yearValue(tokens, i);
  if (y !== null && tokens.text(i + 1) === '-' && tokens.text(i + 3) === '-' && tokens.touching(i, i + 1) && tokens.touching(i + 1, i + 2) && tokens.touching(i + 2, i + 3) && tokens.touching(i + 3, i + 4)) {
    const mm = tokens.text(i + 2)!;
    const dd = tokens.text(i + 4)!;
    if (tokens.isNum(i + 2) && mm.length === 2 && tokens.isNum(i + 4) && dd.length === 2) {
      const month = Number(normalizeNumeral(mm));
      const day = Number(normalizeNumeral(dd));
      if (month >= 1 && month <= 12 && day >= 1 && validDay(month, day)) return { first: i, last: i + 4, year: y, month, day };
    }
    return null;
  }
  // Day first: "5 January 2026", "16th of May".
  const d = dayAt(tokens, i);
  if (!d) return null;
  let k = d.last + 1;
  if (tokens.lower(k) === 'of') k++;
  const m = monthAt(tokens, k);
  if (!m || !validDay(m.month, d.day)) return null;
  const year = yearAfter(tokens, m.last + 1);
  return { first: i, last: year?.last ?? m.last, year: year?.year ?? null, month: m.month, day: d.day };
}

function monthDate(tokens: Tokens, i: number, afterMid: boolean): DateMatch | null {
  const m = monthAt(tokens, i);
  if (!m) return null;
  const d = dayAt(tokens, m.last + 1);
  if (d && validDay(m.month, d.day)) {
    const year = yearAfter(tokens, d.last + 1);
    return { first: i, last: year?.last ?? d.last, year: year?.year ?? null, month: m.month, day: d.day };
  }
  const year = yearAfter(tokens, m.last + 1);
  if (year) return { first: i, last: year.last, year: year.year, month: m.month, day: null };
  // A lone month name: only a full name, in date context, not a first name ("April Smith").
  if (m.abbreviated) return null;
  const prev = tokens.lower(i - 1);
  // "between January and March": a month after "and"/"or" when a month stands just before.
  const paired = (prev === 'and' || prev === 'or') && (monthAt(tokens, i - 2) !== null || monthAt(tokens, i - 3) !== null);
  const inContext = afterMid || paired || (tokens.isWord(i - 1) && monthContext.has(prev!)) || relativeYearAt(tokens, i + 1) !== null;
  if (!inContext) return null;
  if (isCapitalized(tokens, i + 1) && !afterMid) return null;
  return { first: i, last: i, year: null, month: m.month, day: null };
}

/** "last year" (-1), "this year" (0), "next year" (+1) at token `i`, else null. */
function relativeYearAt(tokens: Tokens, i: number): number | null {
  return tokens.lower(i + 1) === 'year' ? (relativeYears.get(tokens.lower(i)!) ?? null) : null;
}
const relativeYears = pairs('last:-1 previous:-1 this:0 next:1', Number);

export interface YearMatch {
  first: number;
  last: number;
  value: number;
}

/**
 * A year label at token `i`: "fiscal 2024", "FY2024", a split year "2023-24"
 * (value 2023), or a plain 4-digit year. The caller decides whether a plain
 * number in the year range is a year in its context.
 */
export function matchYear(tokens: Tokens, i: number): YearMatch | null {
  const t = tokens.text(i);
  if (tokens.isWord(i) && (tokens.lower(i) === 'fiscal' || t === 'FY')) {
    const year = yearValue(tokens, i + 1);
    // "fiscal 2024", "FY2024", "FY 2024"; "FY24" only glued.
    if (year !== null) return { first: i, last: i + 1, value: year };
    const n = tokens.text(i + 1);
    if (t === 'FY' && tokens.isNum(i + 1) && n!.length === 2 && tokens.touching(i, i + 1)) return { first: i, last: i + 1, value: 2000 + Number(normalizeNumeral(n!)) };
    return null;
  }
  const year = yearValue(tokens, i);
  if (year === null) return null;
  const sep = tokens.text(i + 1);
  const tail = tokens.text(i + 2);
  if ((sep === '-' || sep === '/' || sep === '–') && tokens.touching(i, i + 1) && tokens.touching(i + 1, i + 2) && tokens.isNum(i + 2) && tail!.length === 2) {
    // "2023-24" (a split fiscal year) or "2021-25" (a span in one century): one label, valued at its first year.
    const end = Number(normalizeNumeral(tail!));
    if (end > year % 100 && !(tokens.touching(i + 2, i + 3) && !tokens.isPunct(i + 3))) return { first: i, last: i + 2, value: year };
  }
  return { first: i, last: i, value: year };
}

/** A reference date: year, and month/day when known. */
export interface ReferenceDate {
  year: number;
  month: number | null;
  day: number | null;
}

const isoReference = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

/**
 * Parses an ISO reference date (`2024`, `2024-04`, `2024-04-18` or a full
 * timestamp); null when it is not one. The calendar date is taken as written
 * (the publisher's local date), not converted to UTC.
 *
 * @example
 * parseReferenceDate('2024-03-28T01:07+08:00') // => { year: 2024, month: 3, day: 28 }
 */
export function parseReferenceDate(value: string): ReferenceDate | null {
  const m = isoReference.exec(value);
  if (!m) return null;
  const month = m[2] === undefined ? null : Number(m[2]);
  const day = m[3] === undefined ? null : Number(m[3]);
  if (month !== null && (month < 1 || month > 12)) return null;
  if (day !== null && (day < 1 || !validDay(month!, day))) return null;
  return { year: Number(m[1]), month, day };
}

/** What the sentence says about when an incomplete date falls. */
export interface DateCues {
  /** "last year" → -1, "this year"/"This November" → 0, "next year" → 1. */
  yearOffset: number | null;
  /** "since", "ago", "last March" → past; "until", "by", "will", "next" → future. */
  direction: 'past' | 'future' | null;
  /** A recurring month ("typically … from mid-October until late January"). */
  generic: boolean;
}

const pastCues = words('since ago earlier last previous was were had did');
const futureCues = words('will until till by through next upcoming expected scheduled due shall plans planned coming');
const genericCues = words('typically usually normally generally often annually traditionally every each');

/**
 * Reads the cues for the date spanning tokens `first`–`last` from its sentence
 * (tokens `from`–`to`): nearby words first, then the sentence's tense.
 */
export function dateCues(tokens: Tokens, first: number, last: number, sentenceFrom: number, sentenceTo: number): DateCues {
  // The clause: the sentence cut at semicolons.
  let from = first;
  while (from > sentenceFrom && tokens.text(from - 1) !== ';') from--;
  let to = last;
  while (to < sentenceTo && tokens.text(to + 1) !== ';') to++;
  let yearOffset: number | null = null;
  let direction: DateCues['direction'] = null;
  let generic = false;
  for (let k = last + 1; k <= Math.min(to, last + 3); k++) {
    const r = relativeYearAt(tokens, k);
    if (r !== null) {
      yearOffset = r;
      break;
    }
  }
  if (tokens.lower(first - 1) === 'this') yearOffset ??= 0;
  // Nearest cue word before the date within its clause wins; then the sentence's tense.
  for (let k = first - 1; k >= from && k >= first - 8; k--) {
    const w = tokens.lower(k)!;
    if (tokens.isPunct(k) && (w === ';' || w === '.')) break;
    if (pastCues.has(w) && w !== 'was' && w !== 'were' && w !== 'had' && w !== 'did') {
      direction = 'past';
      break;
    }
    if (futureCues.has(w)) {
      direction = 'future';
      break;
    }
  }
  for (let k = from; k <= to; k++) {
    const w = tokens.lower(k)!;
    if (genericCues.has(w)) generic = true;
    if (direction === null && k !== first - 1 && (w === 'will' || w === 'shall')) direction = 'future';
  }
  if (direction === null) {
    for (let k = from; k <= to; k++) {
      if (isPastTense(tokens, k)) {
        direction = 'past';
        break;
      }
    }
  }
  return { yearOffset, direction, generic };
}

/** Common irregular past forms; reporting verbs ("said", "told") are left out: they date the report, not the event. */
const irregularPast = words(`
  was were had did ago met took made came went held gave saw began rose fell won lost left paid sold bought brought hit struck grew
  shrank sank spent built became ran got kept led found
`);
const notPastEd = words(`
  need speed indeed hundred seed feed proceed exceed succeed embed breed greed creed bed red shed said reported added noted stated
  announced expected scheduled planned proposed based related limited united called named owned listed detailed advanced estimated
`);

/** A verb in the past tense: an irregular form or a regular "-ed" word. */
function isPastTense(tokens: Tokens, i: number): boolean {
  if (!tokens.isWord(i)) return false;
  const w = tokens.lower(i)!;
  return irregularPast.has(w) || (w.length > 4 && w.endsWith('ed') && !notPastEd.has(w) && tokens.text(i) === w);
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The ISO value of a date: as precise as the text; a missing year comes from the
 * reference date and the cues, or stays unknown (`--MM-DD`, `--MM`).
 *
 * @example
 * completeDate({ year: null, month: 10, day: null }, { year: 2024, month: 4, day: 25 }, { yearOffset: null, direction: 'past', generic: false })
 * // => '2023-10'
 */
export function completeDate(parts: DateParts, reference: ReferenceDate | null, cues: DateCues): string {
  const { month, day } = parts;
  if (month === null) return String(parts.year);
  const tail = `${pad(month)}${day === null ? '' : `-${pad(day)}`}`;
  if (parts.year !== null) return `${parts.year}-${tail}`;
  if (cues.generic || reference === null) return `--${tail}`;
  let year = reference.year;
  if (cues.yearOffset !== null) year += cues.yearOffset;
  else if (reference.month !== null) {
    // Compare month (and day when both are known) with the reference date.
    const here = month * 100 + (day !== null && reference.day !== null ? day : 0);
    const ref = reference.month * 100 + (day !== null && reference.day !== null ? reference.day : 0);
    if (cues.direction === 'past' && here > ref) year--;
    if (cues.direction === 'future' && here < ref && month !== reference.month) year++;
  }
  return `${year}-${tail}`;
}
