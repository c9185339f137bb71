import { frozenOnce } from '../deep-freeze';
import { assertOptions, assertString, GtCorpusArgumentError } from '../errors';
import { figuresData } from '../generated/figures';
import { figureKinds, isOneOf } from '../model/enums';
import type { Figure, FigureKind } from '../model/figure';

/** The bundled articles' figures, computed at build time by extractFigures and deeply frozen. */
const bundled: () => readonly Figure[] = frozenOnce(figuresData);

export interface FiguresFilter {
  /** Only figures of this bundled article. */
  articleId?: string;
  kind?: FigureKind;
  /** Exact unit: an ISO 4217 code, `percent`, `ton`, `job`, … */
  unit?: string;
  /** Smallest numeric value, inclusive; figures with a date value never match. */
  min?: number;
  /** Largest numeric value, inclusive; figures with a date value never match. */
  max?: number;
}

/**
 * Figures of the bundled corpus (body paragraphs) matching every given
 * criterion, in article and paragraph order. Unknown ids or units give an
 * empty list; wrong argument types throw a GtCorpusArgumentError.
 *
 * @example
 * import { figures } from 'gt-corpus';
 * figures({ kind: 'money', min: 1e9 }).length // => 7
 */
export function figures(filter: FiguresFilter = {}): readonly Figure[] {
  assertOptions(filter, 'filter', ['articleId', 'kind', 'unit', 'min', 'max']);
  const { articleId, kind, unit, min, max } = filter;
  if (articleId !== undefined) assertString(articleId, 'filter.articleId');
  if (unit !== undefined) assertString(unit, 'filter.unit');
  if (kind !== undefined && !isOneOf(figureKinds, kind)) {
    throw new GtCorpusArgumentError('filter.kind', `one of ${figureKinds.join(', ')}`, kind);
  }
  for (const [name, value] of [['min', min], ['max', max]] as const) {
    if (value !== undefined && (typeof value !== 'number' || Number.isNaN(value))) throw new GtCorpusArgumentError(`filter.${name}`, 'a number', value);
  }
  if (articleId === undefined && kind === undefined && unit === undefined && min === undefined && max === undefined) return bundled();
  return Object.freeze(
    bundled().filter((f) => {
      if (articleId !== undefined && f.articleId !== articleId) return false;
      if (kind !== undefined && f.kind !== kind) return false;
      if (unit !== undefined && f.unit !== unit) return false;
      if (min !== undefined || max !== undefined) {
        if (typeof f.value !== 'number') return false;
        if (min !== undefined && f.value < min) return false;
        if (max !== undefined && f.value > max) return false;
      }
      return true;
    }),
  );
}
