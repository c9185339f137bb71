import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numRuns } from '../../properties/arbitraries';
import { articles, extractQuotes, extractTerms, toCitron, type Quote } from '../../../src/index';
import { QuoteSchema, TermSchema } from '../../../src/schemas';
import { paragraphsOf } from '../../../src/extract/input';

const one = (text: string) => extractQuotes(text);
const summary = (q: Quote) => [q.kind, q.text, q.speaker?.name ?? null, q.cue?.text ?? null];

describe('extractQuotes: kinds', () => {
  it('finds a direct quote with the speaker after it, and its role from the appositive', () => {
    const [q] = one('“We are ready to act,” Ana Ruiz, a senior analyst at the Lisbon Institute, told reporters on Monday.');
    expect(summary(q!)).toEqual(['direct', 'We are ready to act,', 'Ana Ruiz', 'told reporters on Monday']);
    expect(q!.speaker).toMatchObject({ type: 'person', mention: 'Ana Ruiz', role: 'a senior analyst at the Lisbon Institute' });
  });

  it('treats straight quotes like curly ones and reads "said X" inversions', () => {
    expect(one('"Prices will fall," said Tom Berg, a spokesman for the port.').map(summary)).toEqual([['direct', 'Prices will fall,', 'Tom Berg', 'said']]);
  });

  it('splits a quote interrupted by its attribution into two direct quotes of one speaker', () => {
    const quotes = one('“We lost,” Coach Mia Lund said, “but we learned a lot.”');
    expect(quotes.map(summary)).toEqual([
      ['direct', 'We lost,', 'Mia Lund', 'said'],
      ['partial', 'but we learned a lot.', 'Mia Lund', 'said'],
    ]);
  });

  it('reads a colon-introduced quote with the speaker first', () => {
    expect(one('The mayor, Pedro Alves, said: “The bridge opens in May.”').map(summary)).toEqual([['direct', 'The bridge opens in May.', 'Pedro Alves', 'said']]);
  });

  it('finds partial quotes inside the writer’s sentence', () => {
    const quotes = one('Prime Minister Ida Holm referred to the deal as a “historic step for the region,” adding that talks would continue.');
    expect(quotes[0]).toMatchObject({ kind: 'partial', text: 'historic step for the region,', speaker: { name: 'Ida Holm' } });
  });

  it('finds reported speech in its common shapes', () => {
    const text = [
      'Finance Minister Karl Ode said on Tuesday that the budget would be balanced by 2027.',
      'Growth will slow next year, experts said.',
      'Exports rose sharply, according to the statistics office.',
      'Ode told the Daily Courier that taxes would not rise.',
    ].join('\n\n');
    expect(extractQuotes(text).map(summary)).toEqual([
      ['indirect', 'the budget would be balanced by 2027', 'Karl Ode', 'said'],
      ['indirect', 'Growth will slow next year', 'experts', 'said'],
      ['indirect', 'Exports rose sharply', 'statistics office', 'according to'],
      ['indirect', 'taxes would not rise', 'Karl Ode', 'told the Daily Courier'],
    ]);
  });

  it('keeps single quotes nested in a quotation as part of it', () => {
    expect(one('“They promised ‘no new taxes’ and kept it,” Lea Marsh said.')[0]!.text).toBe('They promised ‘no new taxes’ and kept it,');
  });

  it('reads British single quotation marks without tripping on apostrophes', () => {
    expect(one('‘We’ve cut the list by a third,’ said Dr Ann Hale, the trust’s chief executive.').map(summary)).toEqual([['direct', 'We’ve cut the list by a third,', 'Ann Hale', 'said']]);
  });

  it('continues a quotation over paragraphs (AP style) with the same speaker', () => {
    const text = '“The first part ends here,” Jo Park said. “And this goes on\n\n“into the next paragraph.”';
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.paragraphId, q.kind, q.speaker?.name])).toEqual([
      ['text:p1', 'direct', 'Jo Park'],
      ['text:p1', 'direct', 'Jo Park'],
      ['text:p2', 'direct', 'Jo Park'],
    ]);
  });
});

describe('extractQuotes: speakers', () => {
  it('resolves surnames, role nouns and pronouns to the person introduced', () => {
    const text = [
      'Ambassador of Norway to Chile Erik Dahl said trade would double.',
      'Dahl said the embassy would open an office.',
      '“We are optimistic,” the envoy said.',
      'The investment will come soon, he said.',
    ].join('\n\n');
    expect(extractQuotes(text).map((q) => q.speaker?.name)).toEqual(['Erik Dahl', 'Erik Dahl', 'Erik Dahl', 'Erik Dahl']);
    expect(extractQuotes(text).map((q) => q.speaker?.mention)).toEqual(['Ambassador of Norway to Chile Erik Dahl', 'Dahl', 'the envoy', 'he']);
  });

  it('keeps groups as groups and organisations as organisations', () => {
    const quotes = extractQuotes('Prices will rise, analysts said.\n\nThe plant will close, the company said, according to Reuters.');
    expect(quotes.map((q) => [q.speaker?.name, q.speaker?.type])).toEqual([
      ['analysts', 'group'],
      ['company', 'unknown'],
      ['Reuters', 'organization'],
    ]);
  });

  it('reads a role after the name as the appositive, even when the same words came earlier in the paragraph', () => {
    const role = 'an expert at the Chinese Academy of Social Sciences';
    const text = `Li Ming, ${role}, said the plan would work. Exchanges at local levels will help ties, Song Wei, ${role}, told the Global Times on Thursday.`;
    const quotes = extractQuotes(text);
    expect(quotes.map((q) => [q.text, q.speaker?.name, q.speaker?.role])).toEqual([
      ['the plan would work', 'Li Ming', role],
      ['Exchanges at local levels will help ties', 'Song Wei', role],
    ]);
    expect(quotes[1]!.speaker!.start).toBe(text.indexOf('Song Wei'));
  });

  it('keeps different people who share a surname apart in different articles', () => {
    const chen = articles.map((a) => extractQuotes(a).filter((q) => q.speaker?.mention === 'Chen').map((q) => q.speaker!.name));
    const names = new Set(chen.flat());
    expect(names.size).toBe(2);
  });
});

