import { describe, expect, it } from 'vitest';
import { articles, compareFigures, createLinker, linkGraph, relatedArticles } from '../../src/index';
import { RelatedArticleSchema } from '../../src/schemas';
import { agreement, statedStep } from '../../src/link/facts';
import type { Figure } from '../../src/model/figure';

const id = (n: number) => articles[n - 1]!.id;

describe('relatedArticles', () => {
  it('ranks the articles that share a person or a stated fact in the top 3, with the reason', () => {
    const expected: Array<[number, number, string]> = [
      [1, 8, 'Vladimir Putin'],
      [5, 7, 'Janet Yellen'],
      [7, 8, 'Alexei Overchuk'],
      [8, 7, 'Alexei Overchuk'],
      [7, 5, 'Janet Yellen'],
    ];
    for (const [from, to, person] of expected) {
      const top = relatedArticles(id(from), { limit: 3 });
      const hit = top.find((r) => r.articleId === id(to));
      expect(hit, `${from} → ${to}`).toBeDefined();
      expect(hit!.reasons.some((r) => r.type === 'entity' && r.name === person)).toBe(true);
      RelatedArticleSchema.parse(hit);
    }
  });

  it('shows the same stated fact with both sentences', () => {
    const [top] = relatedArticles(id(8), { limit: 1 });
    const fact = top!.reasons.find((r) => r.type === 'fact' && r.agreement === 'rounding');
    expect(fact).toBeDefined();
    if (fact?.type === 'fact') {
      expect(fact.statements.map((s) => s.text).sort()).toEqual(['$240.1 billion', '$240.11 billion']);
      expect(fact.statements[0].sentence).toContain(fact.statements[0].text);
    }
  });

  it('returns nothing for unknown ids, a zero limit, or a one-article corpus', () => {
    expect(relatedArticles('nope')).toEqual([]);
    expect(relatedArticles('__proto__')).toEqual([]);
    expect(relatedArticles(id(1), { limit: 0 })).toEqual([]);
    expect(createLinker({ articles: articles.slice(0, 1) }).related(id(1))).toEqual([]);
    expect(() => relatedArticles(id(1), { limit: -2 })).toThrow(/options\.limit/);
  });
});

describe('compareFigures', () => {
  it('classifies agreement, rounding and time series', () => {
    const groups = compareFigures();
    const find = (text: string) => groups.find((g) => g.statements.some((s) => s.text === text));
    expect(find('$240.11 billion')?.classification).toBe('rounding');
    expect(find('26.3 percent')?.classification).toBe('agree');
    expect(find('80 percent')?.classification).toBe('time-series');
    expect(find('75th anniversary')!.statements.length).toBeGreaterThanOrEqual(3);
  });

  it('judges agreement by the precision the text states', () => {
    const fig = (text: string, value: number): Figure => ({ id: text, articleId: 'a', paragraphId: 'a:p1', text, start: 0, end: text.length, kind: 'money', value, exact: true, unit: 'USD', qualifier: null, change: null, per: null, measure: null, period: null });
    expect(statedStep(fig('$240.1 billion', 240.1e9))).toBeCloseTo(0.1e9);
    expect(agreement(fig('$240.11 billion', 240.11e9), fig('$240.1 billion', 240.1e9))).toBe('rounding');
    expect(agreement(fig('$240.2 billion', 240.2e9), fig('$240.1 billion', 240.1e9))).toBeUndefined();
    expect(agreement(fig('$5 million', 5e6), fig('$5 million', 5e6))).toBe('agree');
  });
});

describe('linkGraph', () => {
  it('is graphology-serialised: nodes for articles, undirected weighted edges with reasons', () => {
    const graph = linkGraph();
    expect(graph.options).toEqual({ type: 'undirected', multi: false, allowSelfLoops: false });
    expect(graph.nodes).toHaveLength(8);
    const keys = new Set(graph.nodes.map((n) => n.key));
    for (const e of graph.edges) {
      expect(keys.has(e.source) && keys.has(e.target)).toBe(true);
      expect(e.attributes.reasons.length).toBeGreaterThan(0);
    }
    expect(graph.edges.some((e) => [e.source, e.target].sort().join() === [id(7), id(8)].sort().join())).toBe(true);
  });
});
