import type { Entity, Mention } from '../../model/entity';
import type { ArticleEntity } from './detect';
import { Memo } from '../quotes/memo';

/** Per-article entities, as detectEntities returns them. */
export interface ArticleEntities {
  articleId: string;
  entities: readonly ArticleEntity[];
}

const slugs = new Memo<string>();
const nameKeys = new Memo<string>();

// Entity names recur in article after article; normalize() and five replaces per name add up.
const slug = (s: string) => slugs.get(s) ?? slugs.set(s, slugOf(s));
const slugOf = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '') || 'x';

/**
 * A spelling-insensitive key for names: accents dropped, y read as i, doubled
 * letters single ("Alexey" and "Alexei" give the same key).
 */
export function nameKey(name: string): string {
  return nameKeys.get(name) ?? nameKeys.set(name, slug(name).replace(/y/g, 'i').replace(/([a-z])\1+/g, '$1'));
}

/**
 * Merges per-article entities into corpus entities with stable ids. People
 * merge across articles only by full name (spelling variants included);
 * a person known by a single name stays inside its article, so the "Wang" of
 * one story is never the "Wang" of another.
 */
export function mergeEntities(perArticle: readonly ArticleEntities[]): { entities: Entity[]; mentions: Mention[] } {
  interface Draft {
    id: string;
    type: Entity['type'];
    names: Map<string, number>;
    aliases: Set<string>;
    roles: Set<string>;
    articleIds: Set<string>;
    mentions: Mention[];
  }
  const drafts = new Map<string, Draft>();
  for (const { articleId, entities } of perArticle) {
    for (const e of entities) {
      const single = e.type === 'person' && !/\s/.test(e.name);
      const id = `${e.type}:${nameKey(e.name)}${single ? `:${articleId}` : ''}`; // merge key; the public id is set below
      let d = drafts.get(id);
      if (!d) {
        d = { id, type: e.type, names: new Map(), aliases: new Set(), roles: new Set(), articleIds: new Set(), mentions: [] };
        drafts.set(id, d);
      }
      d.names.set(e.name, (d.names.get(e.name) ?? 0) + e.mentions.length);
      for (const a of e.aliases) d.aliases.add(a);
      for (const r of e.roles) d.roles.add(r);
      d.articleIds.add(articleId);
      for (const m of e.mentions) d.mentions.push({ entityId: id, articleId, ...m });
    }
  }
  const entities: Entity[] = [];
  const mentions: Mention[] = [];
  for (const d of drafts.values()) {
    // The most used spelling names the entity; the others become aliases.
    const name = [...d.names].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]![0];
    const local = d.id.split(':')[2];
    d.id = `${d.type}:${slug(name)}${local ? `:${local}` : ''}`;
    for (const m of d.mentions) m.entityId = d.id;
    for (const n of d.names.keys()) if (n !== name) d.aliases.add(n);
    d.aliases.delete(name);
    entities.push({
      id: d.id,
      name,
      type: d.type,
      aliases: [...d.aliases].sort(),
      roles: [...d.roles],
      articleIds: [...d.articleIds],
      mentionCount: d.mentions.length,
    });
    for (const m of d.mentions) mentions.push(m);
  }
  entities.sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1));
  return { entities, mentions };
}
