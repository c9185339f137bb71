/**
 * The gt-corpus explorer: browse the bundled articles, filter their quotes
 * and figures, see which articles are linked and why, and highlight the exact
 * span any quote, figure or entity mention came from. Plain DOM, no framework;
 * everything it shows comes from the package's public API.
 */
import {
  articles,
  entities,
  figures,
  linkGraph,
  mentions,
  quotes,
  type Article,
  type Figure,
  type FigureKind,
  type QuoteKind,
} from 'gt-corpus';
import { layoutGraph, type LaidOutEdge } from './graph';
import { segments, type HighlightSpan } from './highlight';
import './style.css';

type SortKey = 'position' | 'text' | 'kind' | 'value' | 'unit';

interface Highlight {
  label: string;
  /** Spans by paragraph id. */
  spans: Map<string, HighlightSpan[]>;
}

const state = {
  article: articles[0] as Article,
  speaker: '',
  quoteKind: '' as QuoteKind | '',
  figureKind: '' as FigureKind | '',
  unit: '',
  min: '',
  max: '',
  sort: { key: 'position' as SortKey, ascending: true },
  highlight: null as Highlight | null,
};

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

/** Creates an element with attributes and children; strings become text nodes, never HTML. */
function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string | boolean> = {}, ...children: Array<Node | string>): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children);
  return element;
}

const svgNs = 'http://www.w3.org/2000/svg';
function s(tag: string, attributes: Record<string, string | number> = {}, ...children: Array<Node | string>): SVGElement {
  const element = document.createElementNS(svgNs, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  element.append(...children);
  return element;
}

const dateOf = (a: Article) => a.published?.date.slice(0, 10) ?? 'undated';
const paragraphNumber = (paragraphId: string) => paragraphId.slice(paragraphId.lastIndexOf(':p') + 2);

// ------------------------------------------------------------------ articles

function renderArticleList(): void {
  const list = byId<HTMLUListElement>('article-list');
  list.replaceChildren(
    ...articles.map((a) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'article-button', 'data-article-id': a.id, 'aria-current': a.id === state.article.id ? 'true' : false },
          h('span', { class: 'article-title' }, a.title),
          h('span', { class: 'article-meta' }, `${a.kind} · ${dateOf(a)}`),
        ),
      ),
    ),
  );
  byId('article-count').textContent = `${articles.length} articles`;
}

function selectArticle(id: string, { focusReader = false } = {}): void {
  const article = articles.find((a) => a.id === id);
  if (!article) return;
  state.article = article;
  state.speaker = '';
  state.quoteKind = '';
  state.figureKind = '';
  state.unit = '';
  state.min = '';
  state.max = '';
  state.highlight = null;
  if (location.hash !== `#${id}`) history.replaceState(null, '', `#${id}`);
  renderAll();
  if (focusReader) byId('article-heading').focus();
}

function renderReader(): void {
  const a = state.article;
  byId('article-heading').textContent = a.title;
  byId('article-info').textContent = [a.kind, a.column, dateOf(a), `${a.paragraphs.length} paragraphs`, `${a.wordCount} words`].filter(Boolean).join(' · ');
  const body = byId('paragraphs');
  const nodes: HTMLElement[] = [];
  let heading: string | null = null;
  for (const p of a.paragraphs) {
    if (p.heading !== heading && p.heading) nodes.push(h('h3', { class: 'subheading' }, p.heading));
    heading = p.heading;
    const spans = state.highlight?.spans.get(p.id) ?? [];
    const paragraph = h('p', { id: `paragraph-${p.index + 1}`, 'data-paragraph-id': p.id, class: spans.length > 0 ? 'has-highlight' : false });
    paragraph.append(h('span', { class: 'paragraph-number', 'aria-hidden': 'true' }, String(p.index + 1)));
    for (const piece of segments(p.text, spans)) paragraph.append(piece.marked ? h('mark', {}, piece.text) : piece.text);
    nodes.push(paragraph);
  }
  body.replaceChildren(...nodes);
  byId('highlight-status').textContent = state.highlight ? state.highlight.label : 'Select a quote, figure or entity to highlight where it is in the text.';
}

function highlight(label: string, spans: Array<HighlightSpan & { paragraphId: string }>): void {
  const byParagraph = new Map<string, HighlightSpan[]>();
  for (const { paragraphId, start, end } of spans) byParagraph.set(paragraphId, [...(byParagraph.get(paragraphId) ?? []), { start, end }]);
  state.highlight = { label, spans: byParagraph };
  renderReader();
  // Bring the first highlight into view; focus stays on the control the reader used.
  document.querySelector('#paragraphs mark')?.scrollIntoView({ block: 'center', behavior: 'instant' });
}

