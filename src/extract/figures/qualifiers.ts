/**
 * The words around a figure: the qualifier in front ("more than", "nearly"),
 * whether the figure is the size of a change ("up 26.3 percent", "slipped 7.1
 * percent"), what it measures ("copper production of …") and the period it
 * refers to ("in 2023", "By the end of 2023, …").
 */
import type { Change, FigureKind, Qualifier, QualifierBound } from '../../model/figure';
import { stopWords } from './nouns';
import { words, type Tokens } from './tokens';

/**
 * Qualifier phrases by bound, keyed by their last word (the word just before
 * the figure) and longest first, so "no more than" wins over "more than".
 */
const qualifierPhrases = new Map<string, Array<[string[], QualifierBound]>>();
for (const [bound, phrases] of [
  ['lower', 'no less than, not less than, in excess of, more than, greater than, at least, upwards of, just over, well over, over, exceeding, above, a minimum of'],
  ['upper', 'no more than, not more than, as much as, as many as, as little as, as few as, a maximum of, less than, fewer than, at most, up to, just under, well under, under, below'],
  ['approximate', 'close to, an estimated, just about, nearly, almost, about, around, roughly, approximately, some, circa, approx'],
] as Array<[QualifierBound, string]>) {
  for (const phrase of phrases.split(', ')) {
    const parts = phrase.split(' ');
    const last = parts[parts.length - 1]!;
    const list = qualifierPhrases.get(last) ?? [];
    list.push([parts, bound]);
    list.sort((a, b) => b[0].length - a[0].length);
    qualifierPhrases.set(last, list);
  }
}

export interface QualifierMatch extends Qualifier {
  /** Index of the qualifier's first token. */
  first: number;
}

/**
 * The qualifier directly before token `first` ("more than 30,000", "up to 18
 * inches", "About 92 percent"), with its text exactly as written.
 */
export function qualifierBefore(tokens: Tokens, first: number, text: string): QualifierMatch | null {
  for (const [parts, bound] of qualifierPhrases.get(tokens.lower(first - 1)!) ?? []) {
    const from = first - parts.length;
    let ok = from >= 0;
    for (let k = 0; k < parts.length - 1 && ok; k++) ok = tokens.lower(from + k) === parts[k];
    if (ok) return { text: text.slice(tokens.start(from), tokens.end(first - 1)), bound, first: from };
  }
  return null;
}

const upWords = words(`
  rose rise rises rising risen up increased increase increases increasing grew grow grows growing grown gained gain gains gaining
  jumped jump jumps jumping climbed climb climbs climbing surged surge surges surging soared soar soars soaring added advanced
  advance advances expanded expand expands expanding rallied rally rallies spiked leapt leaped leap leaps swelled ballooned
  rebounded accelerated higher
`);
/** Verbs that mean "increase" only with "by" ("raised its forecast by 5%"; "raised $10 million" is funding). */
const upWithBy = words('raised raise raises lifted boosted hiked increased');
const downWords = words(`
  fell fall falls falling fallen down dropped drop drops dropping declined decline declines declining slipped slip slips slipping
  slid slide slides sliding lost lose loses losing shed sheds shedding decreased decrease decreases decreasing shrank shrunk shrink
  shrinks shrinking contracted plunged plunge plunges plummeted tumbled tumble tumbles sank sunk sink sinks eased ease eases
  weakened weaken weakens dipped dip dips retreated cut cuts cutting slumped slump slumps shaved shave shaves trimmed slashed dived
  dove lower reduced reduce reduces
`);
/** Nouns that make "a rise of 5%" a change. */
const upNouns = words('increase rise jump gain surge climb hike boost');
const downNouns = words('decrease decline drop fall cut reduction slump dip plunge contraction');
/** Words that may sit between a change verb and its figure ("fell by", "shed a further", "shave between"). */
const changeFillers = words('by a further another an additional extra some between year-on-year roughly');

/**
 * "up"/"down" when the figure is itself the size of a change: a change verb or
 * "up"/"down" right before it ("rose 62 cents", "fell by a fifth", "shed a
 * further 150,000 jobs"), "a rise of 5%", or "higher"/"lower" right after
 * ("1.3 percentage points higher"). A level reached ("to $74.31", "up from
 * 5.8%") is not a change.
 */
