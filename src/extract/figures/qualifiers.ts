/**
 * The words around a figure: the qualifier in front ("more than", "nearly"),
 * whether the figure is the size of a change ("up 26.3 percent", "slipped 7.1
 * percent"), what it measures ("copper production of …") and the period it
 * refers to ("in 2023", "By the end of 2023, …").
 */
import type { Change, FigureKind, Qualifier, QualifierBound } from '../../model/figure';
import { stopWords } from './nouns';
import { touching, type Token } from './tokens';

const qualifierPhrases: ReadonlyArray<[string[], QualifierBound]> = (
  [
    ['no more than', 'upper'], ['not more than', 'upper'], ['no less than', 'lower'], ['not less than', 'lower'], ['in excess of', 'lower'],
    ['as much as', 'upper'], ['as many as', 'upper'], ['as little as', 'upper'], ['as few as', 'upper'], ['a maximum of', 'upper'],
    ['a minimum of', 'lower'], ['more than', 'lower'], ['greater than', 'lower'], ['less than', 'upper'], ['fewer than', 'upper'],
    ['at least', 'lower'], ['at most', 'upper'], ['up to', 'upper'], ['upwards of', 'lower'], ['just over', 'lower'], ['well over', 'lower'],
    ['just under', 'upper'], ['well under', 'upper'], ['close to', 'approximate'], ['an estimated', 'approximate'], ['just about', 'approximate'],
    ['over', 'lower'], ['exceeding', 'lower'], ['above', 'lower'], ['under', 'upper'], ['below', 'upper'], ['nearly', 'approximate'],
    ['almost', 'approximate'], ['about', 'approximate'], ['around', 'approximate'], ['roughly', 'approximate'], ['approximately', 'approximate'],
    ['some', 'approximate'], ['circa', 'approximate'], ['approx', 'approximate'],
  ] as Array<[string, QualifierBound]>
).map(([phrase, bound]) => [phrase.split(' '), bound]);

export interface QualifierMatch extends Qualifier {
  /** Index of the qualifier's first token. */
  first: number;
}

/**
 * The qualifier directly before token `first` ("more than 30,000", "up to 18
 * inches", "About 92 percent"), with its text exactly as written.
 */
export function qualifierBefore(tokens: readonly Token[], first: number, text: string): QualifierMatch | null {
  for (const [words, bound] of qualifierPhrases) {
    const from = first - words.length;
    if (from < 0) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[from + k]!.lower === words[k];
    if (!ok) continue;
    // "approx." keeps its dot.
    const end = words[0] === 'approx' && tokens[first - 1]?.text === '.' ? first - 1 : first - 1;
    return { text: text.slice(tokens[from]!.start, tokens[end]!.end), bound, first: from };
  }
  return null;
}

const upWords = new Set([
  'rose', 'rise', 'rises', 'rising', 'risen', 'up', 'increased', 'increase', 'increases', 'increasing', 'grew', 'grow', 'grows', 'growing', 'grown',
  'gained', 'gain', 'gains', 'gaining', 'jumped', 'jump', 'jumps', 'jumping', 'climbed', 'climb', 'climbs', 'climbing', 'surged', 'surge',
  'surges', 'surging', 'soared', 'soar', 'soars', 'soaring', 'added', 'advanced', 'advance', 'advances', 'expanded', 'expand', 'expands',
  'expanding', 'rallied', 'rally', 'rallies', 'spiked', 'leapt', 'leaped', 'leap', 'leaps', 'swelled', 'ballooned', 'rebounded', 'accelerated',
  'higher',
]);
/** Verbs that mean "increase" only with "by" ("raised its forecast by 5%"; "raised $10 million" is funding). */
const upWithBy = new Set(['raised', 'raise', 'raises', 'lifted', 'boosted', 'hiked', 'increased']);
const downWords = new Set([
  'fell', 'fall', 'falls', 'falling', 'fallen', 'down', 'dropped', 'drop', 'drops', 'dropping', 'declined', 'decline', 'declines', 'declining',
  'slipped', 'slip', 'slips', 'slipping', 'slid', 'slide', 'slides', 'sliding', 'lost', 'lose', 'loses', 'losing', 'shed', 'sheds', 'shedding',
  'decreased', 'decrease', 'decreases', 'decreasing', 'shrank', 'shrunk', 'shrink', 'shrinks', 'shrinking', 'contracted', 'plunged', 'plunge',
  'plunges', 'plummeted', 'tumbled', 'tumble', 'tumbles', 'sank', 'sunk', 'sink', 'sinks', 'eased', 'ease', 'eases', 'weakened', 'weaken',
  'weakens', 'dipped', 'dip', 'dips', 'retreated', 'cut', 'cuts', 'cutting', 'slumped', 'slump', 'slumps', 'shaved', 'shave', 'shaves',
  'trimmed', 'slashed', 'dived', 'dove', 'lower', 'reduced', 'reduce', 'reduces',
]);
/** Nouns that make "a rise of 5%" a change. */
const upNouns = new Set(['increase', 'rise', 'jump', 'gain', 'surge', 'climb', 'hike', 'boost']);
const downNouns = new Set(['decrease', 'decline', 'drop', 'fall', 'cut', 'reduction', 'slump', 'dip', 'plunge', 'contraction']);
/** Words that may sit between a change verb and its figure ("fell by", "shed a further", "shave between"). */
const changeFillers = new Set(['by', 'a', 'further', 'another', 'an', 'additional', 'extra', 'some', 'between', 'year-on-year', 'roughly']);

