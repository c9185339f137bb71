import { describe, expect, it } from 'vitest';
import { completeDate, dateCues, matchDate, matchYear, parseReferenceDate } from '../../../src/extract/figures/dates';
import { tokenize } from '../../../src/extract/figures/tokens';

const date = (text: string, at = 0) => {
  const m = matchDate(tokenize(text), at);
  return m && { year: m.year, month: m.month, day: m.day };
};

describe('dates', () => {
  it('reads month-first, day-first, ISO, month-year and mid- forms', () => {
    expect(date('Jan. 31, 2021')).toEqual({ year: 2021, month: 1, day: 31 });
    expect(date('May 16')).toEqual({ year: null, month: 5, day: 16 });
    expect(date('5 January 2026')).toEqual({ year: 2026, month: 1, day: 5 });
    expect(date('2025-03-01')).toEqual({ year: 2025, month: 3, day: 1 });
    expect(date('July 2023')).toEqual({ year: 2023, month: 7, day: null });
    expect(date('mid-October')).toEqual({ year: null, month: 10, day: null });
    expect(date('mid-2023')).toEqual({ year: 2023, month: null, day: null });
  });

  it('needs date context for a lone month, and never takes "may" or a first name', () => {
    expect(date('in March', 1)).toEqual({ year: null, month: 3, day: null });
    expect(date('March', 0)).toBeNull();
    expect(date('we may', 1)).toBeNull();
    expect(date('by April Smith', 1)).toBeNull();
    expect(date('Feb 30')).toBeNull();
  });

  it('reads year labels', () => {
    expect(matchYear(tokenize('2023-24'), 0)).toEqual({ first: 0, last: 2, value: 2023 });
    expect(matchYear(tokenize('fiscal 2024'), 0)).toEqual({ first: 0, last: 1, value: 2024 });
    expect(matchYear(tokenize('FY2024'), 0)).toEqual({ first: 0, last: 1, value: 2024 });
  });

  it('parses reference dates at every precision', () => {
    expect(parseReferenceDate('2024-03-28T01:07+08:00')).toEqual({ year: 2024, month: 3, day: 28 });
    expect(parseReferenceDate('2024-04')).toEqual({ year: 2024, month: 4, day: null });
    expect(parseReferenceDate('2024')).toEqual({ year: 2024, month: null, day: null });
    expect(parseReferenceDate('2024-02-30')).toBeNull();
    expect(parseReferenceDate('yesterday')).toBeNull();
  });

  it('completes a missing year from the reference date and the cues', () => {
    const ref = { year: 2024, month: 4, day: 25 };
    const none = { yearOffset: null, direction: null, generic: false } as const;
    expect(completeDate({ year: null, month: 10, day: null }, ref, { ...none, direction: 'past' })).toBe('2023-10');
    expect(completeDate({ year: null, month: 2, day: null }, ref, { ...none, direction: 'future' })).toBe('2025-02');
    expect(completeDate({ year: null, month: 5, day: null }, ref, { ...none, yearOffset: -1 })).toBe('2023-05');
    expect(completeDate({ year: null, month: 11, day: 3 }, ref, none)).toBe('2024-11-03');
    expect(completeDate({ year: null, month: 11, day: 3 }, null, none)).toBe('--11-03');
    expect(completeDate({ year: null, month: 1, day: null }, ref, { ...none, generic: true })).toBe('--01');
  });

  it('reads cues from the sentence', () => {
    const tokens = tokenize('Since its opening around mid-October, it has grown');
    const at = Array.from({ length: tokens.length }, (_, i) => tokens.text(i)).indexOf('mid');
    expect(dateCues(tokens, at, at + 2, 0, tokens.length - 1).direction).toBe('past');
    const later = tokenize('Work usually stops in January');
    expect(dateCues(later, 4, 4, 0, 4).generic).toBe(true);
  });
});