describe('extractTerms', () => {
  it('returns scare quotes, coined terms and titles, not speech', () => {
    const text = 'Critics called it the “green wall” policy. The so-called "Aria effect" faded. She spoke at a forum titled “Ports of the Future.”';
    expect(extractTerms(text).map((t) => t.text)).toEqual(['green wall', 'Aria effect', 'Ports of the Future']);
    expect(extractQuotes(text)).toEqual([]);
  });
});

describe('provenance and robustness', () => {
  it('gives offsets that slice back to every text in the bundled articles', () => {
    for (const article of articles) {
      const byId = new Map(article.paragraphs.map((p) => [p.id, p.text]));
      for (const q of extractQuotes(article)) {
        const text = byId.get(q.paragraphId)!;
        expect(text.slice(q.start, q.end)).toBe(q.text);
        if (q.cue) expect(text.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
        if (q.speaker?.mention && q.speaker.start !== null) expect(text.slice(q.speaker.start, q.speaker.end!)).toBe(q.speaker.mention);
        expect(q.articleId).toBe(article.id);
      }
      for (const t of extractTerms(article)) expect(byId.get(t.paragraphId)!.slice(t.start, t.end)).toBe(t.text);
    }
  });

  it('gives unique, stable ids and deeply frozen results', () => {
    const a = extractQuotes(articles[2]!);
    const b = extractQuotes(articles[2]!);
    expect(a).toEqual(b);
    expect(new Set(a.map((q) => q.id)).size).toBe(a.length);
    expect(Object.isFrozen(a[0]!.speaker)).toBe(true);
  });

  it.each([
    ['unbalanced marks', '“Open but never closed, he said. And ” stray closing.'],
    ['a quote running to the end', 'She said: “this goes on and on'],
    ['empty', ''],
    ['only marks', '“”“”""‘’'],
    ['100,000 quotation marks', '“'.repeat(100_000)],
    ['1 MB without punctuation', 'word '.repeat(200_000)],
    ['many cues in one sentence', 'X said, '.repeat(5_000)],
  ])('never throws and keeps offsets valid on %s', (_name, input) => {
    const paragraphs = paragraphsOf(input);
    const text = new Map(paragraphs.map((p) => [p.id, p.text]));
    for (const q of extractQuotes(input)) expect(text.get(q.paragraphId)!.slice(q.start, q.end)).toBe(q.text);
    for (const t of extractTerms(input)) expect(text.get(t.paragraphId)!.slice(t.start, t.end)).toBe(t.text);
  });

  it('holds its invariants on arbitrary text (property)', () => {
    const pieces = fc.constantFrom('“', '”', '"', '‘', '’', ' said ', ' told the Times ', ', according to ', 'Ana Lund', ' he ', ', ', '. ', '\n\n', 'that ', 'experts');
    const input = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.array(fc.oneof(pieces, fc.string({ maxLength: 8 })), { maxLength: 40 }).map((a) => a.join('')));
    fc.assert(
      fc.property(input, (text) => {
        const paragraphs = new Map(paragraphsOf(text).map((p) => [p.id, p.text]));
        for (const q of extractQuotes(text)) {
          QuoteSchema.parse(q);
          if (paragraphs.get(q.paragraphId)!.slice(q.start, q.end) !== q.text) return false;
        }
        for (const t of extractTerms(text)) {
          TermSchema.parse(t);
          if (paragraphs.get(t.paragraphId)!.slice(t.start, t.end) !== t.text) return false;
        }
        return true;
      }),
      { numRuns },
    );
  });

  it('rejects non-text input with a TypeError naming the parameter', () => {
    expect(() => extractQuotes(42 as never)).toThrow(/parameter `input`/);
    expect(() => extractTerms(null as never)).toThrow(TypeError);
  });
});

describe('toCitron', () => {
  it('exports cue, sources and contents, merging the halves of a split quote', () => {
    const text = '“We lost,” Coach Mia Lund said, “but we learned a lot.”';
    const [doc] = toCitron(extractQuotes(text), paragraphsOf(text));
    expect(doc!.text).toBe(text);
    expect(doc!.quotes).toHaveLength(1);
    expect(doc!.quotes[0]!.cue.text).toBe('said');
    expect(doc!.quotes[0]!.sources.map((s) => s.text)).toEqual(['Coach Mia Lund']);
    expect(doc!.quotes[0]!.contents.map((c) => c.text)).toEqual(['We lost,', 'but we learned a lot.']);
  });
});
