import { describe, expect, it } from 'vitest';
import { attachedScale, normalizeNumeral, spacedScale, toNumber } from '../../../src/extract/figures/numerals';

describe('numerals', () => {
  it('normalizes separators and scripts', () => {
    expect(normalizeNumeral('1,234.5')).toBe('1234.5');
    expect(normalizeNumeral('١٬٢٣٤٫٥')).toBe('1234.5');
    expect(normalizeNumeral('１２')).toBe('12');
  });

  it('knows spaced and attached scale words', () => {
    expect([spacedScale('billion'), spacedScale('bn'), spacedScale('crore'), spacedScale('m')]).toEqual([9, 9, 7, undefined]);
    expect([attachedScale('m', false), attachedScale('bn', false), attachedScale('M', false), attachedScale('M', true)]).toEqual([6, 9, undefined, 6]);
  });

  it('scales exactly by decimal shifting', () => {
    expect(toNumber('2.498', 9)).toEqual({ value: 2498000000, exact: true });
    expect(toNumber('62', -2)).toEqual({ value: 0.62, exact: true });
    expect(toNumber('240.11', 9).value).toBe(240110000000);
    expect(toNumber('0.1', 0, true)).toEqual({ value: -0.1, exact: true });
  });

  it('flags what a double cannot hold', () => {
    expect(toNumber('9007199254740991')).toEqual({ value: 9007199254740991, exact: true });
    expect(toNumber('9007199254740993').exact).toBe(false);
    expect(toNumber('0.12345678901234567').exact).toBe(false);
    expect(toNumber('1'.repeat(400))).toEqual({ value: Number.MAX_VALUE, exact: false });
  });
});
