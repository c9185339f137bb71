/**
 * Deterministic synthetic dumps in the bundled dump's shape, for benchmarks
 * and scaling runs: each article follows one of the bundled articles (headline,
 * caption pair, paragraphs, subheadings, in-body photos), with paragraphs
 * dropped and borrowed from other articles, and people, places and numbers
 * replaced at random, so that no two articles repeat and no cache can cheat.
 *
 *   tsx bench/generate-synthetic.ts --articles 10000 [--seed 1] [--out dump.txt]
 *   tsx bench/generate-synthetic.ts --mb 100 --out /tmp/dump.txt
 */
import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCorpus, type Article } from '../src/index';

const rawPath = fileURLToPath(new URL('../corpus/raw/global-times-2024.txt', import.meta.url));

/** Small, fast, seedable PRNG (mulberry32): the same seed gives the same dump on every machine. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// People named in the bundled text, with the short form it also uses.
const people: ReadonlyArray<readonly [string, string]> = [
  ['Xi Jinping', 'Xi'], ['Vladimir Putin', 'Putin'], ['London Breed', 'Breed'], ['Alexei Overchuk', 'Overchuk'],
  ['Bunyad Huseynov', 'Huseynov'], ['Wang Yi', 'Wang'], ['Song Wei', 'Song'], ['Wang Wentao', 'Wang'],
  ['Chen Hong', 'Chen'], ['Li Yong', 'Li'], ['Zhao Gancheng', 'Zhao'], ['Chen Shuai', 'Chen'], ['Gao Lingyun', 'Gao'],
  ['Han Zheng', 'Han'], ['Yang Chengyu', 'Yang'], ['Zhang Jian', 'Zhang'], ['Janet Yellen', 'Yellen'], ['Mao Ning', 'Mao'],
  ['Sergey Lavrov', 'Lavrov'], ['Zhang Hong', 'Zhang'], ['Olaf Scholz', 'Scholz'], ['Lin Jian', 'Lin'],
];
const places = ['China', 'Russia', 'Serbia', 'Hungary', 'Azerbaijan', 'San Francisco', 'Beijing', 'Moscow', 'Europe', 'France', 'Indonesia', 'Cambodia', 'Papua New Guinea', 'Germany'];
const newPlaces = [
  'Brazil', 'Kenya', 'Vietnam', 'Chile', 'Egypt', 'Norway', 'Peru', 'Malaysia', 'Nigeria', 'Portugal', 'Kazakhstan', 'Argentina',
  'Thailand', 'Morocco', 'Finland', 'Ghana', 'Uruguay', 'Mongolia', 'Tanzania', 'Ecuador', 'Jordan', 'Laos', 'Senegal', 'Oman',
  'Austria', 'Colombia', 'Zambia', 'Nepal', 'Qatar', 'Greece', 'Rwanda', 'Bolivia', 'Fiji', 'Tunisia', 'Croatia', 'Sri Lanka',
];
const surnames = [
  'Li', 'Wang', 'Zhang', 'Liu', 'Chen', 'Yang', 'Huang', 'Zhao', 'Wu', 'Zhou', 'Xu', 'Sun', 'Ma', 'Zhu', 'Hu', 'Guo', 'He', 'Lin',
  'Garcia', 'Silva', 'Okafor', 'Novak', 'Petrov', 'Kowalski', 'Haddad', 'Nguyen', 'Tanaka', 'Mensah', 'Larsen', 'Moreau', 'Rossi',
  'Kaya', 'Ivanova', 'Costa', 'Dubois', 'Fischer', 'Santos', 'Ahmed', 'Kim', 'Otieno',
];
const givenNames = [
  'Wei', 'Fang', 'Min', 'Jun', 'Lei', 'Yan', 'Hong', 'Tao', 'Jing', 'Qiang', 'Xiaoming', 'Haoran', 'Yuting', 'Zihan', 'Maria',
  'Ana', 'David', 'Elena', 'Omar', 'Nadia', 'Pavel', 'Amara', 'Lucas', 'Ingrid', 'Tomas', 'Leila', 'Kwame', 'Sofia', 'Mateo',
  'Yuki', 'Anders', 'Chiara', 'Rahul', 'Fatima', 'Jonas', 'Irina', 'Diego', 'Aiko', 'Samuel', 'Noura',
];

// Topic words swapped for others of the same part of speech, so that even
// paragraphs without a name or a number differ from article to article.
const nouns = ['trade', 'cooperation', 'development', 'investment', 'energy', 'industry', 'technology', 'growth', 'security', 'infrastructure', 'agriculture', 'tourism', 'finance', 'manufacturing', 'innovation'];
const adjectives = ['economic', 'strategic', 'bilateral', 'regional', 'global', 'international', 'financial', 'digital', 'practical', 'comprehensive', 'mutual', 'industrial'];
const topicWords = new RegExp(`\\b(?:${[...nouns, ...adjectives].join('|')})\\b`, 'g');
const adjectiveSet = new Set(adjectives);

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const peopleOrPlaces = new RegExp(
  `\\b(?:${[...people.flatMap(([full, short]) => [full, short]), ...places].sort((a, b) => b.length - a.length).map(escape).join('|')})\\b`,
  'g',
);
const terminal = /[.!?…:;]["'”’»)\]]*$/;

interface Template {
  title: string;
  /** The article's blocks after the headline, in order: [kind, text]. */
  body: Array<['caption' | 'subheading' | 'paragraph', string]>;
}