/**
 * "up"/"down" when the figure is itself the size of a change: a change verb or
 * "up"/"down" right before it ("rose 62 cents", "fell by a fifth", "shed a
 * further 150,000 jobs"), "a rise of 5%", or "higher"/"lower" right after
 * ("1.3 percentage points higher"). A level reached ("to $74.31", "up from
 * 5.8%") is not a change.
 */
export function changeAround(tokens: readonly Token[], before: number, last: number): Change | null {
  let k = before - 1;
  for (let skipped = 0; k >= 0 && skipped < 3 && changeFillers.has(tokens[k]!.lower); skipped++) k--;
  const w = tokens[k]?.lower;
  if (w !== undefined && tokens[k]!.type === 'word') {
    if (w === 'up' && tokens[k + 1]?.lower === 'to') return null;
    if (upWords.has(w) && w !== 'higher' && w !== 'lower') return 'up';
    if (downWords.has(w) && w !== 'higher' && w !== 'lower') return 'down';
    if (w === 'of' && k === before - 1) {
      const noun = tokens[k - 1]?.lower ?? '';
      if (upNouns.has(noun)) return 'up';
      if (downNouns.has(noun)) return 'down';
    }
    // "cut its benchmark rate by 25 basis points": the verb may stand a few words before "by".
    if (tokens[before - 1]?.lower === 'by') {
      for (let b = before - 2; b >= 0 && b >= before - 6; b--) {
        const x = tokens[b]!;
        if (x.type !== 'word') break;
        if ((upWords.has(x.lower) || upWithBy.has(x.lower)) && x.lower !== 'up' && x.lower !== 'higher') return 'up';
        if (downWords.has(x.lower) && x.lower !== 'down' && x.lower !== 'lower') return 'down';
      }
    }
  }
  const after = tokens[last + 1]?.lower;
  if (after === 'higher' || after === 'up') return 'up';
  if (after === 'lower' || after === 'down') return 'down';
  return null;
}

/** Verbs that link a subject to the figure it measures ("trade reached $240 billion"). */
const linkingVerbs = new Set([
  'reached', 'reach', 'reaches', 'reaching', 'totaled', 'totalled', 'totaling', 'totalling', 'total', 'totals', 'hit', 'hits', 'stood', 'was',
  'were', 'is', 'are', 'amounted', 'came', 'topped', 'exceeded', 'averaged', 'average',
]);
/** Heads too generic to name what is measured ("a total of", "a range of"). */
const genericHeads = new Set([
  'total', 'range', 'number', 'amount', 'sum', 'average', 'level', 'record', 'high', 'low', 'value', 'figure', 'tune', 'excess', 'maximum',
  'minimum', 'estimate', 'end', 'beginning', 'half', 'part', 'rate', 'height', 'depth', 'length', 'distance', 'period', 'one', 'each', 'lot',
  'increase', 'rise', 'decline', 'drop', 'gain', 'fall', 'jump', 'growth', 'loss', 'cut', 'reduction', 'change',
]);

