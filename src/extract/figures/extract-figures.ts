/**
 * extractFigures: every number expression in a text or article — money,
 * percentages, quantities, counts, durations, ordinals, years and dates —
 * normalized, with the words around it read for qualifier, change, rate,
 * measure and period.
 *
 * One left-to-right pass over a paragraph's tokens tries, at each token, the
 * recognizers in a fixed order (date, year, ordinal, fraction, amount); a
 * second pass settles what needs the whole paragraph (elided nouns, range
 * endpoints, currencies of "cents", periods).
 */
import { deepFreeze } from '../../deep-freeze';
import { assertOptions, GtCorpusArgumentError } from '../../errors';
import type { Article } from '../../model/article';
import type { Change, Figure, FigureKind, Qualifier } from '../../model/figure';
import { toExtractionInput } from '../input';
import { completeDate, dateCues, dayAt, isOrdinalSuffix, matchDate, matchYear, monthAt, monthWords, parseReferenceDate, validDay, yearAfter, yearValue, type DateParts, type ReferenceDate } from './dates';
import { countedNounPhrase, isPluralNoun, rankedNounPhrase, singularize, stopWords } from './nouns';
import { fractionDenominator, isNumberWord, numberLikeWords, parseNumberWords, parseOrdinalWord, smallNumberWord } from './number-words';
import { attachedScale, integerDigits, normalizeNumeral, spacedScale, toNumber } from './numerals';
import { changeAround, measureAround, periodAround, qualifierBefore, type PeriodCandidate } from './qualifiers';
import { digitValue, isCapitalized, sentenceIndex, tokenize, words, WordSet, type Tokens } from './tokens';
import { amountMarks, currencyAt, currencyPrefixWords, matchAttachedUnit, matchCurrencyPrefix, matchCurrencyWord, matchPercent, matchUnit, type UnitInfo } from './units';

export interface ExtractFiguresOptions {
  /**
   * ISO date (`2024-04-18`, `2024-04` or a timestamp) used to give a year to
   * dates written without one. Defaults to the article's publication date; for
   * plain text without it, such dates get `--MM-DD` / `--MM`.
   */
  referenceDate?: string;
}

/** A figure before ids, context and offsets are filled in. */
interface Draft {
  /** First and last token of the span. */
  first: number;
  last: number;
  /** null while the number has no unit of its own (range start, elided noun, bare number). */
  kind: FigureKind | null;
  value: number | string;
  exact: boolean;
  unit: string | null;
  per: string | null;
  wordNumber: boolean;
  /** Currency written with the amount (prefix symbol/code or currency word). */
  currency: string | null;
  /** "cents": currency from the context, value already scaled by 0.01. */
  centsOf: boolean;
  /** Exchange rate "7.29 per dollar": currency from the context. */
  rateOf: string | null;
  /** Decimal mantissa and power of ten, to share a scale word across a range ("$10-12 million"). */
  mantissa: string;
  scale: number;
  negative: boolean;
  /** The start of the range this draft ends. */
  rangeStart: Draft | null;
  /** Date parts, completed once the sentence is known. */
  date: DateParts | null;
  /** Money whose only unit is a prefix currency ("$10" in "$10-12 million"), open to a range. */
  prefixOnly: boolean;
  /** How a range end was joined to its start ("-", "and", "to", "or"). */
  connector: string | null;
  change: Change | null;
  /** Position in the paragraph's final list. */
  index: number;
}

type Recognized = { drafts: Draft[]; next: number } | null;

function draft(first: number, last: number, kind: FigureKind | null, value: number | string, rest: Partial<Draft> = {}): Draft {
  return {
    first, last, kind, value, exact: true, unit: null, per: null, wordNumber: false, currency: null, centsOf: false, rateOf: null,
    mantissa: typeof value === 'number' ? String(value) : '', scale: 0, negative: false, rangeStart: null, date: null,
    prefixOnly: false, connector: null, change: null, index: -1, ...rest,
  };
}

/** A date draft with the parts read from the text; `settle` completes it. */
const dateDraft = (first: number, last: number, year: number | null, month: number | null, day: number | null) => draft(first, last, 'date', '', { date: { year, month, day } });

/** Drafts found; the scan resumes after the last one. */
const recognized = (...drafts: Draft[]): Recognized => ({ drafts, next: drafts[drafts.length - 1]!.last + 1 });

/** No figure, but the tokens before `next` are settled (a code, a name's number): the scan resumes there. */
const skipTo = (next: number): Recognized => ({ drafts: [], next });

/** Lowercased words that can start a figure (number, ordinal and month words, currency prefixes); every other word is skipped at once. */
const starterWords = new WordSet(['a', 'an', 'mid', 'fiscal', 'fy', 'no', 'minus', ...numberLikeWords, ...monthWords, ...currencyPrefixWords]);

