import type { Figure } from '../model/figure';
import type { FactStatement, FigureComparison } from '../model/link';
import { contentWords } from './text-similarity';

/** Figures that can be the same stated fact in two stories: amounts, shares, quantities, sizeable counts, ranked events. */
export function isFactFigure(f: Figure): boolean {
  if (typeof f.value !== 'number' || !Number.isFinite(f.value) || f.unit === null) return false;
  if (f.kind === 'money' || f.kind === 'percent' || f.kind === 'quantity') return true;
  if (f.kind === 'count') return f.value >= 10;
  if (f.kind === 'ordinal') return f.value >= 10;
  return false;
}

/**
 * The step of the last digit the text states: "$240.1 billion" → 0.1 billion,
 * "92 percent" → 1. Two statements agree within rounding when they differ by
 * at most half the coarser step.
 */
export function statedStep(f: Figure): number {
  const literal = /\d[\d,]*(?:\.(\d+))?/.exec(f.text);
  if (!literal || typeof f.value !== 'number') return 1;
  const written = Number(literal[0].replace(/,/g, ''));
  const decimals = literal[1]?.length ?? 0;
  const scale = written > 0 ? Math.abs(f.value) / written : 1;
  return 10 ** -decimals * (Number.isFinite(scale) && scale > 0 ? scale : 1);
}

export function agreement(a: Figure, b: Figure): 'agree' | 'rounding' | undefined {
  if (a.kind !== b.kind || a.unit !== b.unit || typeof a.value !== 'number' || typeof b.value !== 'number') return undefined;
  if (a.value === b.value) return 'agree';
  return valuesAgree(a.value, statedStep(a), b.value, statedStep(b));
}

/** `agreement` of two values of the same kind and unit, given the steps their texts state. */
export function valuesAgree(a: number, stepA: number, b: number, stepB: number): 'agree' | 'rounding' | undefined {
  if (a === b) return 'agree';
  const tolerance = Math.max(stepA, stepB) / 2;
  return Math.abs(a - b) <= tolerance * (1 + 1e-9) ? 'rounding' : undefined;
}

/** Buckets by three significant digits, so values that agree within rounding share a bucket or neighbour one. */
export function factBuckets(f: Figure): string[] {
  const { group, bucket } = valueBucket(f);
  return [bucket - 1, bucket, bucket + 1].map((x) => `${group}|${x}`);
}

/** A figure's bucket: `group` (kind, unit and magnitude) and the value's three significant digits; `factBuckets` names it and its neighbours. */
export function valueBucket(f: Figure): { group: string; bucket: number } {
  const v = Math.abs(f.value as number);
  const magnitude = v === 0 ? 0 : Math.floor(Math.log10(v)) - 2;
  return { group: `${f.kind}|${f.unit}|${magnitude}`, bucket: Math.round(v / 10 ** magnitude) };
}

/** Words that say what a figure measures: its `measure`, else the words near it. */
export function contextWords(f: Figure, sentence: string, sentenceStart: number): Set<string> {
  return new Set(contentWords(contextText(f, sentence, sentenceStart)).filter((w) => !/^\d/.test(w)));
}

/** The text `contextWords` reads: the figure's `measure` and the 80 characters either side of it. */
export function contextText(f: Figure, sentence: string, sentenceStart: number): string {
  return `${f.measure ?? ''} ${sentence.slice(Math.max(0, f.start - sentenceStart - 80), f.end - sentenceStart + 80)}`;
}

export function overlap(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return shared;
}

export interface FactFigure {
  figure: Figure;
  /** Built on first use: finding the sentence costs more than linking needs. */
  readonly statement: FactStatement;
  /** The content words near the figure (built on first use by the linker). */
  readonly context: Set<string>;
}

/**
 * Groups figures stated in more than one article and classifies each group.
 * Candidates meet through inverted indexes (value buckets, and measure words
 * for differing values), never by comparing all pairs.
 */