const isPhraseWord = (t: Token | undefined) => t !== undefined && t.type === 'word' && !stopWords.has(t.lower);

/** Start index of the noun phrase ending at token `end` (inclusive), walking back; "of"/"in" may link two nouns. */
function phraseStartBefore(tokens: readonly Token[], end: number, floor: number): number {
  let k = end;
  let start = -1;
  for (let words = 0; k >= floor && words < 6; words++) {
    const t = tokens[k]!;
    // A verb before the noun phrase ends it ("had amassed investments", "the company expects capital spending").
    if (start !== -1 && isVerbLike(t)) break;
    if (isPhraseWord(t)) {
      start = k;
      k--;
      // Hyphenated compounds ("China-EU").
      while (k - 1 >= floor && tokens[k]!.text === '-' && touching(tokens[k], tokens[k + 1]) && touching(tokens[k - 1], tokens[k]) && tokens[k - 1]!.type === 'word') {
        start = k - 1;
        k -= 2;
      }
      continue;
    }
    if ((t.lower === 'of' || t.lower === 'in') && start !== -1 && isPhraseWord(tokens[k - 1])) {
      k--;
      continue;
    }
    break;
  }
  return start;
}

/** End index of the noun phrase starting at token `start`, walking forward; "and" may join two nouns. */
function phraseEndAfter(tokens: readonly Token[], start: number, ceiling: number): number {
  let k = start;
  let end = -1;
  let joined = false;
  for (let words = 0; k <= ceiling && words < 6; words++) {
    const t = tokens[k]!;
    if (end !== -1 && isVerbLike(t)) break;
    if (isPhraseWord(t) && !/^\d/.test(t.text)) {
      end = k;
      k++;
      while (k + 1 <= ceiling && tokens[k]!.text === '-' && touching(tokens[k - 1], tokens[k]) && touching(tokens[k], tokens[k + 1]) && tokens[k + 1]!.type === 'word') {
        end = k + 1;
        k += 2;
      }
      continue;
    }
    if (t.lower === 'and' && end !== -1 && !joined && isPhraseWord(tokens[k + 1]) && !isVerbLike(tokens[k + 1]!)) {
      joined = true;
      k++;
      continue;
    }
    break;
  }
  return end;
}

/** Common verbs that end a noun phrase: past tense in -ed and a few present forms of reporting and planning verbs. */
const presentVerbs = new Set(['expects', 'plans', 'wants', 'aims', 'hopes', 'needs', 'says', 'makes', 'made', 'sees', 'saw', 'has', 'had', 'have', 'became', 'remains']);
function isVerbLike(t: Token): boolean {
  if (t.type !== 'word') return false;
  return presentVerbs.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ed') && t.text === t.lower);
}

/** Text of tokens `a`–`b` without a leading determiner. */
function phraseText(tokens: readonly Token[], a: number, b: number, text: string): string | null {
  if (a === -1 || b === -1 || b < a) return null;
  const head = tokens[b]!.lower;
  if (a === b && genericHeads.has(head)) return null;
  return text.slice(tokens[a]!.start, tokens[b]!.end);
}

/**
 * A short phrase naming what the figure measures, when the sentence gives it in
 * one of the usual shapes: "<measure> of <figure>", "<figure> of <measure>" (for
 * shares), "<measure> <verb> <figure>" and "<money> in <measure>". Best effort:
 * null when no shape fits.
 */