// ------------------------------------------------------------------ quotes

function renderQuotes(): void {
  const articleId = state.article.id;
  const all = quotes({ articleId });
  const counts = new Map<string, number>();
  for (const q of all) if (q.speaker) counts.set(q.speaker.name, (counts.get(q.speaker.name) ?? 0) + 1);
  const speakers = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  byId<HTMLSelectElement>('quote-speaker').replaceChildren(
    h('option', { value: '' }, `All speakers (${all.length})`),
    ...speakers.map(([name, n]) => h('option', { value: name, selected: name === state.speaker }, `${name} (${n})`)),
  );
  byId<HTMLSelectElement>('quote-kind').value = state.quoteKind;
  const shown = quotes({ articleId, ...(state.speaker ? { speaker: state.speaker } : {}), ...(state.quoteKind ? { kind: state.quoteKind } : {}) })
    // The speaker filter matches by name words; the list shows exactly the chosen speaker.
    .filter((q) => !state.speaker || q.speaker?.name === state.speaker);
  byId('quote-count').textContent = `${shown.length} of ${all.length} quotes`;
  byId('quote-list').replaceChildren(
    ...shown.map((q) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'quote', 'data-quote-id': q.id },
          h('span', { class: `badge badge-${q.kind}` }, q.kind),
          // Reported speech is not a quotation: only direct and partial quotes get quotation marks.
          q.kind === 'indirect' ? h('span', { class: 'reported' }, q.text) : h('q', {}, q.text),
          h('span', { class: 'who' }, `— ${q.speaker?.name ?? 'unattributed'}${q.cue ? ` (${q.cue.text})` : ''}, ¶${paragraphNumber(q.paragraphId)}`),
        ),
      ),
    ),
  );
}

// ------------------------------------------------------------------ figures

function compareFigures(a: Figure, b: Figure, key: SortKey): number {
  switch (key) {
    case 'text':
      return a.text.localeCompare(b.text);
    case 'kind':
      return a.kind.localeCompare(b.kind);
    case 'unit':
      return (a.unit ?? '').localeCompare(b.unit ?? '');
    case 'value':
      // Numbers before dates, each in their own order.
      if (typeof a.value === 'number' && typeof b.value === 'number') return a.value - b.value;
      if (typeof a.value === 'number') return -1;
      if (typeof b.value === 'number') return 1;
      return a.value.localeCompare(b.value);
    default:
      return 0;
  }
}

// Years and ordinals read wrong with thousands separators ("2,023").
const formatValue = (f: Figure) =>
  typeof f.value !== 'number' ? f.value : f.value.toLocaleString('en-US', { maximumFractionDigits: 4, useGrouping: f.kind !== 'year' && f.kind !== 'ordinal' });

function renderFigures(): void {
  const articleId = state.article.id;
  const all = figures({ articleId });
  const kinds = [...new Set(all.map((f) => f.kind))].sort();
  const units = [...new Set(all.map((f) => f.unit).filter((u): u is string => u !== null))].sort();
  byId<HTMLSelectElement>('figure-kind').replaceChildren(h('option', { value: '' }, 'Any kind'), ...kinds.map((k) => h('option', { value: k, selected: k === state.figureKind }, k)));
  byId<HTMLSelectElement>('figure-unit').replaceChildren(h('option', { value: '' }, 'Any unit'), ...units.map((u) => h('option', { value: u, selected: u === state.unit }, u)));
  byId<HTMLInputElement>('figure-min').value = state.min;
  byId<HTMLInputElement>('figure-max').value = state.max;
  const min = state.min === '' ? undefined : Number(state.min);
  const max = state.max === '' ? undefined : Number(state.max);
  const filtered = figures({
    articleId,
    ...(state.figureKind ? { kind: state.figureKind } : {}),
    ...(state.unit ? { unit: state.unit } : {}),
    ...(min !== undefined && !Number.isNaN(min) ? { min } : {}),
    ...(max !== undefined && !Number.isNaN(max) ? { max } : {}),
  });
  const { key, ascending } = state.sort;
  const shown = key === 'position' ? [...filtered] : [...filtered].sort((a, b) => (ascending ? 1 : -1) * compareFigures(a, b, key) || 0);
  if (key === 'position' && !ascending) shown.reverse();
  byId('figure-count').textContent = `${shown.length} of ${all.length} figures`;
  for (const button of document.querySelectorAll<HTMLButtonElement>('#figure-table th button')) {
    const th = button.parentElement as HTMLElement;
    const sorted = button.dataset.sort === key;
    th.setAttribute('aria-sort', sorted ? (ascending ? 'ascending' : 'descending') : 'none');
    button.querySelector('.sort-mark')!.textContent = sorted ? (ascending ? ' ▲' : ' ▼') : '';
  }
  byId('figure-rows').replaceChildren(
    ...shown.map((f) =>
      h(
        'tr',
        {},
        h('td', {}, h('button', { type: 'button', class: 'figure', 'data-figure-id': f.id }, f.text)),
        h('td', {}, f.kind),
        h('td', { class: 'number' }, `${f.exact ? '' : '≈ '}${formatValue(f)}`),
        h('td', {}, [f.unit, f.per && `per ${f.per}`].filter(Boolean).join(' ') || '—'),
      ),
    ),
  );
}