let loaded: { templates: Template[]; pool: string[]; vocabulary: string[] } | undefined;

function load(): { templates: Template[]; pool: string[]; vocabulary: string[] } {
  if (!loaded) {
    const { articles } = parseCorpus(readFileSync(rawPath, 'utf8'));
    // Borrowed paragraphs must read as running text wherever they land.
    const pool = articles.flatMap((a) => a.paragraphs.map((p) => p.text)).filter((t) => terminal.test(t));
    const vocabulary = [...new Set(pool.flatMap((t) => t.split(/\s+/)).filter((w) => /^[a-z]{4,}$/.test(w)))].sort();
    loaded = { templates: articles.map(toTemplate), pool, vocabulary };
  }
  return loaded;
}

/**
 * Swaps two lowercase words among a headline's first six (which make its id)
 * for words of the corpus, so that headlines, and so ids, rarely repeat.
 */
function retitle(title: string, next: () => number, vocabulary: readonly string[]): string {
  const words = title.split(' ');
  const candidates = words.slice(0, 6).flatMap((w, i) => (/^[a-z]{3,}$/.test(w) ? [i] : []));
  for (let n = 0; n < 2 && candidates.length > 0; n++) {
    const at = candidates.splice(Math.floor(next() * candidates.length), 1)[0]!;
    words[at] = vocabulary[Math.floor(next() * vocabulary.length)]!;
  }
  return words.join(' ');
}

function toTemplate(article: Article): Template {
  const body: Template['body'] = [];
  let heading: string | null = null;
  for (const paragraph of article.paragraphs) {
    for (const image of article.images.filter((i) => i.position === paragraph.index)) {
      const full = `${image.caption} ${image.credit}`.trim();
      body.push(['caption', full], ['caption', image.alt !== undefined ? `${image.alt} ${image.credit}`.trim() : full]);
    }
    if (paragraph.heading !== heading) {
      heading = paragraph.heading;
      if (heading) body.push(['subheading', heading]);
    }
    body.push(['paragraph', paragraph.text]);
  }
  return { title: article.title, body };
}

/** Replaces people, places and digits consistently within one article. */
function varier(next: () => number) {
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const names = new Map<string, string>();
  // People who share a short form ("Wang") keep sharing one, so references still resolve.
  for (const [, short] of people) if (!names.has(short)) names.set(short, pick(surnames));
  for (const [full, short] of people) names.set(full, `${pick(givenNames)} ${names.get(short)!}`);
  for (const place of places) names.set(place, pick(newPlaces));
  // The same number stays the same within an article, so caption copies still match.
  const numbers = new Map<string, string>();
  const number = (digits: string) => {
    if (digits.length === 4 && /^(?:19|20)/.test(digits)) return String(1990 + Math.floor(next() * 40));
    let out = '';
    for (let i = 0; i < digits.length; i++) out += i === 0 && digits.length > 1 ? 1 + Math.floor(next() * 9) : Math.floor(next() * 10);
    return out;
  };
  // Caption copies skip the topic swap, which would make the two copies differ.
  return (text: string, swapTopics = true) =>
    text
      .replace(peopleOrPlaces, (match) => names.get(match) ?? match)
      .replace(topicWords, (word) => (!swapTopics || next() < 0.5 ? word : pick(adjectiveSet.has(word) ? adjectives : nouns)))
      .replace(/\d+/g, (digits) => {
        let out = numbers.get(digits);
        if (out === undefined) numbers.set(digits, (out = number(digits)));
        return out;
      });
}

