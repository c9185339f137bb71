import { assertOptions, GtCorpusArgumentError } from '../errors';
import type { Article } from '../model/article';
import type { Entity } from '../model/entity';
import type { Figure } from '../model/figure';
import type { FactStatement, FigureComparison, LinkReason, RelatedArticle } from '../model/link';
import type { Term } from '../model/quote';
import { sentences } from '../text/sentences';
import { agreement, compareFactFigures, contextWords, factBuckets, isFactFigure, overlap, type FactFigure } from './facts';
import { contentWords, cosine, tfidfVectors, topWords, type WordVector } from './text-similarity';

/** What the linker reads: articles and what was extracted from them. */
export interface LinkInput {
  articles: readonly Article[];
  entities?: readonly Entity[];
  figures?: readonly Figure[];
  terms?: readonly Term[];
}

export interface LinkOptions {
  /** Postings longer than this are treated as too common to link on (bounded fan-out). Default 200. */
  maxFanOut?: number;
}

/** A node-link graph in graphology's serialised format. */
export interface SerializedLinkGraph {
  attributes: { name: string };
  options: { type: 'undirected'; multi: false; allowSelfLoops: false };
  nodes: Array<{ key: string; attributes: { label: string; kind: string; published: string | null } }>;
  edges: Array<{ key: string; source: string; target: string; undirected: true; attributes: { weight: number; reasons: string[] } }>;
}

export interface Linker {
  related(articleId: string, limit?: number): RelatedArticle[];
  graph(perArticle?: number): SerializedLinkGraph;
  compareFigures(): FigureComparison[];
}

// Weights of the reasons: shared named things and stated facts count most.
const ENTITY_WEIGHT: Record<string, number> = { person: 3, organization: 1.5, initiative: 1.5, event: 1.5, place: 0.5 };
const FACT_WEIGHT = 4;
const TERM_WEIGHT = 1;
const TEXT_WEIGHT = 3;
const TOP_WORDS = 25;
/** Text similarity is computed exactly only for the articles that share the most strong words. */
const TEXT_CANDIDATES = 10;
/** A strong word shared by more articles than this says little about any pair of them. */
const WORD_FAN_OUT = 100;

/**
 * Builds inverted indexes (entity → articles, fact bucket → figures, term →
 * articles, strong word → articles) once; each query then touches only the
 * postings of the article's own features, never every pair of articles.
 *
 * @example
 * // Your own articles (here the bundled ones), with what the extractors found in them.
 * const linker = createLinker({ articles, entities: entities(), figures: figures(), terms: terms() });
 * linker.related('trade-with-china-mainly-settled', 1)[0].articleId
 * // => 'china-russia-trade-can-withstand-escalating'
 */
