/**
 * ReDoS audit: every regular expression in src/ is checked with recheck and
 * must be `safe` (no exponential or polynomial backtracking). Expressions
 * built at run time are imported and checked too; a new `new RegExp(...)`
 * site fails this test until it is added here.
 */
import { checkSync } from 'recheck';
import { describe, expect, it } from 'vitest';
import { cueWordPattern } from '../../src/extract/quotes/cues';
import { bylineCredit, labelledCredit } from '../../src/ingest/captions';
import { collectRegexes } from './regexes';

const check = (source: string, flags: string) => checkSync(source, flags.replace('g', ''), { timeout: 20_000 }).status;

describe('regular expressions in src/', () => {
  const { literals, constructed } = collectRegexes();

  it('finds the expressions to audit', () => {
    expect(literals.length).toBeGreaterThan(100);
  });

  it('are all safe from catastrophic backtracking (recheck)', () => {
    const unsafe = literals.map((r) => ({ ...r, status: check(r.source, r.flags) })).filter((r) => r.status !== 'safe');
    expect(unsafe.map((r) => `${r.file}:${r.line} /${r.source}/${r.flags} → ${r.status}`)).toEqual([]);
  }, 300_000);

  it('include run-time built expressions, each audited', () => {
    // Built from word lists (quote cues, caption credits). (Search snippets find matched words with a literal.)
    expect(constructed.map((c) => c.file).sort()).toEqual(['src/extract/quotes/cues.ts', 'src/ingest/captions.ts', 'src/ingest/captions.ts']);
    for (const r of [cueWordPattern, labelledCredit, bylineCredit]) expect(check(r.source, r.flags)).toBe('safe');
  }, 120_000);
});