export function changeAround(tokens: Tokens, before: number, last: number): Change | null {
  let k = before - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && changeFillers.has(tokens.lower(k)!); skipped++) k--;
  const w = tokens.lower(k);
  if (w !== undefined && tokens.isWord(k)) {
    if (w === 'up' && tokens.lower(k + 1) === 'to') return null;
    // "higher" and "lower" count only after the figure.
    if (upWords.has(w) && w !== 'higher') return 'up';
    if (downWords.has(w) && w !== 'lower') return 'down';
    if (w === 'of' && k === before - 1) {
      const noun = tokens.lower(k - 1) ?? '';
      if (upNouns.has(noun)) return 'up';
      if (downNouns.has(noun)) return 'down';
    }
    // "cut its benchmark rate by 25 basis points": the verb may stand a few words before "by".
    if (tokens.lower(before - 1) === 'by') {
      for (let b = before - 2; b >= 0 && b >= before - 6; b--) {
        if (!tokens.isWord(b)) break;
        const x = tokens.lower(b)!;
        if ((upWords.has(x) || upWithBy.has(x)) && x !== 'up' && x !== 'higher') return 'up';
        if (downWords.has(x) && x !== 'down' && x !== 'lower') return 'down';
      }
    }
  }
  const after = tokens.lower(last + 1);
  if (after === 'higher' || after === 'up') return 'up';
  if (after === 'lower' || after === 'down') return 'down';
  return null;
}

/** Verbs that link a subject to the figure it measures ("trade reached $240 billion"). */
const linkingVerbs = words(`
  reached reach reaches reaching totaled totalled totaling totalling total totals hit hits stood was were is are amounted came
  topped exceeded averaged average
`);
/** Heads too generic to name what is measured ("a total of", "a range of"). */
const genericHeads = words(`
  total range number amount sum average level record high low value figure tune excess maximum minimum estimate end beginning half
  part rate height depth length distance period one each lot increase rise decline drop gain fall jump growth loss cut reduction
  change
`);

const isPhraseWord = (tokens: Tokens, i: number) => tokens.isWord(i) && !stopWords.has(tokens.lower(i)!);

/** Start index of the noun phrase ending at token `end` (inclusive), walking back; "of"/"in" may link two nouns. */
function phraseStartBefore(tokens: Tokens, end: number, floor: number): number {
  let k = end;
  let start = -1;
  for (let words = 0; k >= floor && words < 6; words++) {
    // A verb before the noun phrase ends it ("had amassed investments", "the company expects capital spending").
    if (start !== -1 && isVerbLike(tokens, k)) break;
    if (isPhraseWord(tokens, k)) {
      start = k;
      k--;
      // Hyphenated compounds ("China-EU").
      while (k - 1 >= floor && tokens.text(k) === '-' && tokens.touching(k, k + 1) && tokens.touching(k - 1, k) && tokens.isWord(k - 1)) {
        start = k - 1;
        k -= 2;
      }
      continue;
    }
    const w = tokens.lower(k);
    if ((w === 'of' || w === 'in') && start !== -1 && isPhraseWord(tokens, k - 1)) {
      k--;
      continue;
    }
    break;
  }
  return start;
}

/** End index of the noun phrase starting at token `start`, walking forward; "and" may join two nouns. */
function phraseEndAfter(tokens: Tokens, start: number, ceiling: number): number {
  let k = start;
  let end = -1;
  let joined = false;
  for (let words = 0; k <= ceiling && words < 6; words++) {
    if (end !== -1 && isVerbLike(tokens, k)) break;
    if (isPhraseWord(tokens, k)) {
      end = k;
      k++;
      while (k + 1 <= ceiling && tokens.text(k) === '-' && tokens.touching(k - 1, k) && tokens.touching(k, k + 1) && tokens.isWord(k + 1)) {
        end = k + 1;
        k += 2;
      }
      continue;
    }
    if (tokens.lower(k) === 'and' && end !== -1 && !joined && isPhraseWord(tokens, k + 1) && !isVerbLike(tokens, k + 1)) {
      joined = true;
      k++;
      continue;
    }
    break;
  }
  return end;
}

