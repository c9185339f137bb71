import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forEachCapitalizedRun, letterDigitWordCount, type CapitalizedRun } from '../../src/text/capitalized-runs';
import { numRuns, text } from '../properties/arbitraries';

const connectors = new Set(['of', 'and', 'the', 'for']);
/** The runs forEachCapitalizedRun visits, in order. */
function capitalizedRuns(s: string, connectorWords: ReadonlySet<string>, maxWords?: number): CapitalizedRun[] {
  const runs: CapitalizedRun[] = [];
  forEachCapitalizedRun(s, connectorWords, (run) => runs.push(run), maxWords);
  return runs;
}
const texts = (s: string) => capitalizedRuns(s, connectors).map((r) => r.text);

describe('forEachCapitalizedRun', () => {
  it('joins capitalised words and at most two connectors between them', () => {
    expect(texts('He met the Ministry of Commerce, then the Great Hall of the People today.')).toEqual(['He', 'Ministry of Commerce', 'Great Hall of the People']);
    expect(texts('Belt and Road Initiative, but not Road and the of Sea')).toEqual(['Belt and Road Initiative', 'Road', 'Sea']);
  });

  it('keeps "U.S." one word, and apostrophes, ampersands and hyphens inside words', () => {
    const [run] = capitalizedRuns('the U.S. Treasury’s AT&T-like Deal', connectors);
    expect(run!.words.map((w) => w.text)).toEqual(['U.S.', 'Treasury’s', 'AT&T-like', 'Deal']);
  });

  it('is not joined across punctuation, and any whitespace joins', () => {
    expect(texts('Paris, London\tBerlin\nRome')).toEqual(['Paris', 'London\tBerlin\nRome']);
  });

  it('reads capitals outside ASCII, astral letters and emoji without splitting surrogate pairs', () => {
    expect(texts('Émile Zola met Ørsted 😀 Ångström 𝐀lpha and 😀')).toEqual(['Émile Zola', 'Ørsted', 'Ångström 𝐀lpha']);
    expect(texts('\ud800Oslo \udc00Bergen')).toEqual(['Oslo', 'Bergen']);
  });

  it('finds capitals only where a word starts, after skipping lowercase text', () => {
    expect(texts('the iPhone Pro, co-Founder Li, x.Y and &Co, 5G Network')).toEqual(['Pro', 'Li', 'Y', 'Co', 'Network']);
    expect(texts('lowercase only, 𝐚𝐛 and ǅemal')).toEqual([]);
  });

  it('cuts a run at maxWords and starts a new one', () => {
    expect(capitalizedRuns('A B C D E', connectors, 2).map((r) => r.text)).toEqual(['A B', 'C D', 'E']);
  });

  it('returns words in order whose offsets slice back to their text, inside their run', () => {
    fc.assert(
      fc.property(text, (s) => {
        let last = -1;
        for (const run of capitalizedRuns(s, connectors)) {
          expect(s.slice(run.start, run.end)).toBe(run.text);
          expect(run.start).toBeGreaterThan(last);
          last = run.end;
          expect(run.words[0]!.start).toBe(run.start);
          expect(run.words.at(-1)!.end).toBe(run.end);
          for (const w of run.words) expect(s.slice(w.start, w.end)).toBe(w.text);
        }
      }),
      { numRuns },
    );
  });
});

describe('letterDigitWordCount', () => {
  it('counts words of letters and digits, astral letters included', () => {
    expect(letterDigitWordCount('It’s 5 o’clock!')).toBe(5);
    expect(letterDigitWordCount('')).toBe(0);
    expect(letterDigitWordCount('Émile 𝐀lpha😀beta \ud800x')).toBe(4);
  });

  it('counts what /[\\p{L}\\p{N}]+/gu matches', () => {
    fc.assert(
      fc.property(text, (s) => {
        expect(letterDigitWordCount(s)).toBe((s.match(/[\p{L}\p{N}]+/gu) ?? []).length);
      }),
      { numRuns },
    );
  });
});
