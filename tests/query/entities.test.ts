import { describe, expect, it } from 'vitest';
import { articles, entities, getEntity, mentions } from '../../src/index';
import { entitiesData, mentionsData } from '../../src/generated/entities';
import { detectArticleEntities } from '../../src/extract/entities/extract-entities';
import { mergeEntities } from '../../src/extract/entities/merge';

describe('bundled entities', () => {
  it('equal what the extractor computes now', () => {
    expect(JSON.parse(JSON.stringify(mergeEntities(articles.map((a) => detectArticleEntities(a)))))).toEqual({ entities: entitiesData(), mentions: mentionsData() });
  });

  it('merge the same person across articles, spelling variants included', () => {
    const overchuk = getEntity('person:alexei-overchuk')!;
    expect(overchuk.articleIds).toHaveLength(2);
    expect(overchuk.aliases).toContain('Alexey Overchuk');
    expect(getEntity('person:janet-yellen')!.articleIds).toHaveLength(2);
  });

  it('keep different people who share a surname apart', () => {
    const wangs = entities({ type: 'person', name: 'Wang' }).map((e) => e.name).sort();
    expect(wangs).toEqual(['Wang Wentao', 'Wang Yi']);
    for (const w of entities({ type: 'person', name: 'Wang' })) expect(w.articleIds).toHaveLength(1);
  });

  it('are speakers: every quoted person is a person entity', () => {
    expect(entities({ type: 'person', name: 'Huseynov' })[0]!.roles[0]).toMatch(/Ambassador/);
  });

  it('filter by type and article, and list mentions', () => {
    const id = articles[0]!.id;
    expect(entities({ articleId: id }).every((e) => e.articleIds.includes(id))).toBe(true);
    expect(mentions('person:janet-yellen').map((m) => m.text)).toEqual(['Janet Yellen', 'Janet Yellen']);
  });

  it('return nothing for unknown ids, including prototype names', () => {
    for (const id of ['nope', '__proto__', 'constructor', 'toString']) {
      expect(getEntity(id)).toBeUndefined();
      expect(mentions(id)).toEqual([]);
    }
    expect(() => entities({ type: 'animal' as never })).toThrow(/parameter `filter\.type`/);
  });
});