// ------------------------------------------------------------------ entities

function renderEntities(): void {
  const articleId = state.article.id;
  const list = entities({ articleId });
  byId('entity-count').textContent = `${list.length} entities`;
  byId('entity-list').replaceChildren(
    ...list.map((e) => {
      const here = mentions(e.id).filter((m) => m.articleId === articleId).length;
      return h(
        'li',
        {},
        h('button', { type: 'button', class: 'entity', 'data-entity-id': e.id }, h('span', { class: 'entity-name' }, e.name), h('span', { class: 'entity-meta' }, `${e.type} · ${here}×`)),
      );
    }),
  );
}

// ------------------------------------------------------------------ graph

const graphSize = { width: 1100, height: 460 };
const laidOut = layoutGraph(linkGraph(), graphSize.width, graphSize.height);
const kindLetter: Record<string, string> = { editorial: 'E', column: 'C', news: 'N' };
/** A headline without its column ("GT Voice: …") or attribution ("…: experts"), cut to a few words for a graph label. */
const shortTitle = (title: string) => {
  const article = articles.find((a) => a.title === title);
  let text = title;
  if (article?.column && text.startsWith(`${article.column}:`)) text = text.slice(article.column.length + 1).trim();
  if (article?.attribution && text.endsWith(`: ${article.attribution}`)) text = text.slice(0, -(article.attribution.length + 2));
  const words = text.split(/\s+/);
  return words.length > 4 ? `${words.slice(0, 4).join(' ')}…` : words.join(' ');
};
const titleOf = (key: string) => articles.find((a) => a.id === key)?.title ?? key;

function describeEdge(edge: LaidOutEdge): void {
  const info = byId('edge-info');
  info.replaceChildren(
    h('strong', {}, `${shortTitle(titleOf(edge.source.key))} ↔ ${shortTitle(titleOf(edge.target.key))}`),
    ` (weight ${edge.weight.toFixed(1)})`,
    h('ul', {}, ...edge.reasons.map((r) => h('li', {}, r))),
  );
}

function renderGraph(): void {
  const svg = byId('graph') as unknown as SVGSVGElement;
  const maxWeight = Math.max(...laidOut.edges.map((e) => e.weight));
  const edges = laidOut.edges.map((edge) => {
    const label = `Link between “${shortTitle(titleOf(edge.source.key))}” and “${shortTitle(titleOf(edge.target.key))}”: ${edge.reasons.join('; ')}`;
    const coords = { x1: edge.source.x, y1: edge.source.y, x2: edge.target.x, y2: edge.target.y };
    const touchesSelected = edge.source.key === state.article.id || edge.target.key === state.article.id;
    const g = s(
      'g',
      { class: `edge${touchesSelected ? ' edge-selected' : ''}`, tabindex: 0, role: 'img', 'aria-label': label, 'data-edge-key': edge.key },
      s('title', {}, edge.reasons.join('\n')),
      // A wide transparent line makes the thin visible one easy to hover.
      s('line', { ...coords, class: 'edge-hit' }),
      s('line', { ...coords, class: 'edge-line', 'stroke-width': 1.5 + 5 * (edge.weight / maxWeight) }),
    );
    g.addEventListener('mouseenter', () => describeEdge(edge));
    g.addEventListener('focus', () => describeEdge(edge));
    return g;
  });
  const nodes = laidOut.nodes.map((node) => {
    const selected = node.key === state.article.id;
    const g = s(
      'g',
      { class: `node node-${node.kind}${selected ? ' node-selected' : ''}`, tabindex: 0, role: 'button', 'aria-label': `Open article: ${node.label}${selected ? ' (open)' : ''}`, 'data-node-key': node.key, transform: `translate(${node.x} ${node.y})` },
      s('title', {}, node.label),
      s('circle', { r: selected ? 24 : 20 }),
      s('text', { class: 'node-letter', 'text-anchor': 'middle', dy: '0.35em' }, kindLetter[node.kind] ?? '?'),
      s('text', { class: 'node-label', 'text-anchor': 'middle', y: selected ? 42 : 38 }, shortTitle(node.label)),
    );
    g.addEventListener('click', () => selectArticle(node.key, { focusReader: true }));
    g.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        selectArticle(node.key, { focusReader: true });
      }
    });
    return g;
  });
  svg.replaceChildren(s('g', { class: 'edges' }, ...edges), s('g', { class: 'nodes' }, ...nodes));
}