/** Common verbs that end a noun phrase: past tense in -ed and a few present forms of reporting and planning verbs. */
const presentVerbs = words('expects plans wants aims hopes needs says makes made sees saw has had have became remains');
function isVerbLike(tokens: Tokens, i: number): boolean {
  if (!tokens.isWord(i)) return false;
  const w = tokens.lower(i)!;
  return presentVerbs.has(w) || (w.length > 4 && w.endsWith('ed') && tokens.text(i) === w);
}

/** Text of tokens `a`–`b` without a leading determiner. */
function phraseText(tokens: Tokens, a: number, b: number, text: string): string | null {
  if (a === -1 || b === -1 || b < a) return null;
  if (a === b && genericHeads.has(tokens.lower(b)!)) return null;
  return text.slice(tokens.start(a), tokens.end(b));
}

/**
 * A short phrase naming what the figure measures, when the sentence gives it in
 * one of the usual shapes: "<measure> of <figure>", "<figure> of <measure>" (for
 * shares), "<measure> <verb> <figure>" and "<money> in <measure>". Best effort:
 * null when no shape fits.
 */
export function measureAround(tokens: Tokens, before: number, last: number, kind: FigureKind, sentenceFrom: number, sentenceTo: number, text: string): string | null {
  if (kind === 'year' || kind === 'date') return null;
  // "copper production of 356,000 tons", "an operating margin of 12.5%".
  if (tokens.lower(before - 1) === 'of') {
    const start = phraseStartBefore(tokens, before - 2, sentenceFrom);
    if (start !== -1 && !genericHeads.has(tokens.lower(before - 2)!)) return phraseText(tokens, start, before - 2, text);
  }
  // "32 percent of Russia’s foreign trade", "a third of carmakers".
  if ((kind === 'percent' || kind === 'quantity') && tokens.lower(last + 1) === 'of') {
    const end = phraseEndAfter(tokens, last + 2, sentenceTo);
    if (end !== -1) return phraseText(tokens, last + 2, end, text);
  }
  // "China-EU trade in goods slipped 7.1 percent", "trade reached $312.5 billion".
  let k = before - 1;
  while (k >= sentenceFrom && changeFillers.has(tokens.lower(k)!) && k > before - 4) k--;
  const verb = tokens.lower(k);
  if (verb !== undefined && (linkingVerbs.has(verb) || upWords.has(verb) || downWords.has(verb)) && verb !== 'up' && verb !== 'down') {
    let end = k - 1;
    if (tokens.lower(end) === 'to' && tokens.lower(end - 1) === 'amounted') end -= 2;
    if (tokens.lower(end) === 'at' && tokens.lower(end - 1) === 'stood') end -= 2;
    const start = phraseStartBefore(tokens, end, sentenceFrom);
    if (start !== -1) return phraseText(tokens, start, end, text);
  }
  // "$500 million in taxes and fees".
  if (kind === 'money' && tokens.lower(last + 1) === 'in') {
    const end = phraseEndAfter(tokens, last + 2, sentenceTo);
    if (end !== -1 && tokens.isWord(last + 2) && !/^[A-Z]/.test(tokens.text(last + 2)!)) return phraseText(tokens, last + 2, end, text);
  }
  return null;
}

/** A year or date figure as the period finder sees it. */
export interface PeriodCandidate {
  first: number;
  last: number;
  kind: FigureKind;
  /** How the period reads: "2023", "2023-24", "fiscal 2024", "2023-07", "fiscal year ending 2026-03". */
  label: string;
  /** Index of the first token of a label prefix such as "fiscal year ending", else `first`. */
  labelFirst: number;
}

const periodPrepositions = words('in by during for as at throughout');
const periodSkips = words('the early late mid');
const endWords = words('end beginning start middle close');
const relativeNouns = words('year month week quarter');
const introWords = words('in by during as at for throughout');

/**
 * True when a year or date is introduced as a period: "in 2023", "By the end of
 * 2023", "for the 2023-24 financial year", or "of 2024" right after the figure
 * ("the second half of 2024"); not "until the end of June" or "for most of 2025".
 */
