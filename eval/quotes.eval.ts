/** Quote, speaker and term accuracy against tests/fixtures/gold/quotes.json, with compromise's .quotations() as the peer. */
import { existsSync, readFileSync } from 'node:fs';
import nlp from 'compromise';
import { extractQuotesAndTerms } from '../src/extract/quotes/extract-quotes';
import type { Quote, Term } from '../src/model/quote';
import { fmt, loadDoc, locate, match, prf, root, type Doc, type Located, type Scored } from './lib/gold';

interface GoldQuote {
  doc: string;
  kind: Quote['kind'];
  text: string;
  speaker: string | null;
  cue: string | null;
  occurrence?: number;
}

type GoldPiece = Located & { kind: Quote['kind']; speaker: string | null; doc: string; text: string };
type Predicted = Located & { kind: Quote['kind']; speaker: string | null; text: string; doc: string };

const norm = (s: string | null | undefined) => (s ?? '').toLowerCase().replace(/[’']/g, "'").replace(/^the\s+/, '').replace(/\.$/, '').trim();

function compromiseQuotes(doc: Doc): Predicted[] {
  const out: Predicted[] = [];
  for (const p of doc.paragraphs) {
    let from = 0;
    for (const raw of nlp(p.text).quotations().out('array') as string[]) {
      const at = p.text.indexOf(raw.trim(), from);
      if (at === -1) continue;
      from = at + 1;
      let start = at;
      let end = at + raw.trim().length;
      while (start < end && /[“"‘\s]/.test(p.text[start]!)) start++;
      while (end > start && /[”"’\s]/.test(p.text[end - 1]!)) end--;
      out.push({ paragraphId: `${doc.id}/${p.id}`, start, end, kind: 'direct', speaker: null, text: p.text.slice(start, end), doc: doc.id });
    }
  }
  return out;
}

export async function evaluate(): Promise<{ title: string; markdown: string }> {
  type GoldFile = { quotes: GoldQuote[]; terms: Array<{ doc: string; text: string; occurrence?: number }> };
  const gold = JSON.parse(readFileSync(`${root}/tests/fixtures/gold/quotes.json`, 'utf8')) as GoldFile;
  if (existsSync(`${root}/tests/fixtures/heldout/quotes.json`)) {
    const heldout = JSON.parse(readFileSync(`${root}/tests/fixtures/heldout/quotes.json`, 'utf8')) as GoldFile;
    gold.quotes.push(...heldout.quotes);
    gold.terms.push(...heldout.terms);
  }
  const docIds = [...new Set([...gold.quotes.map((q) => q.doc), ...gold.terms.map((t) => t.doc)])].sort();
  const groups = {
    corpus: (d: string) => d.startsWith('corpus:'),
    other: (d: string) => d.startsWith('other:'),
    heldout: (d: string) => d.startsWith('heldout:'),
    all: () => true,
  } as const;
  const pieces: GoldPiece[] = [];
  const goldTerms: Array<Located & { doc: string }> = [];
  const ours: Predicted[] = [];
  const oursTerms: Array<Located & { doc: string }> = [];
  const peer: Predicted[] = [];
  const unlocated: string[] = [];
  for (const id of docIds) {
    const doc = loadDoc(id);
    for (const q of gold.quotes.filter((g) => g.doc === id)) {
      const found = locate(doc, q.text, q.occurrence);
      if (!found) unlocated.push(`${id}: ${q.text.slice(0, 40)}`);
      for (const l of found ?? []) pieces.push({ ...l, paragraphId: `${id}/${l.paragraphId}`, kind: q.kind, speaker: q.speaker, doc: id, text: q.text });
    }
    for (const t of gold.terms.filter((g) => g.doc === id)) {
      for (const l of locate(doc, t.text, t.occurrence) ?? []) goldTerms.push({ ...l, paragraphId: `${id}/${l.paragraphId}`, doc: id });
    }
    const { quotes, terms } = extractQuotesAndTerms(doc.input);
    for (const q of quotes) ours.push({ paragraphId: `${id}/${q.paragraphId}`, start: q.start, end: q.end, kind: q.kind, speaker: q.speaker?.name ?? null, text: q.text, doc: id });
    for (const t of terms as Term[]) oursTerms.push({ paragraphId: `${id}/${t.paragraphId}`, start: t.start, end: t.end, doc: id });
    peer.push(...compromiseQuotes(doc));
  }

  const rows: string[] = [];
  const misses: string[] = [];
  const table = <G extends Located, P extends Located>(label: string, g: G[], p: P[]) => {
    const exact = match(g, p, 'exact');
    const over = match(g, p, 'overlap');
    const se: Scored = { tp: exact.pairs.length, fp: exact.spurious.length, fn: exact.missed.length };
    const so: Scored = { tp: over.pairs.length, fp: over.spurious.length, fn: over.missed.length };
    const [e, o] = [prf(se), prf(so)];
    rows.push(`| ${label} | ${g.length} | ${p.length} | ${fmt(e.p)} / ${fmt(e.r)} / **${fmt(e.f1)}** | ${fmt(o.p)} / ${fmt(o.r)} / **${fmt(o.f1)}** |`);
    return over;
  };
  const speakerRows: string[] = [];
  for (const [name, inGroup] of Object.entries(groups)) {
    const g = pieces.filter((x) => inGroup(x.doc));
    const p = ours.filter((x) => inGroup(x.doc));
    const dp = (x: { kind: string }) => x.kind !== 'indirect';
    const overDp = table(`${name}: direct + partial (gt-corpus)`, g.filter(dp), p.filter(dp));
    table(`${name}: direct + partial (compromise)`, g.filter(dp), peer.filter((x) => inGroup(x.doc)));
    const overInd = table(`${name}: indirect (gt-corpus)`, g.filter((x) => !dp(x)), p.filter((x) => !dp(x)));
    const overAll = match(g, p, 'overlap');
    const kindOk = overAll.pairs.filter(([a, b]) => a.kind === b.kind).length;
    const speakerOk = [...overDp.pairs, ...overInd.pairs].filter(([a, b]) => norm(a.speaker) === norm(b.speaker)).length;
    const matched = overDp.pairs.length + overInd.pairs.length;
    speakerRows.push(`| ${name} | ${matched} | ${fmt(matched ? speakerOk / matched : 1)} | ${fmt(overAll.pairs.length ? kindOk / overAll.pairs.length : 1)} |`);
    if (name === 'all') {
      for (const m of [...overDp.missed, ...overInd.missed]) misses.push(`- missed ${m.kind} (${m.doc}, ${m.speaker}): “${m.text.slice(0, 70)}”`);
      for (const s of [...overDp.spurious, ...overInd.spurious]) misses.push(`- spurious ${s.kind} (${s.doc}, ${s.speaker}): “${s.text.slice(0, 70)}”`);
      for (const [a, b] of [...overDp.pairs, ...overInd.pairs]) if (norm(a.speaker) !== norm(b.speaker)) misses.push(`- speaker ${b.speaker} ≠ gold ${a.speaker} (${a.doc}): “${a.text.slice(0, 50)}”`);
    }
    const tg = goldTerms.filter((x) => inGroup(x.doc));
    const tp = oursTerms.filter((x) => inGroup(x.doc));
    table(`${name}: terms (gt-corpus)`, tg, tp);
  }
  const markdown = `Gold: ${pieces.length} quote pieces (a quotation continued over two paragraphs counts once per paragraph) and ${goldTerms.length} terms in
${docIds.length} documents: the eight bundled articles (\`corpus\`), ${docIds.filter((d) => d.startsWith('other:')).length} short texts in other outlets' styles
used while developing (\`other\`), and ${docIds.filter((d) => d.startsWith('heldout:')).length} texts written by a separate annotator who never saw the extractor, never tuned on (\`heldout\`).
Exact = same start and end; overlap = one-to-one matching of spans that share text. P / R / F1.

| set | gold | predicted | exact P / R / F1 | overlap P / R / F1 |
|---|---:|---:|---|---|
${rows.join('\n')}

compromise's \`.quotations()\` has no notion of speakers, partial quotes or reported speech; its spans are compared with
gold direct + partial quotes (its scare-quoted terms count against it, as they would for a user).

Speaker and kind accuracy over quotes matched by overlap (speaker: canonical name, case-insensitive):

| set | matched | speaker correct | kind correct |
|---|---:|---:|---:|
${speakerRows.join('\n')}

${unlocated.length ? `Gold entries not found in the text: ${unlocated.join('; ')}\n\n` : ''}<details><summary>Remaining differences (${misses.length})</summary>

${misses.join('\n')}

</details>`;
  return { title: 'Quotes', markdown };
}