// ------------------------------------------------------------------ wiring

function renderAll(): void {
  renderArticleList();
  renderReader();
  renderQuotes();
  renderFigures();
  renderEntities();
  renderGraph();
}

function wire(): void {
  byId('article-list').addEventListener('click', (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>('button[data-article-id]');
    if (button) selectArticle(button.dataset.articleId!, { focusReader: false });
  });
  byId('quote-speaker').addEventListener('change', (event) => {
    state.speaker = (event.target as HTMLSelectElement).value;
    renderQuotes();
  });
  byId('quote-kind').addEventListener('change', (event) => {
    state.quoteKind = (event.target as HTMLSelectElement).value as QuoteKind | '';
    renderQuotes();
  });
  byId('quote-list').addEventListener('click', (event) => {
    const id = (event.target as Element).closest<HTMLButtonElement>('button[data-quote-id]')?.dataset.quoteId;
    const q = id && quotes({ articleId: state.article.id }).find((x) => x.id === id);
    if (q) highlight(`Quote by ${q.speaker?.name ?? 'an unattributed speaker'} highlighted in paragraph ${paragraphNumber(q.paragraphId)}: “${q.text}”`, [{ paragraphId: q.paragraphId, start: q.start, end: q.end }]);
  });
  for (const [id, field] of [['figure-kind', 'figureKind'], ['figure-unit', 'unit'], ['figure-min', 'min'], ['figure-max', 'max']] as const) {
    byId(id).addEventListener(id.endsWith('min') || id.endsWith('max') ? 'input' : 'change', (event) => {
      (state as Record<typeof field, string>)[field] = (event.target as HTMLInputElement | HTMLSelectElement).value;
      renderFigures();
    });
  }
  byId('figure-table').addEventListener('click', (event) => {
    const target = event.target as Element;
    const sortButton = target.closest<HTMLButtonElement>('th button[data-sort]');
    if (sortButton) {
      const key = sortButton.dataset.sort as SortKey;
      state.sort = { key, ascending: state.sort.key === key ? !state.sort.ascending : true };
      renderFigures();
      return;
    }
    const id = target.closest<HTMLButtonElement>('button[data-figure-id]')?.dataset.figureId;
    const f = id && figures({ articleId: state.article.id }).find((x) => x.id === id);
    if (f) highlight(`Figure “${f.text}” (${f.kind}) highlighted in paragraph ${paragraphNumber(f.paragraphId)}`, [{ paragraphId: f.paragraphId, start: f.start, end: f.end }]);
  });
  byId('entity-list').addEventListener('click', (event) => {
    const id = (event.target as Element).closest<HTMLButtonElement>('button[data-entity-id]')?.dataset.entityId;
    if (!id) return;
    const here = mentions(id).filter((m) => m.articleId === state.article.id);
    const name = entities({ articleId: state.article.id }).find((e) => e.id === id)?.name ?? id;
    highlight(`${here.length} mention${here.length === 1 ? '' : 's'} of ${name} highlighted`, here);
  });
  byId('clear-highlight').addEventListener('click', () => {
    state.highlight = null;
    renderReader();
  });
  window.addEventListener('hashchange', () => selectArticle(decodeURIComponent(location.hash.slice(1))));
}

const initial = decodeURIComponent(location.hash.slice(1));
if (articles.some((a) => a.id === initial)) state.article = articles.find((a) => a.id === initial)!;
wire();
renderAll();
document.body.dataset.ready = 'true';
