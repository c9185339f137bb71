import { describe, expect, it } from 'vitest';
import { articles, extractEntities } from '../../../src/index';
import { EntitySchema, MentionSchema } from '../../../src/schemas';
import { paragraphsOf } from '../../../src/extract/input';
import { nameKey } from '../../../src/extract/entities/merge';

const byType = (text: string) => {
  const { entities } = extractEntities(text);
  return Object.fromEntries(['person', 'organization', 'place', 'initiative', 'event'].map((t) => [t, entities.filter((e) => e.type === t).map((e) => e.name).sort()]));
};

describe('extractEntities', () => {
  it('finds people with their titles, and resolves short forms inside the text', () => {
    const { entities } = extractEntities('German Chancellor Olaf Scholz arrived in Beijing on Monday. Scholz said trade mattered.');
    const scholz = entities.find((e) => e.type === 'person')!;
    expect(scholz).toMatchObject({ id: 'person:olaf-scholz', name: 'Olaf Scholz', aliases: ['Scholz'], roles: ['German Chancellor'], mentionCount: 2 });
  });

  it('classifies organisations, places, initiatives and events, and keeps defined acronyms as aliases', () => {
    const text = 'The Ministry of Commerce (MOFCOM) said the Belt and Road Initiative (BRI) would feature at the Boao Forum for Asia in Hainan. MOFCOM officials met delegates from Kenya and the Eurasian Economic Union.';
    expect(byType(text)).toEqual({
      person: [],
      organization: ['Eurasian Economic Union', 'Ministry of Commerce'],
      place: ['Hainan', 'Kenya'],
      initiative: ['Belt and Road Initiative'],
      event: ['Boao Forum for Asia'],
    });
    const { entities } = extractEntities(text);
    expect(entities.find((e) => e.name === 'Ministry of Commerce')!.aliases).toContain('MOFCOM');
    expect(entities.find((e) => e.name === 'Ministry of Commerce')!.mentionCount).toBe(3); // the name, the acronym in brackets, and the acronym alone
  });

  it('splits hyphenated country pairs into two places', () => {
    expect(byType('China-Russia trade grew.').place).toEqual(['China', 'Russia']);
  });

  it('gives mentions whose offsets slice back to their text', () => {
    for (const article of articles) {
      const text = new Map(article.paragraphs.map((p) => [p.id, p.text]));
      const { entities, mentions } = extractEntities(article);
      for (const e of entities) EntitySchema.parse(e);
      for (const m of mentions) {
        MentionSchema.parse(m);
        expect(text.get(m.paragraphId)!.slice(m.start, m.end)).toBe(m.text);
      }
    }
  });

  it('never throws on odd input and keeps offsets valid', () => {
    for (const input of ['', 'A'.repeat(10_000), 'Word '.repeat(100_000), '(((((((((( ABC', 'U.S. U.K. E.U.']) {
      const text = new Map(paragraphsOf(input).map((p) => [p.id, p.text]));
      for (const m of extractEntities(input).mentions) expect(text.get(m.paragraphId)!.slice(m.start, m.end)).toBe(m.text);
    }
  });
});

describe('nameKey', () => {
  it('treats transliteration variants as one name', () => {
    expect(nameKey('Alexey Overchuk')).toBe(nameKey('Alexei Overchuk'));
    expect(nameKey('Wang Yi')).not.toBe(nameKey('Wang Wentao'));
  });
});
