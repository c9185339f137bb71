import { describe, expect, it } from 'vitest';
import { elideSpanTexts, restoreSpanTexts } from '../src/corpus-encoding';
import { quotesData } from '../src/generated/quotes';
import { articles } from '../src/index';
import type { Article } from '../src/model/article';

const article = {
  id: 'a',
  paragraphs: [{ id: 'a:p1', text: '“We will act,” Maria Lopez said.' }],
} as unknown as Article;

describe('span text elision', () => {
  it('elides texts that are slices of the paragraph, nested ones included, and keeps the key order', () => {
    const quote = { paragraphId: 'a:p1', text: 'We will act,', start: 1, end: 13, cue: { text: 'said', start: 27, end: 31 } };
    const [stored] = elideSpanTexts([quote], [article]);
    expect(stored).toEqual({ paragraphId: 'a:p1', text: 0, start: 1, end: 13, cue: { text: 0, start: 27, end: 31 } });
    expect(Object.keys(stored as object)).toEqual(Object.keys(quote));
    expect(restoreSpanTexts([stored], [article])).toEqual([quote]);
  });

  it('keeps texts that do not match the paragraph and items without a known paragraph', () => {
    const items = [{ paragraphId: 'a:p1', text: 'not there', start: 0, end: 9 }, { paragraphId: 'b:p1', text: 'We', start: 1, end: 3 }];
    expect(elideSpanTexts(items, [article])).toEqual(items);
  });

  it('does not change its argument', () => {
    const items = [{ paragraphId: 'a:p1', text: 'We', start: 1, end: 3 }];
    elideSpanTexts(items, [article]);
    expect(items[0]!.text).toBe('We');
  });

  it('round-trips the bundled quotes exactly', () => {
    const stored = JSON.parse(JSON.stringify(elideSpanTexts(quotesData(), articles)));
    expect(JSON.stringify(restoreSpanTexts(stored, articles))).toBe(JSON.stringify(quotesData()));
  });
});
