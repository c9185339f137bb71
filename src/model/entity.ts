import { z } from 'zod';
import { entityTypes } from './enums';

export const EntityTypeSchema = z.enum(entityTypes);

/** One place where an entity is named: `paragraph.text.slice(start, end) === text`. */
export const MentionSchema = z.object({
  entityId: z.string(),
  articleId: z.string(),
  paragraphId: z.string(),
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});

/** A person, organisation, place, initiative or event, with the names the text gives it. */
export const EntitySchema = z.object({
  /**
   * `<type>:<slug>` ("person:xi-jinping"). A person known only by a surname in
   * one article gets that article's id as a suffix, so two different "Wang"s never merge.
   */
  id: z.string(),
  name: z.string(),
  type: EntityTypeSchema,
  /** Other names as written: short forms, defined acronyms, transliteration variants. */
  aliases: z.array(z.string()),
  /** Roles and titles as the text states them. */
  roles: z.array(z.string()),
  articleIds: z.array(z.string()),
  mentionCount: z.number().int().nonnegative(),
});

export type EntityType = z.infer<typeof EntityTypeSchema>;
export type Mention = z.infer<typeof MentionSchema>;
export type Entity = z.infer<typeof EntitySchema>;
