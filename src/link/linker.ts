import { assertOptions, GtCorpusArgumentError } from '../errors';
import type { Article } from '../model/article';
import type { Entity } from '../model/entity';
import type { Figure } from '../model/figure';
import type { FactStatement, FigureComparison, LinkReason, RelatedArticle } from '../model/link';
import type { Term } from '../model/quote';
import { sentences } from '../text/sentences';
import { compareFactFigures, contextText, contextWords, indexFacts, isFactFigure, type FactFigure } from './facts';
import { createCosine, createVocabulary, tfidfVectors, topWords } from './text-similarity';

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
 * Articles, words and figures are numbered once, so a query adds scores in
 * typed arrays (cleared after it) rather than in maps keyed by strings.
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
  // Article numbers: an id stands for its last article, as a map from ids would keep it.
  const indexOf = new Map<string, number>();
  articles.forEach((a, i) => indexOf.set(a.id, i));
  const idOf = (i: number) => articles[i]!.id;
  // Each article's place in id order, for ties between equal scores.
  const idRank = new Int32Array(n);
  [...indexOf.values()].sort((a, b) => (idOf(a) < idOf(b) ? -1 : 1)).forEach((i, r) => (idRank[i] = r));
  const numbers = (ids: Iterable<string>) => {
    const out: number[] = [];
    for (const id of ids) {
      const i = indexOf.get(id);
      if (i !== undefined) out.push(i);
    }
    return Int32Array.from(out);
  };
  const idf = (df: number) => Math.log(1 + n / Math.max(1, df));

  // Entities (only the known articles can rank, so only they are numbered)
  const linkedEntities: Array<{ entity: Entity; weight: number; articles: Int32Array }> = [];
  const entitiesOf: number[][] = [];
  for (const e of input.entities ?? []) {
    if (e.articleIds.length < 2 || e.articleIds.length > maxFanOut) continue;
    const k = linkedEntities.length;
    linkedEntities.push({ entity: e, weight: (ENTITY_WEIGHT[e.type] ?? 1) * idf(e.articleIds.length), articles: numbers(e.articleIds) });
    for (const a of e.articleIds) {
      const i = indexOf.get(a);
      if (i !== undefined) (entitiesOf[i] ??= []).push(k);
    }
  }

  // Facts
  const paragraphText = new Map<string, string>();
  for (const a of articles) for (const p of a.paragraphs) paragraphText.set(p.id, p.text);
  const sentenceCache = new Map<string, ReturnType<typeof sentences>>();
  const facts: FactFigure[] = [];
  // Words are numbered once, for figures' contexts and articles' texts.
  const vocabulary = createVocabulary();
  // Each figure's context as numbered words, each once (content words start with a letter, so none is a number, as `contextWords` requires).
  const read: number[] = [];
  let inContext = new Uint8Array(1024);
  const contextWordList: number[] = [];
  const contextEnd: number[] = [];
  for (const f of input.figures ?? []) {
    const text = paragraphText.get(f.paragraphId);
    if (!isFactFigure(f) || text === undefined) continue;
    read.length = 0;
    vocabulary.read(contextText(f, text, 0), read);
    if (vocabulary.words.length > inContext.length) inContext = new Uint8Array(vocabulary.words.length * 2);
    const from = contextWordList.length;
    for (const w of read) {
      if (inContext[w]) continue;
      inContext[w] = 1;
      contextWordList.push(w);
    }
    for (let q = from; q < contextWordList.length; q++) inContext[contextWordList[q]!] = 0;
    contextEnd.push(contextWordList.length);
    // The sentence is only needed to show a reason, and the context as words only to compare figures, so both are made on first use.
    let statement: FactStatement | undefined;
    let context: Set<string> | undefined;
    facts.push({
      figure: f,
      get context() {
        return (context ??= contextWords(f, text, 0));
      },
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
  const factIndex = indexFacts(facts, { words: contextWordList, ends: contextEnd }, (id) => indexOf.get(id), maxFanOut);
  const factWeight = Float64Array.from(facts, (_, i) => FACT_WEIGHT * idf(factIndex.bucketArticles(i)));

  // Terms
  const termNumber = new Map<string, number>();
  const termHolders: Array<Set<string>> = [];
  const termsOf = new Map<string, Set<number>>();
  for (const t of input.terms ?? []) {
    const key = t.text.toLowerCase();
    let k = termNumber.get(key);
    if (k === undefined) {
      termNumber.set(key, (k = termHolders.length));
      termHolders.push(new Set());
    }
    let own = termsOf.get(t.articleId);
    if (!own) termsOf.set(t.articleId, (own = new Set()));
    own.add(k);
    termHolders[k]!.add(t.articleId);
  }
  const termText = [...termNumber.keys()];
  const termWeight = termHolders.map((holders) => TERM_WEIGHT * idf(holders.size));
  const termArticles = termHolders.map((holders) => numbers(holders));
  const termsOfArticle: number[][] = [];
  for (const [id, own] of termsOf) {
    const i = indexOf.get(id);
    if (i !== undefined) termsOfArticle[i] = [...own].filter((k) => termHolders[k]!.size <= maxFanOut);
  }

  // Text
  const vectors = tfidfVectors(
    articles.map((a) => [a.title, ...a.paragraphs.map((p) => p.text)].join(' ')),
    vocabulary,
  );
  const { words } = vocabulary;
  const cosine = createCosine(words.length);
  const strongIds: Int32Array[] = [];
  const strongWeights: Float64Array[] = [];
  const wordPostings: number[][] = [];
  articles.forEach((a, i) => {
    const vector = vectors[i]!;
    const positions = topWords(vector, TOP_WORDS);
    strongIds[i] = Int32Array.from(positions, (k) => vector.ids[k]!);
    strongWeights[i] = Float64Array.from(positions, (k) => vector.weights[k]!);
    for (const k of positions) (wordPostings[vector.ids[k]!] ??= []).push(indexOf.get(a.id)!);
  });

  // Per-query scratch, cleared after each query.
  const score = scoreboard(n);
  const wordScore = scoreboard(n);
  /** Fact matches of the query, four numbers each: other article, own figure, their figure, 1 if the values agree (else rounding). */
  const matches: number[] = [];

  function related(articleId: string, limit = 5): RelatedArticle[] {
    const self = indexOf.get(articleId);
    if (self === undefined || limit <= 0) return [];
    return rank(self, limit, (other, total, reasons) => ({ articleId: idOf(other), title: articles[other]!.title, score: round(total), reasons: reasons(true) }));
  }

  /**
   * The articles most related to `self`, each passed to `make` with its score
   * and a function that lists its reasons (strongest first; with the
   * statements' sentences, or without when only labels are wanted).
   */
  function rank<T>(self: number, limit: number, make: (other: number, total: number, reasons: (sentences: boolean) => LinkReason[]) => T): T[] {
    try {
      return scoreAndRank(self, limit, make);
    } finally {
      score.clear();
      wordScore.clear();
    }
  }

  function scoreAndRank<T>(self: number, limit: number, make: (other: number, total: number, reasons: (sentences: boolean) => LinkReason[]) => T): T[] {
    // First pass: scores only. Reasons are built afterwards for the winners alone.
    const bump = (other: number, weight: number) => {
      if (other !== self) score.add(other, weight);
    };
    const ownEntities = entitiesOf[self] ?? [];
    for (const k of ownEntities) {
      const { weight, articles: holders } = linkedEntities[k]!;
      for (let j = 0; j < holders.length; j++) bump(holders[j]!, weight);
    }
    // Facts: figures in the same or a neighbouring value bucket that agree and share a measure word.
    matches.length = 0;
    factIndex.matches(self, (other, own, theirs, agreement) => {
      bump(other, factWeight[own]!);
      matches.push(other, own, theirs, agreement === 'agree' ? 1 : 0);
    });
    const ownTerms = termsOfArticle[self] ?? [];
    for (const k of ownTerms) {
      const holders = termArticles[k]!;
      const weight = termWeight[k]!;
      for (let j = 0; j < holders.length; j++) bump(holders[j]!, weight);
    }
    // Text: candidates by the weight of shared strong words (postings bounded), exact cosine for the best few.
    const vector = vectors[self]!;
    const ownWords = strongIds[self]!;
    const ownWeights = strongWeights[self]!;
    for (let k = 0; k < ownWords.length; k++) {
      const list = wordPostings[ownWords[k]!]!;
      if (list.length > Math.min(maxFanOut, WORD_FAN_OUT)) continue;
      const weight = ownWeights[k]!;
      for (const other of list) if (other !== self) wordScore.add(other, weight);
    }
    const similarity = new Map<number, number>();
    for (const other of best(wordScore.touched(), wordScore.score, idRank, TEXT_CANDIDATES)) {
      const value = cosine.similarity(vector, vectors[other]!);
      if (value <= 0.02) continue;
      bump(other, TEXT_WEIGHT * value);
      similarity.set(other, value);
    }
    const winners = best(score.touched(), score.score, idRank, limit);
    // Second pass: the reasons, for the winners only.
    const statement = (i: number, sentences: boolean): FactStatement => {
      if (sentences) return facts[i]!.statement;
      const f = facts[i]!.figure;
      return { figureId: f.id, articleId: f.articleId, paragraphId: f.paragraphId, text: f.text, value: f.value, unit: f.unit, period: f.period, sentence: '' };
    };
    const reasonsOf = (other: number, sentences: boolean) => {
      const reasons: LinkReason[] = [];
      for (const k of ownEntities) {
        const { entity: e, weight, articles: holders } = linkedEntities[k]!;
        if (holders.includes(other)) reasons.push({ type: 'entity', entityId: e.id, name: e.name, entityType: e.type, weight: round(weight) });
      }
      for (let m = 0; m < matches.length; m += 4) {
        if (matches[m] !== other) continue;
        const [own, theirs] = [matches[m + 1]!, matches[m + 2]!];
        reasons.push({ type: 'fact', agreement: matches[m + 3] ? 'agree' : 'rounding', statements: [statement(own, sentences), statement(theirs, sentences)], weight: round(factWeight[own]!) });
      }
      for (const k of ownTerms) {
        if (termArticles[k]!.includes(other)) reasons.push({ type: 'term', term: termText[k]!, weight: round(termWeight[k]!) });
      }
      const value = similarity.get(other);
      if (value !== undefined) reasons.push({ type: 'text', similarity: round(value), sharedWords: cosine.shared(vector, vectors[other]!, words), weight: round(TEXT_WEIGHT * value) });
      return reasons.sort((a, b) => b.weight - a.weight);
    };
    return winners.map((other) => make(other, score.score[other]!, (sentences) => reasonsOf(other, sentences)));
  }

  return {
    related,
    graph(perArticle = 3) {
      const edges = new Map<string, SerializedLinkGraph['edges'][number]>();
      // As `related` for each article; labels need no sentences, and an edge seen from its other end needs no reasons.
      for (const a of perArticle > 0 ? articles : []) {
        rank(indexOf.get(a.id)!, perArticle, (other, total, reasons) => {
          const id = idOf(other);
          const [source, target] = a.id < id ? [a.id, id] : [id, a.id];
          const key = `${source}--${target}`;
          if (!edges.has(key)) edges.set(key, { key, source, target, undirected: true, attributes: { weight: round(total), reasons: reasons(false).slice(0, 5).map(describe) } });
        });
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

/** Scores of one query by article number: a dense array and the numbers touched, cleared for the next query. */
function scoreboard(n: number) {
  const score = new Float64Array(n);
  const seen = new Uint8Array(n);
  const touched = new Int32Array(n);
  let count = 0;
  return {
    score,
    add(i: number, weight: number) {
      if (!seen[i]) {
        seen[i] = 1;
        touched[count++] = i;
      }
      score[i] = score[i]! + weight;
    },
    touched: () => touched.subarray(0, count),
    clear() {
      for (let k = 0; k < count; k++) {
        score[touched[k]!] = 0;
        seen[touched[k]!] = 0;
      }
      count = 0;
    },
  };
}

/**
 * The first `limit` of `items` ranked by score (highest first), ties by article
 * id — what sorting them all and keeping `limit` gives, without sorting them all.
 */
function best(items: Int32Array, score: Float64Array, idRank: Int32Array, limit: number): number[] {
  const before = (a: number, b: number) => score[a]! > score[b]! || (score[a] === score[b] && idRank[a]! < idRank[b]!);
  const k = Math.min(Math.trunc(limit), items.length);
  if (!(k > 0)) return [];
  if (k > 16) return Array.from(items).sort((a, b) => (before(a, b) ? -1 : 1)).slice(0, k);
  const top: number[] = [];
  for (const x of items) {
    if (top.length === k && !before(x, top[k - 1]!)) continue;
    let p = top.length === k ? k - 1 : top.length;
    while (p > 0 && before(x, top[p - 1]!)) {
      top[p] = top[p - 1]!;
      p--;
    }
    top[p] = x;
  }
  return top;
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
