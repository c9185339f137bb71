import { frozenOnce } from '../deep-freeze';
import { assertOptions, assertString, GtCorpusArgumentError } from '../errors';
import { entitiesData, mentionsData } from '../generated/entities';
import { entityTypes, isOneOf } from '../model/enums';
import type { Entity, EntityType, Mention } from '../model/entity';

const bundledEntities: () => readonly Entity[] = frozenOnce(entitiesData);
const bundledMentions: () => readonly Mention[] = frozenOnce(mentionsData);
let byId: Map<string, Entity> | undefined;
let mentionsById: Map<string, Mention[]> | undefined;

export interface EntityFilter {
  type?: EntityType;
  articleId?: string;
  /** Case-insensitive part of the name or an alias. */
  name?: string;
}

/**
 * Entities of the bundled corpus — people, organisations, places, initiatives
 * and events — merged across articles, most mentioned first.
 *
 * @example
 * entities({ type: 'person', articleId: 'trade-with-china-mainly-settled' }).length // => 3
 */
export function entities(filter: EntityFilter = {}): readonly Entity[] {
  assertOptions(filter, 'filter', ['type', 'articleId', 'name']);
  const { type, articleId, name } = filter;
  if (type !== undefined && !isOneOf(entityTypes, type)) throw new GtCorpusArgumentError('filter.type', entityTypes.join(', '), type);
  if (articleId !== undefined) assertString(articleId, 'filter.articleId');
  if (name !== undefined) assertString(name, 'filter.name');
  const needle = name?.toLowerCase();
  return bundledEntities().filter(
    (e) =>
      (type === undefined || e.type === type) &&
      (articleId === undefined || e.articleIds.includes(articleId)) &&
      (needle === undefined || [e.name, ...e.aliases].some((n) => n.toLowerCase().includes(needle))),
  );
}

/**
 * The bundled entity with this id (`person:xi-jinping`), or undefined.
 *
 * @example
 * getEntity('person:janet-yellen')?.articleIds.length // => 2
 */
export function getEntity(id: string): Entity | undefined {
  assertString(id, 'id');
  byId ??= new Map(bundledEntities().map((e) => [e.id, e]));
  return byId.get(id);
}

/**
 * Every place the bundled corpus names an entity, in corpus order; empty for unknown ids.
 *
 * @example
 * mentions('person:janet-yellen').map((m) => m.articleId)
 * // => ['china-expects-more-economic-sci-tech', 'china-russia-trade-can-withstand-escalating']
 */
export function mentions(entityId: string): readonly Mention[] {
  assertString(entityId, 'entityId');
  if (!mentionsById) {
    mentionsById = new Map();
    for (const m of bundledMentions()) {
      const list = mentionsById.get(m.entityId) ?? [];
      list.push(m);
      mentionsById.set(m.entityId, list);
    }
  }
  return mentionsById.get(entityId) ?? [];
}
