/** Person clustering across articles and expected links, against tests/fixtures/gold/entities.json. */
import { readFileSync } from 'node:fs';
import { articles, entities, relatedArticles } from '../src/index';
import { nameKey } from '../src/extract/entities/merge';
import { describe } from '../src/link/linker';
import { fmt, prf, root } from './lib/gold';

interface Gold {
  people: Array<{ cluster: string; doc: string; name: string }>;
  expectedLinks: Array<{ doc: string; related: string; reasons: string[] }>;
}

const articleOf = (doc: string) => articles[Number(doc.slice(7)) - 1]!;

export async function evaluate(): Promise<{ title: string; markdown: string }> {
  const gold = JSON.parse(readFileSync(`${root}/tests/fixtures/gold/entities.json`, 'utf8')) as Gold;
  const people = entities({ type: 'person' });
  // Each gold person in its article → the predicted entity that names them there.
  const predicted = gold.people.map((g) => {
    const articleId = articleOf(g.doc).id;
    const key = nameKey(g.name);
    return people.find((e) => e.articleIds.includes(articleId) && [e.name, ...e.aliases].some((n) => nameKey(n) === key))?.id ?? null;
  });
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (let i = 0; i < gold.people.length; i++) {
    for (let j = i + 1; j < gold.people.length; j++) {
      const sameGold = gold.people[i]!.cluster === gold.people[j]!.cluster;
      const samePred = predicted[i] !== null && predicted[i] === predicted[j];
      if (sameGold && samePred) tp++;
      else if (samePred) fp++;
      else if (sameGold) fn++;
    }
  }
  const found = predicted.filter((p) => p !== null).length;
  const pair = prf({ tp, fp, fn });
  // False merges: one predicted entity holding people of different gold clusters.
  const clustersOf = new Map<string, Set<string>>();
  predicted.forEach((p, i) => p && clustersOf.set(p, new Set([...(clustersOf.get(p) ?? []), gold.people[i]!.cluster])));
  const falseMerges = [...clustersOf].filter(([, c]) => c.size > 1).map(([id, c]) => `${id}: ${[...c].join(', ')}`);

  const rows = gold.expectedLinks.map((link) => {
    const from = articleOf(link.doc);
    const to = articleOf(link.related);
    const top = relatedArticles(from.id, { limit: 3 });
    const rank = top.findIndex((r) => r.articleId === to.id) + 1;
    const reasons = rank ? top[rank - 1]!.reasons.filter((r) => r.type === 'entity' || r.type === 'fact').map(describe) : [];
    const personOk = link.reasons.filter((r) => r.startsWith('person ')).every((r) => reasons.some((x) => x.includes(r.slice(7).split(' ').pop()!)));
    return `| ${link.doc} → ${link.related} | ${rank || '—'} | ${rank && personOk ? 'yes' : 'no'} | ${reasons.slice(0, 4).join('; ')} |`;
  });
  const inTop3 = rows.filter((r) => /\| [123] \| yes \|/.test(r)).length;
  const markdown = `Gold: ${gold.people.length} person mentions (one per person per article) in ${new Set(gold.people.map((p) => p.cluster)).size} people, and ${gold.expectedLinks.length} expected links.

| measure | value |
|---|---|
| gold people found as person entities in their article | ${found} / ${gold.people.length} |
| pairwise person clustering P / R / F1 | ${fmt(pair.p)} / ${fmt(pair.r)} / **${fmt(pair.f1)}** |
| false merges of different people | ${falseMerges.length ? falseMerges.join('; ') : 'none'} |
| expected links in the top 3 with their person/fact reason | **${inTop3} / ${rows.length}** |

| expected link | rank | reason listed | entity and fact reasons given |
|---|---:|---|---|
${rows.join('\n')}
${predicted.some((p) => p === null) ? `\nPeople not found: ${gold.people.filter((_, i) => predicted[i] === null).map((g) => `${g.name} (${g.doc})`).join(', ')}\n` : ''}`;
  return { title: 'Entities and links', markdown };
}
