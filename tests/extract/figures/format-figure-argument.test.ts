/**
 * formatFigure checks its argument by hand — the fields it reads, with the
 * types FigureSchema gives them — instead of with FigureSchema, so that the
 * main entry does not load zod. Whatever the schema accepts must pass, and
 * what formatFigure cannot format must fail with the same typed error.
 */
import { describe, expect, it } from 'vitest';
import { formatFigure, GtCorpusArgumentError, type Figure } from '../../../src/index';
import { FigureSchema } from '../../../src/schemas';

const money: Figure = {
  id: 'text:p1:f1',
  articleId: 'text',
  paragraphId: 'text:p1',
  text: '$2.498 billion',
  start: 0,
  end: 14,
  kind: 'money',
  value: 2_498_000_000,
  exact: true,
  unit: 'USD',
  qualifier: null,
  change: null,
  per: null,
  measure: null,
  period: null,
};
const date: Figure = { ...money, text: 'May 16, 2024', end: 12, kind: 'date', value: '2024-05-16', unit: null };

const rejects = (figure: unknown) => {
  expect(() => formatFigure(figure as Figure), JSON.stringify(figure)).toThrow(GtCorpusArgumentError);
  expect(() => formatFigure(figure as Figure)).toThrow(/parameter `figure` must be a Figure/);
};

describe('formatFigure: the figure argument', () => {
  it('accepts every figure the schema accepts', () => {
    for (const figure of [money, date, { ...money, kind: 'percent', value: 26.3, unit: 'percent' }, { ...money, kind: 'year', value: 2023, unit: null }]) {
      expect(FigureSchema.safeParse(figure).success).toBe(true);
      expect(typeof formatFigure(figure as Figure)).toBe('string');
    }
    expect(formatFigure(money)).toBe('$2,498,000,000');
    expect(formatFigure(date)).toBe('May 16, 2024');
  });

  it('rejects non-objects, unknown kinds and values of the wrong type for the kind', () => {
    for (const value of [null, undefined, 42, 'a figure', [money]]) rejects(value);
    rejects({ ...money, kind: 'weight' });
    rejects({ ...money, kind: undefined });
    rejects({ ...money, value: '2498000000' });
    rejects({ ...money, value: Number.NaN });
    rejects({ ...money, value: Number.POSITIVE_INFINITY });
    rejects({ ...date, value: 20240516 });
  });

  it('rejects a unit or rate denominator that is neither a string nor null', () => {
    rejects({ ...money, unit: undefined });
    rejects({ ...money, unit: 5 });
    rejects({ ...money, per: undefined });
    rejects({ ...money, per: { unit: 'year' } });
  });

  it('does not need the fields it does not read', () => {
    const { id: _id, articleId: _articleId, paragraphId: _paragraphId, text: _text, start: _start, end: _end, ...rest } = money;
    expect(formatFigure(rest as unknown as Figure)).toBe('$2,498,000,000');
  });
});