/** Lowercase words glued before digits that are a missing space, not a code ("after10 years"). */
const gluedWords = words('after in of for to by about over from with nearly around than at since until under up and or some almost');
/** Capitalized words before a number that do not make it a name ("In 2023", "Nearly 92 percent", "Over 9,000"). */
const notNameWords = words('nearly almost roughly approximately exceeding some around about over under only just fiscal top mid another total circa');
/** Words after a number that make it a clock time. */
const clockWords = words("gmt utc bst cet cest est edt cst cdt pst pdt et pt ist jst hkt sgt am pm o'clock");
/** Words before a bare 4-digit number that make it a year even when a plural follows ("in 2023 exports rose"). */
const yearLead = words(`
  in by since of from until till before after during through between year early late mid end around circa spring summer autumn fall
  winter
`);
/** Words that lead a year only after another year ("between 2020 and 2023", "from 2019 to 2021"). */
const yearLink = new Set(['and', 'or', 'to', '-', '–']);
/** Words after an -s word that show it is a verb ("2026 marks a turning point", "2024 sees the"). */
const verbDeterminers = words('a an the its their his her this that another');
/** Determiners that make a small word count a reference back ("the two countries", "these three"). */
const definite = words('the these those this that its their his her our your my both all whose which what each every such other first last said');
/** Words after which a number is a reference or a label, not a figure ("section 118", "page 12", "flight 370"). */
const referenceWords = words(`
  section sections article articles chapter clause paragraph page pages rule route highway interstate exit gate platform room flight
  model version item amendment channel
`);
const openingQuotes = new Set(['“', '"', '‘', "'", '(', '[']);
/** Event nouns that let a capitalized ordinal stand before other capitals ("Seventh Meeting", not "First Group"). */
const eventNouns = words(`
  meeting session plenum plenary congress conference summit forum round anniversary assembly dialogue expo games festival edition
  review symposium century ministerial
`);
/** Heads that "first" may rank; otherwise "the first X" means earliest. */
const firstHeads = words(`
  quarter half meeting session plenum plenary round anniversary century congress edition conference summit forum assembly term leg
  millennium decade
`);
/** Idioms with an ordinal that rank nothing ("any third party", "second-hand"). */
const idiomHeads = new Map<string, ReadonlySet<string>>([
  ['third', words('party parties country countries world person')],
  ['second', words('hand thought thoughts nature opinion guess fiddle wind')],
]);
/** Nouns that may follow "a"/"an" as a rate denominator ("$74.31 a barrel"). */
const rateNouns = words(`
  barrel share head person capita piece unit ton tonne ounce gallon liter litre kilo kilogram night seat ticket trip passenger
  worker household month year day week hour minute kilometer kilometre mile meter metre square pound dose bag box bottle kwh
`);
const auxiliaries = words('were was are is have has had will would could did remain remained remains');
const comparators = words('from versus vs against');
/** Words that make "a year" a point in time, not a rate ("a year earlier"). */
const relativeAfter = words('earlier ago later before after since on prior back');
/** Second parts of digit compounds that do not name what is counted ("50-odd", "10-fold", "5,000-strong"). */
const compoundAdjectives = words('odd fold strong plus old long high wide deep tall way star something year');
/** Words that join the two days of a range ("March 3 to 5", "May 16-18", "Nov. 6 or 7"). */
const dayRangeWords = new Set(['-', '–', 'to', 'and', 'or', 'through', 'until', 'till']);
/** Words before "over" that make it "more than" for a duration ("for over 20 years"). */
const overLead = words('for in after of than since lasted lasting spanning took spent');
/** Tokens each side of a figure that context rules may look at; bounds the work in run-on text. */
const contextWindow = 40;
const dimensionWords = words('long high tall wide deep thick above below');
/** "m" as a unit, where it cannot be "million" ("a 30m-long bridge"). */
const meter: UnitInfo = { unit: 'meter', kind: 'quantity' };

/**
 * Extracts every figure from a text (split into paragraphs at blank lines) or
 * from an Article's paragraphs. Never throws on any string; offsets are valid
 * (`paragraph.text.slice(start, end) === figure.text`); the result is deeply
 * frozen and the input is not touched.
 *
 * @param input A string or an Article.
 * @param options `referenceDate`: ISO date that completes dates written without a year.
 * @example
 * import { extractFigures } from 'gt-corpus';
 * extractFigures('Trade rose 12.5 percent to $312.5 billion in 2023.').map((f) => [f.text, f.kind, f.value, f.unit])
 * // => [['12.5 percent', 'percent', 12.5, 'percent'], ['$312.5 billion', 'money', 312500000000, 'USD'], ['2023', 'year', 2023, null]]
 */
export function extractFigures(input: string | Article, options?: ExtractFiguresOptions): readonly Figure[] {
  assertOptions(options, 'options', ['referenceDate']);
  const source = toExtractionInput(input);
  const referenceDate = options?.referenceDate;
  let reference: ReferenceDate | null = null;
  if (referenceDate !== undefined) {
    reference = typeof referenceDate === 'string' ? parseReferenceDate(referenceDate) : null;
    if (!reference) throw new GtCorpusArgumentError('options.referenceDate', 'an ISO date such as 2024-04-18, 2024-04 or a timestamp', referenceDate);
  } else if (source.published && typeof source.published.date === 'string') {
    reference = parseReferenceDate(source.published.date);
  }
  const figures: Figure[] = [];
  // The latest exchange rate carries over paragraphs: "set its daily midpoint at 7.1732" after "7.2912 per dollar".
  const context: TextContext = { rate: null };
  for (const paragraph of source.paragraphs) {
    for (const f of figuresOfParagraph(paragraph.text, paragraph.id, source.articleId, reference, context)) figures.push(f);
  }
  return deepFreeze(figures);
}

/** What one paragraph leaves for the next ones. */
interface TextContext {
  rate: { value: number; decimals: number; unit: string | null; per: string | null } | null;
}

/** Digits after the decimal point of a mantissa ("7.2912" → 4). */
const decimalsOf = (mantissa: string) => (mantissa.includes('.') ? mantissa.length - mantissa.indexOf('.') - 1 : 0);

/** Punctuation that joins the numbers of a code: "1.2.3", "1-800-555-0199", "24/7", "16:30". */
const isJoiner = (text: string | undefined) => text !== undefined && text.length === 1 && '.,/:-–'.includes(text);

/** Any digit, currency sign or letter: paragraphs without one cannot hold a figure. */
const mayHoldFigure = /[0-9\uff10-\uff19\u0660-\u0669\u06f0-\u06f9$€£¥￥₹₽₩A-Za-z]/;

/**
 * The figures of one paragraph: a left-to-right pass of recognizers over its
 * tokens, a second pass, then each figure's context. The steps below share the
 * paragraph's state (tokens, sentence bounds, drafts), so they are closures over it.
 */
