import { describe, expect, it } from 'vitest';
import { tokenize } from '../../../src/extract/figures/tokens';
import { currencyAt, matchCurrencyPrefix, matchCurrencyWord, matchUnit } from '../../../src/extract/figures/units';

const unit = (text: string) => matchUnit(tokenize(text), 0)?.info ?? null;

describe('unit lexicon', () => {
  it('maps British and US spellings, plurals and abbreviations to one singular unit', () => {
    expect(unit('kilometres')?.unit).toBe('kilometer');
    expect(unit('sq km')?.unit).toBe('square kilometer');
    expect(unit('square km')?.unit).toBe('square kilometer');
    expect(unit('tonnes')?.unit).toBe('ton');
    expect(unit('cubic metres')?.unit).toBe('cubic meter');
    expect(unit('mph')).toEqual({ unit: 'mile', kind: 'quantity', per: 'hour' });
    expect(unit('bpd')).toEqual({ unit: 'barrel', kind: 'quantity', per: 'day' });
    expect(unit('years')).toEqual({ unit: 'year', kind: 'duration' });
  });

  it('matches abbreviations with their case and lone C/F only as temperatures', () => {
    expect(unit('MW')?.unit).toBe('megawatt');
    expect(unit('mw')).toBeNull();
    expect(unit('F in')?.unit).toBe('degree Fahrenheit');
    expect(unit('F-16')).toBeNull();
  });
});

describe('currency lexicon', () => {
  it('reads symbols, prefixed dollars and codes before the amount', () => {
    expect(matchCurrencyPrefix(tokenize('HK$5'), 0)).toEqual({ code: 'HKD', next: 2 });
    expect(matchCurrencyPrefix(tokenize('€5'), 0)).toEqual({ code: 'EUR', next: 1 });
    expect(matchCurrencyPrefix(tokenize('RMB 5'), 0)).toEqual({ code: 'CNY', next: 1 });
    expect(matchCurrencyPrefix(tokenize('USD'), 0)).toBeNull();
  });

  it('reads currency words after the amount, cents without a currency of their own', () => {
    expect(matchCurrencyWord(tokenize('Hong Kong dollars'), 0)?.info).toEqual({ code: 'HKD', factor: 1 });
    expect(matchCurrencyWord(tokenize('roubles'), 0)?.info.code).toBe('RUB');
    expect(matchCurrencyWord(tokenize('cents'), 0)?.info).toEqual({ code: null, factor: 0.01 });
    expect(currencyAt(tokenize('yuan'), 0)).toBe('CNY');
  });
});
