import { z } from 'zod';
import { ArticleSchema, ImageSchema } from './article';

/**
 * The YAML front matter of a corpus/articles/*.md file. Derived from the
 * Article schema so the two cannot drift; unknown keys are rejected so that
 * typos surface at build time.
 */
export const FrontMatterSchema = ArticleSchema.pick({
  id: true,
  title: true,
  kind: true,
  column: true,
  attribution: true,
  published: true,
})
  .extend({ images: z.array(ImageSchema.pick({ caption: true, credit: true, alt: true }).strict()) })
  .strict();

export type FrontMatter = z.infer<typeof FrontMatterSchema>;
