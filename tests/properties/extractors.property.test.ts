/**
 * Property tests over every public parser and extractor: on arbitrary text they
 * never throw, every offset pair is in range and slices back to the item's
 * text, every item validates against its schema, and the same input gives the
 * same output (ids included).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  extractEntities,
  extractFigures,
  extractQuotes,
  extractTerms,
  formatFigure,
  paragraphsOf,
  parseCorpus,
  sentences,
  createSearchIndex,
} from '../../src/index';
import { ArticleSchema, EntitySchema, FigureSchema, MentionSchema, MessageSchema, QuoteSchema, TermSchema } from '../../src/schemas';
import { normalizeWhitespace } from '../../src/text/whitespace';
import { numRuns, text } from './arbitraries';

const options = { numRuns };
const slices = (input: string) => new Map(paragraphsOf(input).map((p) => [p.id, p.text]));

describe('properties (fast-check)', () => {
  it('paragraphsOf: blocks are exact slices of the input at their source offsets', () => {
    fc.assert(
      fc.property(text, (input) => {
        for (const p of paragraphsOf(input)) {
          expect(input.slice(p.source.start, p.source.end)).toBe(p.text);
          expect(p.text.trim().length).toBeGreaterThan(0);
        }
      }),
      options,
    );
  });

  it('sentences: in-range offsets that slice back, in order', () => {
    fc.assert(
      fc.property(text, (input) => {
        let last = 0;
        for (const s of sentences(input)) {
          expect(input.slice(s.start, s.end)).toBe(s.text);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      options,
    );
  });

  it('extractQuotes and extractTerms: valid, in range, deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        const paragraphs = slices(input);
        const quotes = extractQuotes(input);
        for (const q of quotes) {
          QuoteSchema.parse(q);
          const p = paragraphs.get(q.paragraphId)!;
          expect(p.slice(q.start, q.end)).toBe(q.text);
          if (q.cue) expect(p.slice(q.cue.start, q.cue.end)).toBe(q.cue.text);
          if (q.speaker?.start != null) expect(p.slice(q.speaker.start, q.speaker.end!)).toBe(q.speaker.mention);
        }
        for (const t of extractTerms(input)) {
          TermSchema.parse(t);
          expect(paragraphs.get(t.paragraphId)!.slice(t.start, t.end)).toBe(t.text);
        }
        expect(extractQuotes(input)).toEqual(quotes);
      }),
      options,
    );
  });

  it('extractFigures and formatFigure: valid, in range, deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        const paragraphs = slices(input);
        const figures = extractFigures(input, { referenceDate: '2024-05-16' });
        for (const f of figures) {
          FigureSchema.parse(f);
          expect(paragraphs.get(f.paragraphId)!.slice(f.start, f.end)).toBe(f.text);
          expect(typeof formatFigure(f)).toBe('string');
        }
        expect(extractFigures(input, { referenceDate: '2024-05-16' })).toEqual(figures);
      }),
      options,
    );
  });

  it('extractEntities: valid, in range, deterministic', () => {
    fc.assert(
      fc.property(text, (input) => {
        const paragraphs = slices(input);
        const result = extractEntities(input);
        for (const e of result.entities) EntitySchema.parse(e);
        const ids = new Set(result.entities.map((e) => e.id));
        for (const m of result.mentions) {
          MentionSchema.parse(m);
          expect(ids.has(m.entityId)).toBe(true);
          expect(paragraphs.get(m.paragraphId)!.slice(m.start, m.end)).toBe(m.text);
        }
        expect(extractEntities(input)).toEqual(result);
      }),
      options,
    );
  });

  it('parseCorpus: valid articles, source offsets that hold, and every non-blank line accounted for', () => {
    fc.assert(
      fc.property(text, (input) => {
        const { articles, messages } = parseCorpus(input);
        for (const m of messages) MessageSchema.parse(m);
        const placed = new Set<string>();
        for (const a of articles) {
          ArticleSchema.parse(a);
          placed.add(a.title);
          for (const s of a.sections) if (s.heading) placed.add(s.heading);
          for (const i of a.images) {
            placed.add(normalizeWhitespace(`${i.caption} ${i.credit}`));
            if (i.alt !== undefined) placed.add(normalizeWhitespace(`${i.alt} ${i.credit}`)).add(i.alt);
          }
          for (const p of a.paragraphs) {
            expect(normalizeWhitespace(input.slice(p.source.start, p.source.end))).toBe(p.text);
            placed.add(p.text);
          }
        }
        // Every block of non-blank lines is somewhere, or a message names its line.
        const messageLines = new Set(messages.map((m) => m.place.line));
        for (const block of paragraphsOf(input)) {
          const line = input.slice(0, block.source.start).split(/\r\n|\r|\n/).length;
          const normalized = normalizeWhitespace(block.text);
          expect(placed.has(normalized) || messageLines.has(line) || [...placed].some((p) => p.includes(normalized))).toBe(true);
        }
        expect(parseCorpus(input)).toEqual({ articles, messages });
      }),
      options,
    );
  });

  it('search: any query returns in-range highlights and never throws', () => {
    const index = createSearchIndex(parseCorpus('A headline about trade talks today\n\nPhoto: Xinhua\n\nTrade grew 5 percent, officials said.\n').articles);
    fc.assert(
      fc.property(text, (query) => {
        for (const r of index.search(query, { limit: 3 })) {
          for (const h of r.snippet.highlights) expect(h.end).toBeLessThanOrEqual(r.snippet.text.length);
        }
      }),
      { numRuns: Math.min(numRuns, 2_000) },
    );
  });
});