function figuresOfParagraph(text: string, paragraphId: string, articleId: string, reference: ReferenceDate | null, context: TextContext): Figure[] {
  if (!mayHoldFigure.test(text)) return [];
  const tokens: Tokens = tokenize(text);
  let sentenceOf: Int32Array | undefined;
  let sentenceStart: Int32Array | undefined;
  let sentenceEnd: Int32Array | undefined;
  /** The paragraph's drafts after the second pass, in order. */
  let settled: Draft[] = [];
  let candidates: PeriodCandidate[] | undefined;
  return run().map((d, i) => toFigure(d, `${paragraphId}:f${i + 1}`));

  function run(): Draft[] {
    const drafts: Draft[] = [];
    // Only numerals, starter words and amount marks can start a figure: the rest is skipped at once.
    for (let i = tokens.seek(0, starterWords, amountMarks); i < tokens.length; ) {
      const found = recognize(i);
      if (found) for (const d of found.drafts) drafts.push(d);
      i = tokens.seek(found ? Math.max(found.next, i + 1) : i + 1, starterWords, amountMarks);
    }
    // Recognizers move left to right, so drafts are already in order; the sort only guards the id numbering.
    settled = settle(drafts).sort((a, b) => a.first - b.first);
    settled.forEach((d, n) => (d.index = n));
    return settled;
  }

  // ── helpers ────────────────────────────────────────────────────────────

  function sentences(): Int32Array {
    sentenceOf ??= sentenceIndex(tokens);
    return sentenceOf;
  }

  /** True when token `i` opens its sentence (after any opening quotes). */
  function sentenceInitial(i: number): boolean {
    const s = sentences();
    let k = i - 1;
    while (k >= 0 && openingQuotes.has(tokens.text(k)!) && s[k] === s[i]) k--;
    return k < 0 || s[k] !== s[i];
  }

  /** First token of every token's sentence, computed once. */
  function starts(): Int32Array {
    if (!sentenceStart) {
      const s = sentences();
      // One buffer for both: typed arrays are slow to create, one at a time.
      const buffer = new ArrayBuffer(8 * s.length);
      sentenceStart = new Int32Array(buffer, 0, s.length);
      sentenceEnd = new Int32Array(buffer, 4 * s.length, s.length);
      for (let k = 0; k < s.length; k++) sentenceStart[k] = k > 0 && s[k - 1] === s[k] ? sentenceStart[k - 1]! : k;
      for (let k = s.length - 1; k >= 0; k--) sentenceEnd[k] = k + 1 < s.length && s[k + 1] === s[k] ? sentenceEnd[k + 1]! : k;
    }
    return sentenceStart;
  }

  /** The context window of token `i`: its sentence, cut to `contextWindow` tokens each side so the scan stays linear. */
  function sentenceRange(i: number): [number, number] {
    const start = starts();
    return [Math.max(start[i]!, i - contextWindow), Math.min(sentenceEnd![i]!, i + contextWindow)];
  }

  /** A capitalized word before token `i` that makes the number part of a name ("Section 230", "Boeing 777"). */
  function nameBefore(i: number): boolean {
    if (!tokens.isWord(i - 1) || tokens.touching(i - 1, i)) return false;
    const prev = tokens.lower(i - 1)!;
    if (referenceWords.has(prev)) return true;
    // Any capital counts: "Section 230", "iPhone 16", "MacBook 14".
    return tokens.text(i - 1) !== prev && !stopWords.has(prev) && !notNameWords.has(prev) && !monthAt(tokens, i - 1);
  }

  /** True when the word at `k` makes the number before it a clock time ("16:30 GMT", "9 pm", "8 local time"). */
  function clockAt(k: number): boolean {
    const w = tokens.lower(k);
    return tokens.isWord(k) && (clockWords.has(w!) || (w === 'local' && tokens.lower(k + 1) === 'time'));
  }

  /** Index after a chain of numbers glued by . , / : - ("1.2.3", "1-800-555-0199", "24/7"), starting at numeral `i`. */
  function chainEnd(i: number): number {
    let k = i;
    while (isJoiner(tokens.text(k + 1)) && tokens.touching(k, k + 1) && tokens.touching(k + 1, k + 2) && tokens.isNum(k + 2)) k += 2;
    // A trailing glued word or numeral belongs to the code too ("737MAX", "3D").
    while (tokens.touching(k, k + 1) && !tokens.isPunct(k + 1)) k++;
    return k + 1;
  }

  /** True when the numeral at `i` is glued into a code or name: "COP29", "COVID-19", "1.2.3", "PM2.5". */
  function gluedCode(i: number): boolean {
    const t = tokens.text(i)!;
    if (tokens.touching(i - 1, i)) {
      if (tokens.isWord(i - 1)) return !(tokens.text(i - 1) === tokens.lower(i - 1) && gluedWords.has(tokens.lower(i - 1)!));
      if (isJoiner(tokens.text(i - 1)) && tokens.touching(i - 2, i - 1) && !tokens.isPunct(i - 2)) return true;
    }
    if (tokens.touching(i, i + 1) && /^[.,/:]$/.test(tokens.text(i + 1)!) && tokens.touching(i + 1, i + 2) && tokens.isNum(i + 2)) return true;
    // Phone numbers and IDs: a leading zero ("020"), or numbers side by side ("020 7946 0958").
    if (t.length > 1 && digitValue(t.charCodeAt(0)) === 0 && digitValue(t.charCodeAt(1)) !== -1) return true;
    return tokens.isNum(i - 1) || tokens.isNum(i + 1);
  }

  // ── recognizers ────────────────────────────────────────────────────────

  /** Tries the recognizers at token `i`, a numeral, starter word or amount mark (where `run` stops). */
  function recognize(i: number): Recognized {
    if (tokens.isWord(i)) {
      // "minus 15 degrees" gets to `amount`: no other recognizer takes "minus".
      return date(i) ?? yearLabel(i) ?? fraction(i) ?? amount(i) ?? ordinalWord(i);
    }
    if (tokens.isNum(i)) {
      if (gluedCode(i)) return skipTo(chainEnd(i));
      return date(i) ?? year(i) ?? ordinalNumber(i) ?? oneIn(i) ?? amount(i);
    }
    // Currency symbols and signs.
    return amount(i);
  }

  function date(i: number): Recognized {
    const m = matchDate(tokens, i);
    if (!m) return dayRangeStart(i);
    const first = dateDraft(m.first, m.last, m.year, m.month, m.day);
    // A day range in one month: "March 3 to 5", "May 16-18, 2024".
    const c = tokens.lower(m.last + 1);
    if (m.day !== null && m.month !== null && c !== undefined && dayRangeWords.has(c)) {
      const d = dayAt(tokens, m.last + 2);
      const after = d ? tokens.lower(d.last + 1) : undefined;
      const bare = after === undefined || tokens.isPunct(d!.last + 1) || stopWords.has(after);
      if (d && d.day > m.day && validDay(m.month, d.day) && bare && !(m.year !== null && c !== '-' && c !== '–')) {
        const year = m.year === null ? yearAfter(tokens, d.last + 1) : null;
        if (year) first.date!.year = year.year;
        return recognized(first, dateDraft(m.last + 2, year?.last ?? d.last, year?.year ?? m.year, m.month, d.day));
      }
    }
    return recognized(first);
  }

  /** "from 1 to 7 October": a day that takes its month from the day-first date after it. */
  function dayRangeStart(i: number): Recognized {
    const d = dayAt(tokens, i);
    const c = tokens.lower(i + 1);
    if (!d || d.last !== i || c === undefined || !dayRangeWords.has(c)) return null;
    const end = matchDate(tokens, i + 2);
    if (!end || end.first !== i + 2 || end.day === null || end.month === null || end.day <= d.day || !tokens.isNum(i + 2)) return null;
    return recognized(dateDraft(i, i, end.year, end.month, d.day), dateDraft(end.first, end.last, end.year, end.month, end.day));
  }

  /** "fiscal 2024", "FY2024" (the only words `matchYear` takes). */
  function yearLabel(i: number): Recognized {
    const y = matchYear(tokens, i);
    return y ? recognized(draft(y.first, y.last, 'year', y.value)) : null;
  }

  /** A plain 4-digit year, or a split year "2023-24", when the context reads as a year. */
  function year(i: number): Recognized {
    // At a numeral, matchYear finds only a year ("2023") or a split year ("2023-24").
    const y = matchYear(tokens, i);
    if (!y) return null;
    const after = y.last + 1;
    const next = tokens.lower(after);
    if (tokens.touching(y.last, after) && tokens.isWord(after)) return null;
    if (y.last > i) return recognized(draft(i, y.last, 'year', y.value));
    // "2021-2025": two years.
    const end = yearValue(tokens, i + 2);
    if ((next === '-' || next === '–') && tokens.touching(i, i + 1) && tokens.touching(i + 1, i + 2) && end !== null && end > y.value && !(tokens.touching(i + 2, i + 3) && !tokens.isPunct(i + 3))) {
      return recognized(draft(i, i, 'year', y.value), draft(i + 2, i + 2, 'year', end));
    }
    if (clockAt(after)) return skipTo(i + 1);
    if (next === '%' || (tokens.isWord(after) && (spacedScale(next!) !== undefined || /^(?:percent|per|pct|percentage)$/.test(next!)))) return null;
    if (matchUnit(tokens, after) || matchCurrencyWord(tokens, after)) return null;
    if (next === '-' && tokens.touching(i, i + 1) && tokens.touching(i + 1, i + 2)) return null;
    if (nameBefore(i)) return skipTo(i + 1);
    const prev = tokens.lower(i - 1);
    const led = prev !== undefined && (yearLead.has(prev) || (yearLink.has(prev) && yearValue(tokens, i - 2) !== null));
    // "2000 people were arrested" counts; "2026 marks a turning point" is a year with a verb (a determiner follows the -s word).
    const phrase = !led && !sentenceInitial(i) && next !== undefined ? countedNounPhrase(tokens, after) : null;
    if (phrase && !verbDeterminers.has(tokens.lower(phrase.head + 1) ?? '')) return null;
    return recognized(draft(i, i, 'year', y.value));
  }

  /** "75th anniversary", "23rd Meeting", "No. 1 maker". */
  function ordinalNumber(i: number): Recognized {
    if (!tokens.touching(i, i + 1) || !tokens.isWord(i + 1) || !isOrdinalSuffix(tokens.lower(i + 1)!)) return null;
    const m = normalizeNumeral(tokens.text(i)!);
    if (m.includes('.')) return null;
    return ranked(i, i + 1, Number(m), toNumber(m).exact, false);
  }

  /** Ordinal at `first`–`last` with value; reads the ranked noun after it. */
  function ranked(first: number, last: number, value: number, exact: boolean, word: boolean): Recognized {
    let headStart = last + 1;
    let compoundHead = -1;
    if (tokens.text(last + 1) === '-' && tokens.touching(last, last + 1) && tokens.touching(last + 1, last + 2) && tokens.isWord(last + 2)) {
      const part = tokens.lower(last + 2)!;
      // "second-largest economy" reads on; "fourth-quarter" is the whole span.
      if (/est$/.test(part) || part === 'most') headStart = last + 3;
      else compoundHead = last + 2;
    }
    let head = compoundHead;
    if (head === -1) {
      const phrase = rankedNounPhrase(tokens, headStart);
      // "the first two years" ranks nothing; "14th Five-Year Plan" does.
      const counted = headStart < tokens.length && isNumberWord(tokens.lower(headStart)!) && tokens.text(headStart + 1) !== '-';
      if (phrase && !counted && !isNumberWord(tokens.lower(phrase.head)!)) head = phrase.head;
    }
    if (word) {
      if (head === -1) return null;
      const headWord = tokens.lower(head)!;
      if (value === 1 && !firstHeads.has(singularize(headWord))) return null;
      if (idiomHeads.get(tokens.lower(first)!)?.has(headWord)) return null;
      // A capitalized ordinal inside a name ("China Construction First Group", "the Fifth Construction Co").
      if (isCapitalized(tokens, first) && !sentenceInitial(first)) {
        if (isCapitalized(tokens, first - 1) && !stopWords.has(tokens.lower(first - 1)!)) return null;
        if (isCapitalized(tokens, headStart) && !eventNouns.has(singularize(headWord))) return null;
      }
    }
    const end = head === -1 ? last : head;
    return recognized(draft(first, end, 'ordinal', value, { exact, unit: head === -1 ? null : singularize(tokens.lower(head)!) }));
  }

  function ordinalWord(i: number): Recognized {
    if (tokens.text(i) === 'No' && tokens.text(i + 1) === '.' && tokens.touching(i, i + 1) && tokens.isNum(i + 2)) {
      const m = normalizeNumeral(tokens.text(i + 2)!);
      if (m.includes('.') || integerDigits(m) > 3) return null;
      const r = ranked(i, i + 2, Number(m), true, false);
      // "No. 10" alone is a house number or a label, not a rank.
      return r && r.drafts[0]!.unit !== null ? r : skipTo(i + 3);
    }
    const o = parseOrdinalWord(tokens, i);
    if (!o) return null;
    return ranked(i, o.last, o.value, true, true);
  }

  /** "a third of", "two-thirds of", "fell by a fifth", "one in five". */
  function fraction(i: number): Recognized {
    const proportion = oneIn(i);
    if (proportion) return proportion;
    const t = tokens.lower(i)!;
    const numerator = t === 'a' || t === 'an' || t === 'one' ? 1 : smallNumberWord(t);
    if (numerator === undefined || numerator === 0) return null;
    let k = i + 1;
    if (tokens.text(k) === '-' && tokens.touching(i, k)) k++;
    const f = tokens.lower(k);
    const denominator = tokens.isWord(k) ? fractionDenominator(f!) : undefined;
    if (denominator === undefined || (numerator === 1) === f!.endsWith('s')) return null;
    if ((f === 'half' || f === 'halves') && t !== 'a' && t !== 'one') return null;
    const after = tokens.lower(k + 1);
    const before = tokens.lower(i - 1);
    // "a third of voters", "a quarter are over 50".
    const ofFollows = after === 'of' || auxiliaries.has(after ?? '');
    const byBefore = (before === 'by' || before === 'than') && (after === undefined || !tokens.isWord(k + 1) || stopWords.has(after));
    if (!ofFollows && !byBefore) return null;
    const value = numerator / denominator;
    const exact = [2, 4, 5, 8, 10].includes(denominator);
    return recognized(draft(i, k, 'quantity', value, { exact, unit: 'fraction' }));
  }

  /** "one in five", "1 in 10": a proportion, kind quantity with unit fraction. */
  function oneIn(i: number): Recognized {
    const isNum = tokens.isNum(i);
    const numerator = isNum ? Number(normalizeNumeral(tokens.text(i)!)) : smallNumberWord(tokens.lower(i)!);
    if (numerator === undefined || !Number.isInteger(numerator) || numerator < 1 || tokens.lower(i + 1) !== 'in') return null;
    const d = i + 2;
    let denominator: number | undefined;
    let last = d;
    // "one in five", "1 in 4", "seven in 10".
    if (tokens.isNum(d) && (isNum || !tokens.text(d)!.includes('.')) && yearValue(tokens, d) === null) denominator = Number(normalizeNumeral(tokens.text(d)!));
    else if (!isNum) {
      const w = parseNumberWords(tokens, d);
      if (w) {
        denominator = w.value;
        last = w.last;
      }
    }
    if (denominator === undefined || !Number.isInteger(denominator) || denominator <= numerator) return null;
    let reduced = denominator;
    while (reduced % 2 === 0) reduced /= 2;
    while (reduced % 5 === 0) reduced /= 5;
    return recognized(draft(i, last, 'quantity', numerator / denominator, { exact: reduced === 1, unit: 'fraction' }));
  }

  /**
   * Money, percentages, quantities, counts, durations and bare numbers: an
   * optional sign and currency, the number (digits or words) with its scale,
   * then a unit, currency word, counted noun or rate denominator; ranges too.
   */
  function amount(i: number, inRange = false): Recognized {
    let j = i;
    let negative = false;
    let currency: string | null = null;
    const t = tokens.lower(i)!;
    if (!inRange) {
      if (t === 'minus' && (tokens.isNum(i + 1) || isNumberWord(tokens.lower(i + 1) ?? ''))) {
        negative = true;
        j++;
      } else if ((t === '-' || t === '−' || t === '+') && tokens.isNum(i + 1) && tokens.touching(i, i + 1)) {
        if (tokens.touching(i - 1, i) && !openingQuotes.has(tokens.text(i - 1)!)) return null;
        negative = t !== '+';
        j++;
      }
    }
    const prefix = matchCurrencyPrefix(tokens, j);
    if (prefix) {
      currency = prefix.code;
      j = prefix.next;
      if (!tokens.isNum(j)) return null;
      // A symbol glued to what precedes it is not a price ("R$" is handled as a prefix; "US$" too).
    }
    let mantissa: string;
    let scale = 0;
    let wordNumber = false;
    let numLast: number;
    let k: number;
    let unit: UnitInfo | null = null;
    let kind: FigureKind | null = null;
    let unitName: string | null = null;
    let per: string | null = null;
    let last = -1;
    let factor = 1;
    let centsOf = false;
    if (tokens.isNum(j)) {
      mantissa = normalizeNumeral(tokens.text(j)!);
      numLast = j;
      k = j + 1;
      if (tokens.touching(j, k) && tokens.isWord(k)) {
        const glued = tokens.text(k)!;
        if (isOrdinalSuffix(tokens.lower(k)!)) return null;
        const s = attachedScale(glued, currency !== null);
        const afterGlued = tokens.lower(k + 1);
        const dimension = afterGlued !== undefined && (dimensionWords.has(afterGlued) || (afterGlued === '-' && dimensionWords.has(tokens.lower(k + 2) ?? '')));
        const attached = glued === 'm' ? { info: meter, last: k } : matchAttachedUnit(tokens, k);
        if (s !== undefined && !(glued === 'm' && currency === null && dimension)) {
          scale = s;
          numLast = k;
          k++;
        } else if (attached) {
          unit = attached.info;
          last = attached.last;
          k = attached.last + 1;
        } else if (glued === 'p' && currency === null) {
          currency = 'GBP';
          factor = 0.01;
          numLast = k;
          k++;
        } else {
          return skipTo(chainEnd(j));
        }
      }
    } else if (tokens.isWord(j)) {
      if (currency !== null) return null;
      const w = parseNumberWords(tokens, j);
      if (!w) return null;
      // Mid-sentence, a capitalized number word is part of a name: "the Big Four", "Group of Seven", "Five-Year Plan", "Formula One".
      if (isCapitalized(tokens, j) && !sentenceInitial(j)) return skipTo(w.next);
      mantissa = String(w.value);
      wordNumber = true;
      numLast = w.last;
      k = w.next;
    } else {
      return null;
    }
    // Spaced scale word: "2.498 billion", "1.5 bn".
    if (scale === 0 && unit === null && tokens.isWord(k) && spacedScale(tokens.lower(k)!) !== undefined && !(wordNumber && Number(mantissa) >= 1000)) {
      scale = spacedScale(tokens.lower(k)!)!;
      numLast = k;
      k++;
    }
    if (last === -1) last = numLast!;
    const clock = tokens.lower(k);
    if (!wordNumber && (clockAt(k) || ((clock === 'a' || clock === 'p') && tokens.text(k + 1) === '.' && tokens.lower(k + 2) === 'm'))) {
      if (currency === null && unit === null) return skipTo(k + 1);
    }
    if (!wordNumber && clock === ':' && tokens.touching(k - 1, k) && tokens.isNum(k + 1)) return skipTo(chainEnd(j));

    // What follows the number.
    if (unit === null) {
      const u = tokens.lower(k);
      const percent = matchPercent(tokens, k);
      const poundsOf = (u === 'pound' || u === 'pounds') && tokens.lower(k + 1) === 'of';
      if (percent) {
        kind = 'percent';
        unitName = percent.info;
        last = percent.last;
      } else {
        const cw = u !== undefined && !poundsOf ? matchCurrencyWord(tokens, k) : null;
        if (cw && !(wordNumber && cw.info.code === 'KRW')) {
          kind = 'money';
          if (cw.info.code === null) centsOf = true;
          else currency = cw.info.code;
          factor = cw.info.factor;
          last = cw.last;
        } else if (currency !== null) {
          kind = 'money';
        } else if (poundsOf) {
          unit = { unit: 'pound', kind: 'quantity' };
          last = k;
        } else {
          const hit = unitAt(k, Number(mantissa) * 10 ** scale);
          if (hit) {
            unit = hit.info;
            last = hit.last;
          } else if (u === '-' && tokens.touching(k - 1, k) && tokens.touching(k, k + 1) && tokens.isWord(k + 1)) {
            // "75-year", "Two-hundred-meter-long", "twenty-foot", "24-hour"; other compounds ("five-star", "10-member") are not figures.
            const c = matchUnit(tokens, k + 1);
            const noun = tokens.lower(k + 1)!;
            const lowercase = tokens.text(k + 1) === noun;
            const cw = matchCurrencyWord(tokens, k + 1);
            if (cw && cw.last === k + 1 && lowercase) {
              // "a 25-cent coin", "a 10-dollar bill".
              kind = 'money';
              if (cw.info.code === null) centsOf = true;
              else currency = cw.info.code;
              factor = cw.info.factor;
              last = k + 1;
            } else if (c && !(c.info.unit === 'degree Celsius' || c.info.unit === 'degree Fahrenheit')) {
              unit = c.info;
              last = c.last;
            } else if (!wordNumber && lowercase && /^[a-z]{3,}$/.test(noun) && !compoundAdjectives.has(noun) && !(noun.length > 3 && /(?:ed|ing|ly|ish)$/.test(noun))) {
              // "a 1,000-bed hospital", "the 27-nation bloc": a count in compound form (digits only; "five-star" and "two-way" are idioms).
              unit = { unit: singularize(noun), kind: 'quantity' };
              kind = 'count';
              last = k + 1;
            } else {
              return skipTo(k + 2);
            }
          }
        }
      }
    }
    if (unit !== null) {
      if (kind !== 'count') kind = unit.kind;
      unitName = unit.unit;
      per = unit.per ?? null;
    }
    const value = toNumber(mantissa!, scale, negative);
    if (factor !== 1) value.value = toNumber(mantissa!, scale + Math.round(Math.log10(factor)), negative).value;
    const prefixOnly = kind === 'money' && prefix !== null && last === numLast! && factor === 1;
    const base = draft(i, last, kind, value.value, { exact: value.exact, unit: unitName, per, wordNumber, currency, centsOf, mantissa: mantissa!, scale, negative, prefixOnly });
    if (kind === 'money') base.unit = currency;

    // Counted noun: "30,000 local jobs", "13 consecutive years", "two traders".
    if (kind === null) {
      const phrase = countedNounPhrase(tokens, last + 1);
      const count = Number(mantissa!) * 10 ** scale;
      if (phrase && count !== 1 && !(wordNumber && definiteBefore(i))) {
        const asUnit = matchUnit(tokens, phrase.head);
        base.last = phrase.last;
        if (asUnit && asUnit.last === phrase.head) {
          base.kind = asUnit.info.kind;
          base.unit = asUnit.info.unit;
        } else {
          base.kind = 'count';
          // A capitalized head keeps its capital ("40,000 Palestinians" → Palestinian); acronyms their case ("NEVs" → NEV).
          const head = tokens.text(phrase.head)!;
          const lower = tokens.lower(phrase.head)!;
          const singular = singularize(lower);
          const keepCase = head !== lower && lower.startsWith(singular);
          base.unit = keepCase ? head.slice(0, singular.length) : singular;
        }
        kind = base.kind;
      }
    }

    // A number after a name is part of it even with a plural after it ("iPhone 15 units", "Boeing 737 jets").
    if ((kind === null || kind === 'count') && !wordNumber && scale === 0 && currency === null && !negative && nameBefore(j)) return skipTo(j + 1);

    // Rate denominators: "per year", "a barrel", "per cubic metre", "per dollar".
    if (base.per === null) readPer(base);

    // Ranges: "$10-12 million", "between 3 and 5 percent", "zero to 0.1%", "two or three days".
    if ((kind === null || (prefixOnly && base.per === null)) && !inRange) {
      const range = rangeAfter(base);
      if (range) return range;
    }
    if (kind === null && base.rateOf === null) {
      // "one" and "zero" without a unit are pronouns and idioms, not figures.
      if (wordNumber && (mantissa! === '1' || mantissa! === '0')) return inRange ? null : skipTo(base.last + 1);
      if (!wordNumber && nameBefore(j) && currency === null && !negative) return skipTo(base.last + 1);
      // "(1)" or "1." opening a paragraph: list markers.
      if (!wordNumber && scale === 0 && ((tokens.text(i - 1) === '(' && tokens.text(base.last + 1) === ')') || (i === 0 && tokens.text(1) === '.' && tokens.touching(0, 1)))) return skipTo(base.last + 2);
    }
    if (wordNumber && kind !== null && kind !== 'count' && mantissa! === '1' && tokens.lower(last) === 'day') return skipTo(last + 1);
    return recognized(base);
  }

  /** A unit at `k`, with "(TEU)" and an attributive plural noun taken along ("100 twenty-foot equivalent unit (TEU) containers"). */
  function unitAt(k: number, amount: number): { info: UnitInfo; last: number } | null {
    let hit = matchUnit(tokens, k);
    if (!hit && tokens.text(k) === 'm' && !tokens.touching(k - 1, k) && !tokens.touching(k, k + 1)) hit = { info: meter, last: k };
    if (!hit) return null;
    // "5 seconds" yes, "the second" is not reached here; "a 3 second delay" is rare.
    let last = hit.last;
    const singular = !isPluralNoun(tokens, last) && tokens.isWord(last) && tokens.text(last)!.length > 3;
    if (amount !== 1 && singular && hit.info.kind === 'quantity') {
      let m = last + 1;
      if (tokens.text(m) === '(' && tokens.text(m + 2) === ')' && tokens.isWord(m + 1)) m += 3;
      if (isPluralNoun(tokens, m) && !stopWords.has(tokens.lower(m)!)) last = m;
    }
    return { info: hit.info, last };
  }

  /** True when a definite word stands before the number word at `i` ("the two countries", "These “five principles”"). */
  function definiteBefore(i: number): boolean {
    let k = i - 1;
    while (k >= 0 && openingQuotes.has(tokens.text(k)!)) k--;
    return tokens.isWord(k) && definite.has(tokens.lower(k)!);
  }

  function readPer(d: Draft): void {
    const k = d.last + 1;
    const t = tokens.lower(k);
    if (d.kind === 'duration' || d.kind === 'ordinal') return;
    // "150 to the dollar", "7.3 against the dollar" when nothing else is measured: an exchange rate.
    if (d.kind === null && (t === 'to' || t === 'against') && tokens.lower(k + 1) === 'the') {
      const cw = matchCurrencyWord(tokens, k + 2);
      if (cw && cw.info.code !== null && !(tokens.isNum(cw.last + 1))) {
        d.per = singularize(tokens.lower(cw.last)!);
        d.rateOf = cw.info.code;
      }
      return;
    }
    if (t === 'per' && tokens.lower(k + 1) !== 'cent') {
      const cw = matchCurrencyWord(tokens, k + 1);
      if (cw && d.kind === null) {
        // An exchange rate: "7.2912 per dollar".
        d.per = singularize(tokens.lower(cw.last)!);
        d.rateOf = cw.info.code;
        d.last = cw.last;
        return;
      }
      if (d.kind === null) return;
      const u = matchUnit(tokens, k + 1);
      if (u) {
        d.per = u.info.unit;
        d.last = u.last;
        return;
      }
      const noun = tokens.lower(k + 1);
      if (tokens.isWord(k + 1) && !stopWords.has(noun!)) {
        d.per = singularize(noun!);
        d.last = k + 1;
      }
      return;
    }
    if ((t === 'a' || t === 'an') && d.kind !== null) {
      const noun = tokens.lower(k + 1);
      const after = tokens.lower(k + 2);
      // "$74.31 a barrel", "5% a year"; not "5.8% a year earlier".
      const timeNoun = noun !== undefined && /^(?:year|month|week|day|decade|quarter)$/.test(noun);
      if (tokens.isWord(k + 1) && rateNouns.has(singularize(noun!)) && (after === undefined || !tokens.isWord(k + 2) || (stopWords.has(after) && !(timeNoun && relativeAfter.has(after))))) {
        const u = matchUnit(tokens, k + 1);
        d.per = u ? u.info.unit : singularize(noun!);
        d.last = u ? u.last : k + 1;
      }
      return;
    }
    if (t === '/' && tokens.touching(k - 1, k) && d.kind !== null && d.kind !== 'count') {
      const u = matchUnit(tokens, k + 1);
      if (u && tokens.touching(k, k + 1)) {
        d.per = u.info.unit;
        d.last = u.last;
      }
    }
  }

  /** The second endpoint of a range after the bare number `a`, with unit, scale and currency shared. */
  function rangeAfter(a: Draft): Recognized {
    const k = a.last + 1;
    const c = tokens.lower(k);
    const dashed = (c === '-' || c === '–') && tokens.touching(k - 1, k) === tokens.touching(k, k + 1);
    const between = c === 'and' && betweenBefore(a.first);
    // "to"/"or" join a bare start only: "rose $5 to $74" is a change and a level, not a range.
    const worded = between || ((c === 'to' || c === 'or') && a.kind === null);
    if (!dashed && !worded) return null;
    const prefixed = matchCurrencyPrefix(tokens, k + 1) !== null;
    if (!tokens.isNum(k + 1) && !(a.wordNumber && tokens.isWord(k + 1)) && !prefixed) return null;
    if (dashed && a.wordNumber !== tokens.isWord(k + 1)) return null;
    const found = prefixed ? amount(k + 1) : amount(k + 1, true);
    const b = found?.drafts[0];
    const chain = (): Recognized => (dashed && !a.wordNumber && a.currency === null ? skipTo(chainEnd(a.first)) : null);
    if (!b || b.kind === 'year' || b.kind === 'date' || b.kind === 'ordinal') return chain();
    if (b.kind === null && a.kind === null) return chain();
    if (a.kind === null) {
      a.kind = b.kind;
      a.unit = b.unit;
      a.per = b.per;
      if (b.kind === 'money') {
        a.currency = b.currency;
        a.centsOf = b.centsOf;
        a.rateOf = b.rateOf;
      }
    } else if (b.kind === null) {
      b.kind = a.kind;
      b.unit = a.unit;
      b.per = a.per;
    }
    if (a.kind === 'money' && b.kind === 'money' && b.currency === null && !b.centsOf) {
      b.currency = a.currency;
      b.unit = a.currency;
    }
    if (a.scale === 0 && b.scale !== 0 && Number(a.mantissa) <= Number(b.mantissa)) {
      const v = toNumber(a.mantissa, b.scale, a.negative);
      a.value = v.value;
      a.exact = v.exact;
      a.scale = b.scale;
    }
    b.rangeStart = a;
    b.connector = c;
    return { drafts: found!.drafts.length > 1 ? [a, ...found!.drafts] : [a, b], next: found!.next };
  }

  function betweenBefore(i: number): boolean {
    const prev = tokens.lower(i - 1);
    return prev === 'between' || (tokens.lower(i - 2) === 'between' && (prev === 'from' || prev === '$'));
  }

  // ── second pass ───────────────────────────────────────────────────────

  function settle(drafts: Draft[]): Draft[] {
    if (drafts.length === 0) return drafts;
    const kept: Draft[] = [];
    for (let n = 0; n < drafts.length; n++) {
      const d = drafts[n]!;
      if (d.kind === null && d.rateOf === null) {
        if (!inherit(d, kept, drafts[n + 1]) && !sameRate(d)) {
          if (d.wordNumber) continue;
          d.kind = 'quantity';
        }
      }
      if (d.rateOf !== null) {
        const code = currencyInSentence(d, d.rateOf);
        d.kind = code ? 'money' : 'quantity';
        d.unit = code;
        d.rateOf = null;
        if (!d.negative) context.rate = { value: d.value as number, decimals: decimalsOf(d.mantissa), unit: code, per: d.per };
      }
      if (d.centsOf) {
        const code = currencyInSentence(d, null) ?? 'USD';
        d.currency = code;
        d.unit = code;
      }
      if (d.kind === 'date' && d.date) {
        const [from, to] = sentenceRange(d.first);
        d.value = completeDate(d.date, reference, dateCues(tokens, d.first, d.last, from, to));
      }
      if (d.kind === 'money' && d.unit === null) d.unit = d.currency;
      kept.push(d);
    }
    return kept;
  }

  /** Gives a bare number the kind and unit of the figure it elides ("up from 1m", "at least five were diverted"). */
  function inherit(d: Draft, kept: readonly Draft[], next: Draft | undefined): boolean {
    const s = sentences();
    // "30 of the 34 provinces": the count that follows names the noun.
    if (next?.kind === 'count' && tokens.lower(d.last + 1) === 'of') {
      const k = definite.has(tokens.lower(d.last + 2) ?? '') ? d.last + 3 : d.last + 2;
      if (next.first === k) {
        d.kind = 'count';
        d.unit = next.unit;
        return true;
      }
    }
    const before = tokens.lower(d.first - 1) ?? '';
    const compared = comparators.has(before) || ((before === 'with' || before === 'to') && tokens.lower(d.first - 2) === 'compared');
    const elided = auxiliaries.has(tokens.lower(d.last + 1) ?? '');
    if (!compared && !elided) return false;
    for (let n = kept.length - 1; n >= 0; n--) {
      const p = kept[n]!;
      if (s[p.first] !== s[d.first] || p.last < d.first - contextWindow) return false;
      if (p.kind === 'year' || p.kind === 'date' || p.kind === 'ordinal' || p.kind === null) continue;
      if (elided && !compared && p.kind !== 'count') return false;
      if (d.wordNumber && p.kind !== 'count') return false;
      d.kind = p.kind;
      d.unit = p.unit;
      d.per = p.per;
      if (p.kind === 'money' && d.currency === null) d.currency = p.currency;
      return true;
    }
    return false;
  }

  /**
   * A bare quote with the precision of the latest exchange rate and within a fifth
   * of it is the same rate ("the midpoint at 7.1732" after "7.2912 per dollar"):
   * rates are quoted to a fixed number of decimals and move little within a story.
   */
  function sameRate(d: Draft): boolean {
    const rate = context.rate;
    if (!rate || d.wordNumber || d.scale !== 0 || rate.decimals < 3 || decimalsOf(d.mantissa) !== rate.decimals) return false;
    const value = d.value as number;
    if (Math.abs(value - rate.value) > rate.value / 5) return false;
    d.kind = rate.unit ? 'money' : 'quantity';
    d.unit = rate.unit;
    d.currency = rate.unit;
    d.per = rate.per;
    return true;
  }

  /** A currency named in the draft's sentence other than `not` (the rate's denominator), nearest first. */
  function currencyInSentence(d: Draft, not: string | null): string | null {
    const [from, to] = sentenceRange(d.first);
    for (let dist = 1; dist <= to - from; dist++) {
      for (const k of [d.first - dist, d.last + dist]) {
        if (k < from || k > to || (k >= d.first && k <= d.last)) continue;
        const code = currencyAt(tokens, k);
        if (code && code !== not) return code;
      }
    }
    return null;
  }

  /** The change of the figure just before `d` (", or 0.8%" repeats the move of "62 cents"). */
  function previousChange(d: Draft): Change | null {
    const at = d.index;
    return at > 0 ? settled[at - 1]!.change : null;
  }

  /** Year and date figures of the paragraph as period labels. */
  function periodCandidates(): PeriodCandidate[] {
    if (candidates) return candidates;
    candidates = [];
    for (const d of settled) {
      if (d.kind !== 'year' && d.kind !== 'date') continue;
      let label = d.kind === 'year' ? text.slice(tokens.start(d.first), tokens.end(d.last)) : String(d.value);
      let labelFirst = d.first;
      // "the fiscal year ending March 2026".
      if (tokens.lower(d.first - 1) === 'ending' && tokens.lower(d.first - 2) === 'year') {
        labelFirst = d.first - 2;
        const w = tokens.lower(d.first - 3);
        if (w === 'fiscal' || w === 'financial') labelFirst--;
        label = `${text.slice(tokens.start(labelFirst), tokens.end(d.first - 1))} ${label}`;
      }
      candidates.push({ first: d.first, last: d.last, kind: d.kind, label, labelFirst });
    }
    return candidates;
  }

  function toFigure(d: Draft, id: string): Figure {
    const start = tokens.start(d.first);
    const end = tokens.end(d.last);
    const kind = d.kind!;
    let q = qualifierBefore(tokens, d.first, text);
    // "over five years" after an amount means "during"; "for over 20 years", "over 10 years ago" bound it.
    if (q && kind === 'duration' && q.text.toLowerCase() === 'over' && !overLead.has(tokens.lower(q.first - 1) ?? '') && tokens.lower(d.last + 1) !== 'ago') q = null;
    const qualifier: Qualifier | null = q ? { text: q.text, bound: q.bound } : null;
    let change: Change | null = null;
    if (kind === 'money' || kind === 'percent' || kind === 'quantity' || kind === 'count') {
      // "fell below $60,000" is a level crossed, not the size of the fall.
      const positional = q !== null && /^(?:below|above|under|past)$/i.test(q.text);
      change = positional ? null : changeAround(tokens, q ? q.first : d.first, d.last);
      if (change === null && d.rangeStart && d.connector !== 'to') change = d.rangeStart.change;
      if (change === null && tokens.lower(d.first - 1) === 'or' && tokens.text(d.first - 2) === ',') change = previousChange(d);
      d.change = change;
    }
    const [from, to] = sentenceRange(d.first);
    const measure = measureAround(tokens, q ? q.first : d.first, d.last, kind, from, to, text);
    const period = periodAround(tokens, d.first, d.last, kind, periodCandidates(), sentences(), starts(), contextWindow);
    return {
      id,
      articleId,
      paragraphId,
      text: text.slice(start, end),
      start,
      end,
      kind,
      value: d.value,
      exact: d.exact,
      unit: kind === 'year' || kind === 'date' ? null : d.unit,
      qualifier,
      change,
      per: d.per,
      measure,
      period,
    };
  }
}
