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
  const tolerance = Math.max(statedStep(a), statedStep(b)) / 2;
  return Math.abs(a.value - b.value) <= tolerance * (1 + 1e-9) ? 'rounding' : undefined;
}

/** Buckets by three significant digits, so values that agree within rounding share a bucket or neighbour one. */
export function factBuckets(f: Figure): string[] {
  const v = Math.abs(f.value as number);
  const magnitude = v === 0 ? 0 : Math.floor(Math.log10(v)) - 2;
  const b = Math.round(v / 10 ** magnitude);
  return [b - 1, b, b + 1].map((x) => `${f.kind}|${f.unit}|${magnitude}|${x}`);
}

/** Words that say what a figure measures: its `measure`, else the words near it. */
export function contextWords(f: Figure, sentence: string, sentenceStart: number): Set<string> {
  const near = sentence.slice(Math.max(0, f.start - sentenceStart - 80), f.end - sentenceStart + 80);
  return new Set(contentWords(`${f.measure ?? ''} ${near}`).filter((w) => !/^\d/.test(w)));
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
  context: Set<string>;
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