export function compareFactFigures(facts: readonly FactFigure[], fanOut = 200): FigureComparison[] {
  const parent = facts.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  const union = (i: number, j: number) => {
    parent[find(i)] = find(j);
  };
  const byBucket = new Map<string, number[]>();
  const byWord = new Map<string, number[]>();
  facts.forEach((fact, i) => {
    const key = factBuckets(fact.figure)[1]!;
    byBucket.set(key, [...(byBucket.get(key) ?? []), i]);
    for (const w of fact.context) {
      const k = `${fact.figure.kind}|${fact.figure.unit}|${w}`;
      const list = byWord.get(k) ?? [];
      if (list.length < fanOut) list.push(i);
      byWord.set(k, list);
    }
  });
  facts.forEach((fact, i) => {
    const seen = new Set<number>();
    for (const key of factBuckets(fact.figure)) {
      for (const j of byBucket.get(key) ?? []) {
        if (j <= i || seen.has(j)) continue;
        seen.add(j);
        const other = facts[j]!;
        if (other.figure.articleId !== fact.figure.articleId && agreement(fact.figure, other.figure) && overlap(fact.context, other.context) >= 1) union(i, j);
      }
    }
    // Different values of the same measure (a share in July 2023 vs now): several shared measure words.
    const counts = new Map<number, number>();
    for (const w of fact.context) {
      for (const j of byWord.get(`${fact.figure.kind}|${fact.figure.unit}|${w}`) ?? []) if (j > i) counts.set(j, (counts.get(j) ?? 0) + 1);
    }
    for (const [j, shared] of counts) {
      const other = facts[j]!;
      if (other.figure.articleId !== fact.figure.articleId && shared >= 4 && shared / Math.min(fact.context.size, other.context.size) >= 0.4) union(i, j);
    }
  });
  const groups = new Map<number, FactFigure[]>();
  facts.forEach((fact, i) => groups.set(find(i), [...(groups.get(find(i)) ?? []), fact]));
  const out: FigureComparison[] = [];
  for (const group of groups.values()) {
    if (new Set(group.map((g) => g.figure.articleId)).size < 2) continue;
    const first = group[0]!.figure;
    const values = group.map((g) => g.figure);
    const allAgree = values.every((v) => agreement(first, v) === 'agree');
    const allClose = values.every((v) => agreement(first, v) !== undefined);
    const periods = new Set(group.map((g) => g.figure.period ?? 'now'));
    const classification = allAgree ? 'agree' : allClose ? 'rounding' : periods.size > 1 ? 'time-series' : 'conflict';
    out.push({
      kind: first.kind,
      unit: first.unit,
      measure: group.find((g) => g.figure.measure)?.figure.measure ?? null,
      classification,
      statements: group.map((g) => g.statement),
    });
  }
  return out.sort((a, b) => b.statements.length - a.statements.length || (a.statements[0]!.figureId < b.statements[0]!.figureId ? -1 : 1));
}

/** Where a figure's context words are: `words[ends[i - 1]]` up to `words[ends[i]]` for figure `i`, each word (numbered) once. */
export interface FactContexts {
  words: readonly number[];
  ends: readonly number[];
}

export interface FactIndex {
  /** How many articles state a value in the figure's bucket (its rarity). */
  bucketArticles(fact: number): number;
  /**
   * Calls `found` for each match of the article's figures: a figure of another
   * article, in the same or a neighbouring value bucket (not one fuller than
   * `maxFanOut`), that agrees and shares a context word. In the order of the
   * article's figures, then of the buckets (lower, own, higher), then of the
   * input.
   */
  matches(article: number, found: (other: number, own: number, theirs: number, agreement: 'agree' | 'rounding') => void): void;
}

/**
 * Indexes fact figures for linking: numbered value buckets (`factBuckets`),
 * and the figures laid out bucket after bucket in typed arrays, so that a
 * query reads a bucket's figures and their contexts one after another.
 * `articleOf` numbers a figure's article (`undefined` for articles not linked).
 */