function introducedAsPeriod(tokens: Tokens, c: PeriodCandidate, figureLast: number): boolean {
  let k = c.labelFirst - 1;
  if (tokens.lower(k) === 'of') {
    if (k - 1 === figureLast) return true;
    if (!endWords.has(tokens.lower(k - 1) ?? '')) return false;
    k -= 2;
  }
  while (k >= 0 && periodSkips.has(tokens.lower(k)!)) k--;
  return k >= 0 && periodPrepositions.has(tokens.lower(k)!);
}

function relativeTimeAt(tokens: Tokens, k: number): boolean {
  const w = tokens.lower(k);
  if (w === 'currently' || w === 'now' || w === 'today') return true;
  return (w === 'this' || w === 'last' || w === 'next') && relativeNouns.has(tokens.lower(k + 1) ?? '');
}

/** Index of the first candidate starting after token `last` (binary search: candidates are in order). */
function lowerBound(candidates: readonly PeriodCandidate[], last: number): number {
  let lo = 0;
  let hi = candidates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (candidates[mid]!.first <= last) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

const comparisonWords = words('compared than from versus vs against');
const clauseBreaks = new Set([',', ';', ':', '—', '–']);

/**
 * The period a figure refers to: the first year or date after it in its
 * clause when introduced by in/by/during/for/of ("$1.26 billion in 2018"),
 * else one that opens the sentence ("In 2023, …"), sits earlier in the same
 * clause, or ends the clause just before a ", up 26.3 percent" tail. Relative
 * time ("this year", "currently") gives null; ordinals look forward only.
 *
 * @param candidates Year and date figures of the paragraph, in order.
 * @param sentence Sentence index of every token.
 */
export function periodAround(
  tokens: Tokens,
  first: number,
  last: number,
  kind: FigureKind,
  candidates: readonly PeriodCandidate[],
  sentence: Int32Array,
  sentenceStart: Int32Array,
  window: number,
): string | null {
  if (kind === 'year' || kind === 'date' || kind === 'duration') return null;
  const s = sentence[first]!;
  if (relativeTimeAt(tokens, first - 1) || relativeTimeAt(tokens, first - 2)) return null;
  const next = lowerBound(candidates, last);
  for (let k = last + 1; k < tokens.length && k <= last + window && sentence[k] === s; k++) {
    const t = tokens.lower(k)!;
    if (tokens.isPunct(k) && (t === ',' || t === ';' || t === ':' || (clauseBreaks.has(t) && !tokens.touching(k - 1, k)))) break;
    if (relativeTimeAt(tokens, k)) return null;
    // "compared with the previous year", "from 2022": the base of a comparison, not the figure's period.
    if (comparisonWords.has(t)) break;
    const c = candidates[next];
    if (c && (c.labelFirst === k || c.first === k)) return introducedAsPeriod(tokens, c, last) ? c.label : null;
  }
  if (kind === 'ordinal') return null;
  for (let n = next - 1; n >= 0; n--) {
    const c = candidates[n]!;
    if (c.last >= first) continue;
    if (sentence[c.first] !== s || c.last < first - window) return null;
    if (!introducedAsPeriod(tokens, c, -2)) continue;
    let afterComma = -1;
    let commas = 0;
    for (let k = c.last + 1; k < first; k++) {
      const t = tokens.text(k);
      if (t === ',' || t === ';') {
        commas++;
        afterComma = k + 1;
      }
    }
    const opening = sentenceStart[c.labelFirst]!;
    let openingClause = c.labelFirst - opening <= 8;
    for (let k = opening; k < c.labelFirst && openingClause; k++) if (tokens.text(k) === ',') openingClause = false;
    if (openingClause && introWords.has(tokens.lower(opening)!)) return c.label;
    // "reaching $240.1 billion in 2023, up 26.3 percent": a tail clause about the same period; "up from 5.8%" is the base, not the period.
    const tail = tokens.lower(afterComma) ?? '';
    const base = tokens.lower(afterComma + 1) === 'from';
    if (commas === 1 && !base && (tail === 'up' || tail === 'down' || tail === 'to' || tail === 'or')) return c.label;
    return null;
  }
  return null;
}