export function measureAround(tokens: readonly Token[], before: number, last: number, kind: FigureKind, sentenceFrom: number, sentenceTo: number, text: string): string | null {
  if (kind === 'year' || kind === 'date') return null;
  const prev = tokens[before - 1];
  // "copper production of 356,000 tons", "an operating margin of 12.5%".
  if (prev?.lower === 'of') {
    const start = phraseStartBefore(tokens, before - 2, sentenceFrom);
    if (start !== -1 && !genericHeads.has(tokens[before - 2]!.lower)) return phraseText(tokens, start, before - 2, text);
  }
  // "32 percent of Russia’s foreign trade", "a third of carmakers".
  if ((kind === 'percent' || kind === 'quantity') && tokens[last + 1]?.lower === 'of') {
    const end = phraseEndAfter(tokens, last + 2, sentenceTo);
    if (end !== -1) return phraseText(tokens, last + 2, end, text);
  }
  // "China-EU trade in goods slipped 7.1 percent", "trade reached $312.5 billion".
  let k = before - 1;
  while (k >= sentenceFrom && changeFillers.has(tokens[k]!.lower) && k > before - 4) k--;
  const verb = tokens[k];
  if (verb && (linkingVerbs.has(verb.lower) || upWords.has(verb.lower) || downWords.has(verb.lower)) && verb.lower !== 'up' && verb.lower !== 'down') {
    let end = k - 1;
    if (tokens[end]?.lower === 'to' && tokens[end - 1]?.lower === 'amounted') end -= 2;
    if (tokens[end]?.lower === 'at' && tokens[end - 1]?.lower === 'stood') end -= 2;
    const start = phraseStartBefore(tokens, end, sentenceFrom);
    if (start !== -1) return phraseText(tokens, start, end, text);
  }
  // "$500 million in taxes and fees".
  if (kind === 'money' && tokens[last + 1]?.lower === 'in') {
    const end = phraseEndAfter(tokens, last + 2, sentenceTo);
    if (end !== -1 && tokens[last + 2]!.type === 'word' && !/^[A-Z]/.test(tokens[last + 2]!.text)) return phraseText(tokens, last + 2, end, text);
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

const periodPrepositions = new Set(['in', 'by', 'during', 'for', 'as', 'at', 'throughout']);
const periodSkips = new Set(['the', 'early', 'late', 'mid']);
const endWords = new Set(['end', 'beginning', 'start', 'middle', 'close']);
const relativeNouns = new Set(['year', 'month', 'week', 'quarter']);
const introWords = new Set(['in', 'by', 'during', 'as', 'at', 'for', 'throughout']);

/**
 * True when a year or date is introduced as a period: "in 2023", "By the end of
 * 2023", "for the 2023-24 financial year", or "of 2024" right after the figure
 * ("the second half of 2024"); not "until the end of June" or "for most of 2025".
 */
function introducedAsPeriod(tokens: readonly Token[], c: PeriodCandidate, figureLast: number): boolean {
  let k = c.labelFirst - 1;
  if (tokens[k]?.lower === 'of') {
    if (k - 1 === figureLast) return true;
    if (!endWords.has(tokens[k - 1]?.lower ?? '')) return false;
    k -= 2;
  }
  while (k >= 0 && periodSkips.has(tokens[k]!.lower)) k--;
  return k >= 0 && periodPrepositions.has(tokens[k]!.lower);
}

function relativeTimeAt(tokens: readonly Token[], k: number): boolean {
  const w = tokens[k]?.lower;
  if (w === 'currently' || w === 'now' || w === 'today') return true;
  return (w === 'this' || w === 'last' || w === 'next') && relativeNouns.has(tokens[k + 1]?.lower ?? '');
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

const comparisonWords = new Set(['compared', 'than', 'from', 'versus', 'vs', 'against']);
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
  tokens: readonly Token[],
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
    const t = tokens[k]!;
    if (t.type === 'punct' && (t.text === ',' || t.text === ';' || t.text === ':' || (clauseBreaks.has(t.text) && !touching(tokens[k - 1], t)))) break;
    if (relativeTimeAt(tokens, k)) return null;
    // "compared with the previous year", "from 2022": the base of a comparison, not the figure's period.
    if (comparisonWords.has(t.lower)) break;
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
      if (tokens[k]!.text === ',' || tokens[k]!.text === ';') {
        commas++;
        afterComma = k + 1;
      }
    }
    const opening = sentenceStart[c.labelFirst]!;
    let openingClause = c.labelFirst - opening <= 8;
    for (let k = opening; k < c.labelFirst && openingClause; k++) if (tokens[k]!.text === ',') openingClause = false;
    if (openingClause && introWords.has(tokens[opening]!.lower)) return c.label;
    // "reaching $240.1 billion in 2023, up 26.3 percent": a tail clause about the same period; "up from 5.8%" is the base, not the period.
    const tail = tokens[afterComma]?.lower ?? '';
    const base = tokens[afterComma + 1]?.lower === 'from';
    if (commas === 1 && !base && (tail === 'up' || tail === 'down' || tail === 'to' || tail === 'or')) return c.label;
    return null;
  }
  return null;
}
