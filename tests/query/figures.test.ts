import { describe, expect, it } from 'vitest';
import { articles, extractFigures, figures, GtCorpusArgumentError } from '../../src/index';
import { FigureSchema } from '../../src/schemas';
import { figuresData } from '../../src/generated/figures';

describe('bundled figures', () => {
  it('equal what extractFigures computes from the articles now (generated data is up to date)', () => {
    expect(JSON.parse(JSON.stringify(articles.flatMap((a) => extractFigures(a))))).toEqual(figuresData());
  });

  it('are valid, deeply frozen and slice back into their paragraphs', () => {
    const paragraphs = new Map(articles.flatMap((a) => a.paragraphs.map((p) => [p.id, p.text] as const)));
    const all = figures();
    expect(all.length).toBeGreaterThan(50);
    expect(Object.isFrozen(all)).toBe(true);
    for (const f of all) {
      expect(FigureSchema.parse(f)).toEqual(f);
      expect(Object.isFrozen(f)).toBe(true);
      expect(paragraphs.get(f.paragraphId)!.slice(f.start, f.end)).toBe(f.text);
    }
  });
});

describe('figures(filter)', () => {
  it('filters by kind and unit', () => {
    const money = figures({ kind: 'money' });
    expect(money.length).toBeGreaterThan(5);
    expect(money.every((f) => f.kind === 'money' && f.unit === 'USD')).toBe(true);
    expect(money.map((f) => f.text)).toContain('$2.498 billion');
    expect(figures({ unit: 'job' }).map((f) => f.text)).toEqual(['9,000 jobs', '30,000 local jobs']);
  });

  it('filters by article and by numeric range, never matching dates', () => {
    const id = 'trade-with-china-mainly-settled';
    expect(figures({ articleId: id }).every((f) => f.articleId === id)).toBe(true);
    expect(figures({ kind: 'money', min: 2e11 }).map((f) => f.value)).toEqual([783e9, 240110000000, 240100000000]);
    expect(figures({ min: 0 }).some((f) => f.kind === 'date')).toBe(false);
    expect(figures({ kind: 'percent', max: 10 }).map((f) => f.text)).toEqual(['7.1 percent']);
  });

  it('gives an empty list for unknown ids and units', () => {
    expect(figures({ articleId: '__proto__' })).toEqual([]);
    expect(figures({ unit: 'parsec' })).toEqual([]);
  });

  it('throws GtCorpusArgumentError for wrong filter types', () => {
    for (const bad of [{ kind: 'cash' }, { kind: 1 }, { min: '5' }, { max: Number.NaN }, { articleId: 7 }, { unit: null }]) {
      expect(() => figures(bad as never)).toThrow(GtCorpusArgumentError);
    }
    expect(() => figures('money' as never)).toThrow(/parameter `filter`/);
  });
});