export function createLinker(input: LinkInput, options: LinkOptions = {}): Linker {
  if (typeof input !== 'object' || input === null || !Array.isArray(input.articles)) throw new GtCorpusArgumentError('input', 'an object with an `articles` array', input);
  for (const key of ['entities', 'figures', 'terms'] as const) {
    if (input[key] !== undefined && !Array.isArray(input[key])) throw new GtCorpusArgumentError(`input.${key}`, 'an array or undefined', input[key]);
  }
  assertOptions(options, 'options', ['maxFanOut']);
  const maxFanOut = options.maxFanOut ?? 200;
  if (!Number.isInteger(maxFanOut) || maxFanOut < 1) throw new GtCorpusArgumentError('options.maxFanOut', 'a positive integer', maxFanOut);
  const articles: readonly Article[] = input.articles;
  const n = articles.length;
  const byId = new Map(articles.map((a) => [a.id, a]));
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };

  // Entities
  const entitiesOf = new Map<string, Entity[]>();
  for (const e of input.entities ?? []) {
    if (e.articleIds.length < 2 || e.articleIds.length > maxFanOut) continue;
    for (const a of e.articleIds) push(entitiesOf, a, e);
  }

  // Facts
  const paragraphText = new Map<string, string>();
  for (const a of articles) for (const p of a.paragraphs) paragraphText.set(p.id, p.text);
  const sentenceCache = new Map<string, ReturnType<typeof sentences>>();
  const facts: FactFigure[] = [];
  for (const f of input.figures ?? []) {
    const text = paragraphText.get(f.paragraphId);
    if (!isFactFigure(f) || text === undefined) continue;
    // The sentence is only needed to show a reason, so it is found on first use.
    let statement: FactStatement | undefined;
    facts.push({
      figure: f,
      context: contextWords(f, text, 0),
      get statement() {
        if (!statement) {
          let list = sentenceCache.get(f.paragraphId);
          if (!list) {
            list = sentences(text);
            sentenceCache.set(f.paragraphId, list);
          }
          const s = list.find((x) => x.start <= f.start && f.end <= x.end) ?? { text };
          statement = { figureId: f.id, articleId: f.articleId, paragraphId: f.paragraphId, text: f.text, value: f.value, unit: f.unit, period: f.period, sentence: s.text };
        }
        return statement;
      },
    });
  }
  const factsOf = new Map<string, FactFigure[]>();
  const factBucket = new Map<string, FactFigure[]>();
  for (const fact of facts) {
    push(factsOf, fact.figure.articleId, fact);
    push(factBucket, factBuckets(fact.figure)[1]!, fact);
  }
  const factDf = new Map<string, number>();
  for (const [key, list] of factBucket) factDf.set(key, new Set(list.map((f) => f.figure.articleId)).size);

  // Terms
  const termsOf = new Map<string, Set<string>>();
  const termArticles = new Map<string, Set<string>>();
  for (const t of input.terms ?? []) {
    const key = t.text.toLowerCase();
    if (!termsOf.has(t.articleId)) termsOf.set(t.articleId, new Set());
    termsOf.get(t.articleId)!.add(key);
    if (!termArticles.has(key)) termArticles.set(key, new Set());
    termArticles.get(key)!.add(t.articleId);
  }

  // Text
  const vectors = tfidfVectors(articles.map((a) => contentWords([a.title, ...a.paragraphs.map((p) => p.text)].join(' '))));
  const vectorOf = new Map<string, WordVector>(articles.map((a, i) => [a.id, vectors[i]!]));
  const wordPostings = new Map<string, string[]>();
  const strongWords = new Map<string, string[]>();
  articles.forEach((a, i) => {
    const words = topWords(vectors[i]!, TOP_WORDS);
    strongWords.set(a.id, words);
    for (const w of words) push(wordPostings, w, a.id);
  });

  const idf = (df: number) => Math.log(1 + n / Math.max(1, df));

  function related(articleId: string, limit = 5): RelatedArticle[] {
    const article = byId.get(articleId);
    if (!article || limit <= 0) return [];
    // First pass: scores only. Reasons are built afterwards for the winners alone.
    const score = new Map<string, number>();
    const bump = (other: string, weight: number) => {
      if (other !== articleId) score.set(other, (score.get(other) ?? 0) + weight);
    };
    const entityWeight = (e: Entity) => (ENTITY_WEIGHT[e.type] ?? 1) * idf(e.articleIds.length);
    const ownEntities = entitiesOf.get(articleId) ?? [];
    for (const e of ownEntities) {
      const weight = entityWeight(e);
      for (const other of e.articleIds) bump(other, weight);
    }
    const factMatches: Array<{ other: string; reason: LinkReason }> = [];
    const factPairs = new Set<string>();
    for (const fact of factsOf.get(articleId) ?? []) {
      for (const key of factBuckets(fact.figure)) {
        const bucket = factBucket.get(key) ?? [];
        if (bucket.length > maxFanOut) continue;
        for (const other of bucket) {
          if (other.figure.articleId === articleId) continue;
          const kind = agreement(fact.figure, other.figure);
          if (!kind || overlap(fact.context, other.context) < 1) continue;
          const pair = `${fact.figure.id}|${other.figure.id}`;
          if (factPairs.has(pair)) continue;
          factPairs.add(pair);
          const weight = FACT_WEIGHT * idf(factDf.get(factBuckets(fact.figure)[1]!) ?? 1);
          bump(other.figure.articleId, weight);
          factMatches.push({ other: other.figure.articleId, reason: { type: 'fact', agreement: kind, statements: [fact.statement, other.statement], weight } });
        }
      }
    }
    const ownTerms = [...(termsOf.get(articleId) ?? [])].filter((term) => termArticles.get(term)!.size <= maxFanOut);
    for (const term of ownTerms) {
      const holders = termArticles.get(term)!;
      for (const other of holders) bump(other, TERM_WEIGHT * idf(holders.size));
    }
    // Text: candidates by the weight of shared strong words (postings bounded), exact cosine for the best few.
    const vector = vectorOf.get(articleId)!;
    const overlapScore = new Map<string, number>();
    for (const w of strongWords.get(articleId)!) {
      const list = wordPostings.get(w) ?? [];
      if (list.length > Math.min(maxFanOut, WORD_FAN_OUT)) continue;
      const weight = vector.weights.get(w)!;
      for (const other of list) if (other !== articleId) overlapScore.set(other, (overlapScore.get(other) ?? 0) + weight);
    }
    const textReasons = new Map<string, LinkReason>();
    for (const [other] of [...overlapScore].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, TEXT_CANDIDATES)) {
      const { similarity, shared } = cosine(vector, vectorOf.get(other)!);
      if (similarity <= 0.02) continue;
      bump(other, TEXT_WEIGHT * similarity);
      textReasons.set(other, { type: 'text', similarity: round(similarity), sharedWords: shared, weight: TEXT_WEIGHT * similarity });
    }
    const winners = [...score]
      .filter(([other]) => byId.has(other))
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit);
    // Second pass: the reasons, for the winners only.
    return winners.map(([other, total]) => {
      const reasons: LinkReason[] = [];
      for (const e of ownEntities) {
        if (e.articleIds.includes(other)) reasons.push({ type: 'entity', entityId: e.id, name: e.name, entityType: e.type, weight: entityWeight(e) });
      }
      for (const m of factMatches) if (m.other === other) reasons.push(m.reason);
      for (const term of ownTerms) {
        const holders = termArticles.get(term)!;
        if (holders.has(other)) reasons.push({ type: 'term', term, weight: TERM_WEIGHT * idf(holders.size) });
      }
      const text = textReasons.get(other);
      if (text) reasons.push(text);
      return {
        articleId: other,
        title: byId.get(other)!.title,
        score: round(total),
        reasons: reasons.map((r) => ({ ...r, weight: round(r.weight) })).sort((a, b) => b.weight - a.weight),
      };
    });
  }

  return {
    related,
    graph(perArticle = 3) {
      const edges = new Map<string, SerializedLinkGraph['edges'][number]>();
      for (const a of articles) {
        for (const r of related(a.id, perArticle)) {
          const [source, target] = a.id < r.articleId ? [a.id, r.articleId] : [r.articleId, a.id];
          const key = `${source}--${target}`;
          if (!edges.has(key)) edges.set(key, { key, source, target, undirected: true, attributes: { weight: r.score, reasons: r.reasons.slice(0, 5).map(describe) } });
        }
      }
      return {
        attributes: { name: 'gt-corpus article links' },
        options: { type: 'undirected', multi: false, allowSelfLoops: false },
        nodes: articles.map((a) => ({ key: a.id, attributes: { label: a.title, kind: a.kind, published: a.published?.date ?? null } })),
        edges: [...edges.values()],
      };
    },
    compareFigures: () => compareFactFigures(facts),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** A one-line explanation of a link reason, for edge labels. */
export function describe(reason: LinkReason): string {
  switch (reason.type) {
    case 'entity':
      return `${reason.entityType} ${reason.name}`;
    case 'fact':
      return `${reason.agreement === 'agree' ? 'same' : 'same (rounded)'} figure: ${reason.statements[0].text} / ${reason.statements[1].text}`;
    case 'term':
      return `term “${reason.term}”`;
    case 'text':
      return `similar wording (${reason.sharedWords.join(', ')})`;
  }
}