export function indexFacts(facts: readonly FactFigure[], contexts: FactContexts, articleOf: (id: string) => number | undefined, maxFanOut: number): FactIndex {
  const count = facts.length;
  const groups = new Map<string, Map<number, number>>();
  const members: number[][] = [];
  const articlesIn: Array<Set<string>> = [];
  const bucketOf = new Int32Array(count);
  const factsOf: number[][] = [];
  // Kind and unit, numbered: figures agree only within one.
  const classes = new Map<string, Map<string | null, number>>();
  let classCount = 0;
  const classOf = new Int32Array(count);
  const ids = new Set<string>();
  let repeatedIds = false;
  const near = new Int32Array(count * 3).fill(-1);
  facts.forEach(({ figure: f }, i) => {
    const { group, bucket } = valueBucket(f);
    let buckets = groups.get(group);
    if (!buckets) groups.set(group, (buckets = new Map()));
    let b = buckets.get(bucket);
    if (b === undefined) {
      buckets.set(bucket, (b = members.length));
      members.push([]);
      articlesIn.push(new Set());
    }
    members[b]!.push(i);
    articlesIn[b]!.add(f.articleId);
    bucketOf[i] = b;
    const a = articleOf(f.articleId);
    if (a !== undefined) (factsOf[a] ??= []).push(i);
    let units = classes.get(f.kind);
    if (!units) classes.set(f.kind, (units = new Map()));
    let c = units.get(f.unit);
    if (c === undefined) units.set(f.unit, (c = classCount++));
    classOf[i] = c;
    if (ids.has(f.id)) repeatedIds = true;
    ids.add(f.id);
  });
  // The buckets a figure's matches are in: the lower neighbour, its own, the higher one — each once, none too full.
  facts.forEach(({ figure: f }, i) => {
    const { group, bucket } = valueBucket(f);
    const buckets = groups.get(group)!;
    [buckets.get(bucket - 1), bucketOf[i]!, buckets.get(bucket + 1)].forEach((b, k) => {
      if (b !== undefined && members[b]!.length <= maxFanOut && !near.subarray(i * 3, i * 3 + k).includes(b)) near[i * 3 + k] = b;
    });
  });
  // When figure ids repeat, each pair of ids counts once per query.
  const idNumber = repeatedIds ? new Map([...ids].map((id, k) => [id, k])) : undefined;

  const bucketStart = new Int32Array(members.length + 1);
  const placeOf = new Int32Array(count);
  const placedFact = new Int32Array(count);
  const placedArticle = new Int32Array(count);
  const placedValue = new Float64Array(count);
  const placedStep = new Float64Array(count);
  const placedClass = new Int32Array(count);
  const contextStart = new Int32Array(count + 1);
  const context = new Int32Array(contexts.words.length);
  let vocabularySize = 0;
  let p = 0;
  let q = 0;
  members.forEach((list, b) => {
    bucketStart[b] = p;
    for (const i of list) {
      const f = facts[i]!.figure;
      placeOf[i] = p;
      placedFact[p] = i;
      placedArticle[p] = articleOf(f.articleId) ?? -1;
      placedValue[p] = f.value as number;
      placedStep[p] = statedStep(f);
      placedClass[p] = classOf[i]!;
      contextStart[p] = q;
      for (let w = i === 0 ? 0 : contexts.ends[i - 1]!; w < contexts.ends[i]!; w++) {
        const word = contexts.words[w]!;
        context[q++] = word;
        if (word >= vocabularySize) vocabularySize = word + 1;
      }
      p++;
    }
  });
  bucketStart[members.length] = p;
  contextStart[count] = q;
  /** The words of the figure being matched (1), found by word number. */
  const inOwnContext = new Uint8Array(vocabularySize);

  return {
    bucketArticles: (i) => articlesIn[bucketOf[i]!]!.size,
    matches(self, found) {
      const pairs = idNumber && new Set<number>();
      for (const i of factsOf[self] ?? []) {
        const at = placeOf[i]!;
        for (let w = contextStart[at]!; w < contextStart[at + 1]!; w++) inOwnContext[context[w]!] = 1;
        try {
          const kindAndUnit = placedClass[at];
          const value = placedValue[at]!;
          const step = placedStep[at]!;
          for (let k = i * 3; k < i * 3 + 3; k++) {
            const b = near[k]!;
            if (b < 0) continue;
            for (let j = bucketStart[b]!; j < bucketStart[b + 1]!; j++) {
              const other = placedArticle[j]!;
              // Figures of articles not linked only matter when ids repeat: they take their pair of ids first.
              if (other === self || (other < 0 && !pairs) || placedClass[j] !== kindAndUnit) continue;
              const agreement = valuesAgree(value, step, placedValue[j]!, placedStep[j]!);
              if (!agreement) continue;
              let shares = false;
              for (let w = contextStart[j]!; w < contextStart[j + 1]! && !shares; w++) shares = inOwnContext[context[w]!] === 1;
              if (!shares) continue;
              const theirs = placedFact[j]!;
              if (pairs) {
                const pair = idNumber!.get(facts[i]!.figure.id)! * ids.size + idNumber!.get(facts[theirs]!.figure.id)!;
                if (pairs.has(pair)) continue;
                pairs.add(pair);
                if (other < 0) continue;
              }
              found(other, i, theirs, agreement);
            }
          }
        } finally {
          for (let w = contextStart[at]!; w < contextStart[at + 1]!; w++) inOwnContext[context[w]!] = 0;
        }
      }
    },
  };
}
