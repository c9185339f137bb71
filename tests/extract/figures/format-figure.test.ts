import { describe, expect, it } from 'vitest';
import { extractFigures, formatFigure, GtCorpusArgumentError, type Figure } from '../../../src/index';

const first = (text: string, referenceDate = '2024-04-18') => extractFigures(text, { referenceDate })[0]!;

describe('formatFigure', () => {
  it('formats money with the currency, keeping the written decimals and the rate', () => {
    expect(formatFigure(first('a $2.498 billion deal'))).toBe('$2,498,000,000');
    expect(formatFigure(first('up 62 cents'))).toBe('$0.62');
    expect(formatFigure(first('the yuan at 7.2912 per dollar'))).toBe('CN¥7.2912 per dollar');
    expect(formatFigure(first('a €38,000 car'), 'de-DE')).toBe('38.000\u00a0€');
  });

  it('formats percentages, points and units (Intl unit style where Intl has the unit)', () => {
    expect(formatFigure(first('up 26.3 percent'))).toBe('26.3%');
    expect(formatFigure(first('1.3 percentage points'))).toBe('1.3 percentage points');
    expect(formatFigure(first('75 mph'))).toBe('75 miles per hour');
    expect(formatFigure(first('-30 F winds'))).toBe('-30 degrees Fahrenheit');
    expect(formatFigure(first('12,000 sq km'))).toBe('12,000 square kilometers');
    expect(formatFigure(first('120,000 tons per year'))).toBe('120,000 tons per year');
    expect(formatFigure(first('for 75 years'))).toBe('75 years');
    expect(formatFigure(first('for 75 years'), 'de')).toBe('75 Jahre');
  });

  it('formats counts with the plural noun, ordinals with their suffix, years without grouping', () => {
    expect(formatFigure(first('30,000 local jobs'))).toBe('30,000 jobs');
    expect(formatFigure(first('40 people'))).toBe('40 people');
    expect(formatFigure(first('the 22nd meeting'))).toBe('22nd meeting');
    expect(formatFigure(first('the 73rd session'))).toBe('73rd session');
    expect(formatFigure(first('the 11th round'))).toBe('11th round');
    expect(formatFigure(first('the 22nd meeting'), 'de')).toBe('22. meeting');
    expect(formatFigure(first('in 2023 it rose'))).toBe('2023');
  });

  it('formats dates at their precision, the unknown year left out', () => {
    expect(formatFigure(first('on May 16, 2024'))).toBe('May 16, 2024');
    expect(formatFigure(first('in July 2023'))).toBe('July 2023');
    expect(formatFigure(first('on May 16, 2024'), 'fr')).toBe('16 mai 2024');
    expect(formatFigure(extractFigures('on Sept. 9')[0]!)).toBe('September 9');
    expect(formatFigure(first('since mid-2023'))).toBe('2023');
  });

  it('rejects what is not a figure or a locale', () => {
    const f = first('5 percent');
    expect(() => formatFigure({ ...f, kind: 'nope' } as unknown as Figure)).toThrow(GtCorpusArgumentError);
    expect(() => formatFigure(null as unknown as Figure)).toThrow(/parameter `figure`/);
    expect(() => formatFigure(f, 42 as never)).toThrow(/parameter `locale`/);
    expect(() => formatFigure(f, 'not a locale!')).toThrow(GtCorpusArgumentError);
  });
});