export interface SyntheticArticle {
  /** The headline, as the parser will read it. */
  title: string;
  /** The article's raw text, ending in a blank line. */
  text: string;
}

/**
 * Synthetic articles, one at a time (so that any size can be written in
 * constant memory). The same seed always gives the same articles.
 *
 * @example
 * for (const { text } of syntheticArticles(1)) { write(text); if (++n === 1000) break; }
 */
export function* syntheticArticles(seed = 1): Generator<SyntheticArticle, never, undefined> {
  const next = random(seed);
  const { templates: all, pool, vocabulary } = load();
  for (;;) {
    const template = all[Math.floor(next() * all.length)]!;
    const vary = varier(next);
    const title = retitle(vary(template.title), next, vocabulary);
    const blocks = [title];
    for (const [kind, text] of template.body) {
      if (kind === 'paragraph') {
        // Drop about one paragraph in six, borrow about one in five.
        if (next() < 0.17 && blocks.length > 3) continue;
        blocks.push(vary(text));
        if (next() < 0.2) blocks.push(vary(pool[Math.floor(next() * pool.length)]!));
      } else {
        blocks.push(vary(text, kind !== 'caption'));
      }
    }
    yield { title, text: `${blocks.join('\n\n')}\n\n` };
  }
}

/**
 * A whole dump of `articles` synthetic articles (or of at least `bytes` UTF-8
 * bytes), with their titles.
 *
 * @example
 * const { dump, titles } = generateSyntheticDump({ articles: 1000, seed: 7 });
 */
export function generateSyntheticDump(options: { articles?: number; bytes?: number; seed?: number }): { dump: string; titles: string[] } {
  const parts: string[] = [];
  const titles: string[] = [];
  let bytes = 0;
  for (const article of syntheticArticles(options.seed ?? 1)) {
    if (options.articles !== undefined && titles.length >= options.articles) break;
    if (options.bytes !== undefined && bytes >= options.bytes) break;
    parts.push(article.text);
    titles.push(article.title);
    bytes += Buffer.byteLength(article.text);
  }
  return { dump: parts.join(''), titles };
}

/**
 * One paragraph (no blank line) of about `chars` characters, made of the
 * bundled paragraphs varied as above: for scaling runs on very long text.
 */
export function syntheticParagraph(chars: number, seed = 1): string {
  const next = random(seed);
  const { pool } = load();
  const parts: string[] = [];
  let length = 0;
  while (length < chars) {
    const text = varier(next)(pool[Math.floor(next() * pool.length)]!);
    parts.push(text);
    length += text.length + 1;
  }
  // A cut right after a space would leave trailing whitespace, which sends the
  // text down other (normalizing) paths than its neighbours in a scaling run.
  return parts.join(' ').slice(0, chars).replace(/\s$/, '.');
}

async function main() {
  const { values } = parseArgs({
    options: { articles: { type: 'string' }, mb: { type: 'string' }, seed: { type: 'string', default: '1' }, out: { type: 'string' } },
  });
  const articles = values.articles === undefined ? undefined : Number(values.articles);
  const bytes = values.mb === undefined ? undefined : Number(values.mb) * 1e6;
  if ((articles === undefined) === (bytes === undefined)) throw new Error('give --articles N or --mb N');
  const out = values.out ? createWriteStream(values.out) : process.stdout;
  let n = 0;
  let written = 0;
  for (const article of syntheticArticles(Number(values.seed))) {
    if ((articles !== undefined && n >= articles) || (bytes !== undefined && written >= bytes)) break;
    if (!out.write(article.text)) await once(out, 'drain');
    n++;
    written += Buffer.byteLength(article.text);
  }
  if (values.out) await new Promise((resolve) => (out as ReturnType<typeof createWriteStream>).end(resolve));
  process.stderr.write(`wrote ${n} articles, ${(written / 1e6).toFixed(1)} MB${values.out ? ` to ${values.out}` : ''}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
