import type { Paragraph } from '../../model/article';
import type { EntityType } from '../../model/entity';
import type { Quote } from '../../model/quote';
import type { ExtractionInput } from '../input';
import { organizationWords, sentenceOpeners, titleWords } from '../quotes/lexicon';
import { speakerPhrase, type SpeakerPhrase } from '../quotes/speaker-phrase';
import { matches } from '../../text/matches';
import { forEachCapitalizedRun } from '../../text/capitalized-runs';
import { isSpace, lastWordOf } from '../../text/whitespace';
import { demonyms, placeAliases, placeNames } from './gazetteer';

/** An entity as one article names it, before corpus-wide merging. */
export interface ArticleEntity {
  name: string;
  type: EntityType;
  aliases: Set<string>;
  roles: Set<string>;
  mentions: Array<{ paragraphId: string; text: string; start: number; end: number }>;
}

const eventWords = new Set(['forum', 'summit', 'conference', 'meeting', 'session', 'games', 'olympics', 'expo', 'festival', 'cup', 'championship', 'congress', 'dialogue', 'talks', 'week', 'fair', 'exhibition']);
const initiativeWords = new Set(['initiative', 'plan', 'program', 'programme', 'strategy', 'project', 'corridor', 'agreement', 'accord', 'treaty', 'partnership', 'pact', 'deal', 'scheme', 'mechanism', 'framework', 'road']);
const facilityWords = new Set(['depot', 'station', 'port', 'zone', 'park', 'hall', 'airport', 'bridge', 'street', 'square', 'tower', 'museum', 'stadium', 'bay', 'river', 'lake', 'mountain', 'island', 'islands', 'province', 'city', 'county', 'district', 'region', 'state', 'area', 'valley', 'sea', 'ocean', 'coast', 'reservoir', 'canal']);
const documentWords = new Set(['statement', 'act', 'law', 'report', 'declaration', 'resolution', 'bill', 'constitution', 'charter', 'convention']);
const acronymAfter = /^\s*\(([A-Z][A-Za-z0-9&.-]{1,9})\)/;
// Words that may join capitalised words inside one name.
const connectors = new Set(['of', 'for', 'and', 'the', 'de', 'du', 'van', 'von', 'in', 'al', 'bin']);
const calendarWords = new Set('january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday'.split(' '));
const properName = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)?$/u;
const compassAdjectives = new Set(['Western', 'Eastern', 'Northern', 'Southern', 'Central']);

/** "China’s" → "China", "Corp." → "Corp": trailing possessive and punctuation, trimmed without a regex scan. */
function stripPossessive(s: string): string {
  let end = s.length;
  if (end >= 2 && s[end - 1] === 's' && (s[end - 2] === '’' || s[end - 2] === "'")) end -= 2;
  while (end > 0 && (s[end - 1] === '.' || s[end - 1] === '’' || s[end - 1] === "'")) end--;
  return s.slice(0, end);
}
const bare = (w: string) => stripPossessive(w).toLowerCase();

/**
 * Finds the people, organisations, places, initiatives and events named in one
 * article. Quote speakers seed the people: every person who speaks is a person
 * entity. Surnames and short forms ("Wang", "President Xi") resolve to the full
 * name given in the same article only.
 */
export function detectEntities(input: ExtractionInput, quotes: readonly Quote[]): ArticleEntity[] {
  const entities = new Map<string, ArticleEntity>();
  const acronyms = new Map<string, ArticleEntity>();
  // Full-named people, most recent last; bounded so that lookups stay constant-time on huge inputs.
  const known = new KnownPeople();
  // Bumped whenever `known` or `acronyms` changes: the only state classify() reads.
  let version = 0;
  const get = (name: string, type: EntityType): ArticleEntity => {
    const key = `${type}\u0000${name}`;
    let e = entities.get(key);
    if (!e) {
      e = { name, type, aliases: new Set(), roles: new Set(), mentions: [] };
      entities.set(key, e);
      if (type === 'person' && name.includes(' ')) {
        known.add(e);
        version++;
      }
    }
    return e;
  };

  // Seeds: every quoted person, with the roles the quotes found.
  for (const q of quotes) {
    if (q.speaker?.type === 'person' && /\s/.test(q.speaker.name)) {
      const person = get(q.speaker.name, 'person');
      if (q.speaker.role) person.roles.add(q.speaker.role);
    } else if (q.speaker?.type === 'organization') get(q.speaker.name, 'organization');
  }

  // Two passes: the first learns full names and acronyms, the second records every mention.
  // Runs are found once. The second pass reuses a run's first classification when
  // nothing classify() reads has changed since, which holds for most runs.
  // Only each run's start and end are kept, as numbers: on a megabyte paragraph
  // the runs' objects (one per word) would all outlive the young heap.
  const runsOf = input.paragraphs.map((paragraph) => {
    const bounds: number[] = [];
    forEachCapitalizedRun(paragraph.text, connectors, (run) => bounds.push(run.start, run.end));
    return bounds;
  });
  const firstPass: Array<{ version: number; found: Found[] }> = [];
  for (const pass of [1, 2] as const) {
    let r = 0;
    for (const [p, paragraph] of input.paragraphs.entries()) {
      const bounds = runsOf[p]!;
      for (let b = 0; b < bounds.length; b += 2) {
        const start = bounds[b]!;
        const earlier = pass === 2 ? firstPass[r] : undefined;
        const found = earlier && earlier.version === version ? earlier.found : classify(paragraph, paragraph.text.slice(start, bounds[b + 1]!), start, known, acronyms);
        if (pass === 1) firstPass.push({ version, found });
        r++;
        for (const f of found) {
          const entity = f.person ?? get(f.name, f.type);
          if (pass === 1) {
            if (f.role) entity.roles.add(f.role);
            if (f.alias) entity.aliases.add(f.alias);
            const acronym = acronymAfter.exec(paragraph.text.slice(f.end, f.end + 14));
            if (acronym && entity.type !== 'person') {
              entity.aliases.add(acronym[1]!);
              if (acronyms.get(acronym[1]!) !== entity) version++;
              acronyms.set(acronym[1]!, entity);
            }
          } else {
            if (f.alias && f.alias !== entity.name) entity.aliases.add(f.alias);
            entity.mentions.push({ paragraphId: paragraph.id, text: paragraph.text.slice(f.start, f.end), start: f.start, end: f.end });
          }
        }
      }
    }
  }
  return [...entities.values()].filter((e) => e.mentions.length > 0);
}

const firstWord = /^[\p{L}’'.-]+/u;

/**
 * The first word of a run as `firstWord` reads it, when it may be a sentence
 * opener, else ''. Openers are plain ASCII words, so a word of ASCII letters is
 * sliced without a regex; anything else that could continue a word (non-ASCII,
 * apostrophes, periods, hyphens) takes the regex, which keeps the result exact.
 */
function openerCandidate(text: string): string {
  let end = 0;
  for (let c = text.charCodeAt(0); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = text.charCodeAt(end)) end++;
  const next = text.charCodeAt(end);
  if (next >= 128 || next === 0x27 || next === 0x2e || next === 0x2d) return firstWord.exec(text)?.[0] ?? '';
  return text.slice(0, end);
}

/** Whether the text has any whitespace (`\s`); most runs are one word and need no split. */
function hasSpace(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isSpace(text.charCodeAt(i))) return true;
  return false;
}
const whitespace = /\s+/;
const joinWord = /\s(and|in)\s/g;

/** Whether `start` opens a sentence or a clause of the paragraph. */
function atSentenceStart(text: string, start: number): boolean {
  return start === 0 || /[.!?“"(:;]\s*$/.test(text.slice(Math.max(0, start - 3), start)) || /,\s*$/.test(text.slice(Math.max(0, start - 2), start));
}

/** "Commerce Minister Wang Wentao": a person named in full after a title. */
function isTitledFullName(phrase: SpeakerPhrase | undefined): boolean {
  return phrase?.kind === 'person' && phrase.role !== null && phrase.name.includes(' ');
}

/**
 * Full-named people of an article, most recent last, indexed by their name
 * words and last word. Bounded, and every lookup reads one index bucket rather
 * than the whole list, so a lookup costs the same however many people are
 * known (a 100 kB paragraph fills the list, a 10 kB one does not).
 */
class KnownPeople {
  static readonly limit = 64;
  private readonly list: KnownPerson[] = [];
  /** Known people whose name has each word, in the order they became known. */
  private readonly byWord = new Map<string, KnownPerson[]>();
  /** Known people by the last word of their name, in the order they became known. */
  private readonly byLastWord = new Map<string, KnownPerson[]>();

  add(entity: ArticleEntity): void {
    const person: KnownPerson = { entity, words: [...new Set(entity.name.split(whitespace))], lastWord: lastWordOf(entity.name) };
    this.list.push(person);
    for (const w of person.words) bucket(this.byWord, w).push(person);
    bucket(this.byLastWord, person.lastWord).push(person);
    if (this.list.length > KnownPeople.limit) {
      // The oldest person is also the oldest in each of its buckets.
      const oldest = this.list.shift()!;
      for (const w of oldest.words) unshiftBucket(this.byWord, w);
      unshiftBucket(this.byLastWord, oldest.lastWord);
    }
  }

  /** Whether some known person's name has this word. */
  hasWord(word: string): boolean {
    return this.byWord.has(word);
  }

  /** The earliest known person whose name has all these words. */
  withWords(words: readonly string[]): ArticleEntity | undefined {
    return this.byWord.get(words[0]!)?.find((p) => words.every((w) => p.words.includes(w)))?.entity;
  }

  /** The earliest known person whose name ends the text after a space ("Hungary Gong Tao"). */
  endingText(text: string): ArticleEntity | undefined {
    return this.byLastWord.get(lastWordOf(text))?.find((p) => text.endsWith(` ${p.entity.name}`))?.entity;
  }
}

interface KnownPerson {
  entity: ArticleEntity;
  /** The name's distinct words. */
  words: string[];
  lastWord: string;
}

function bucket<T>(index: Map<string, T[]>, key: string): T[] {
  let list = index.get(key);
  if (!list) index.set(key, (list = []));
  return list;
}
function unshiftBucket<T>(index: Map<string, T[]>, key: string): void {
  const list = index.get(key)!;
  list.shift();
  if (list.length === 0) index.delete(key);
}

interface Found {
  name: string;
  type: EntityType;
  start: number;
  end: number;
  role?: string;
  alias?: string;
  person?: ArticleEntity;
}

function classify(paragraph: Paragraph, raw: string, index: number, people: KnownPeople, acronyms: Map<string, ArticleEntity>): Found[] {
  let text = raw;
  let start = index;
  // Drop words capitalised only because they open a sentence or a clause.
  while (true) {
    const first = openerCandidate(text);
    if (first && sentenceOpeners.has(first.toLowerCase()) && (first === 'The' || atSentenceStart(paragraph.text, start))) {
      const rest = text.slice(first.length).replace(/^\s+/, '');
      start += text.length - rest.length;
      text = rest;
      if (!text) return [];
    } else break;
  }
  text = stripPossessive(text);
  // "China-proposed Belt and Road Initiative": the hyphenated adjective is not part of the name.
  const adjective = text.includes('-') ? /^\p{Lu}[\p{L}]*-(?:proposed|led|backed|based|funded|made|owned|run|brokered|built)\s+/u.exec(text) : null;
  if (adjective) {
    start += adjective[0].length;
    text = text.slice(adjective[0].length);
  }
  if (!text) return [];
  const words = hasSpace(text) ? text.split(whitespace) : [text];
  if (calendarWords.has(bare(words[0]!))) return [];
  // Two names joined by "and"/"in": split at the first join whose left part is complete on its own.
  for (const join of words.length > 2 ? matches(joinWord, text) : []) {
    const left = text.slice(0, join.index);
    const leftWords = left.split(whitespace);
    const head = bare(leftWords[leftWords.length - 1]!);
    const complete =
      placeNames.has(left) || placeAliases.has(left) || organizationWords.has(head) || eventWords.has(head) || initiativeWords.has(head) || facilityWords.has(head) ||
      people.hasWord(left) ||
      (join[1] === 'in' && !/^(?:Embassy|Consulate|Mission|Office)\b/.test(left)) ||
      isTitledFullName(speakerPhrase(left, start));
    if (complete) {
      const rightStart = start + join.index + join[0].length;
      return [...classify(paragraph, left, start, people, acronyms), ...classify(paragraph, text.slice(join.index + join[0].length), rightStart, people, acronyms)];
    }
  }
  const end = start + text.length;
  const lower = words.map(bare);

  if (placeNames.has(text) || placeAliases.has(text)) return [{ name: placeAliases.get(text) ?? text, type: 'place', start, end, alias: text }];
  // Places joined by hyphens: "China-Russia" names two countries.
  if (words.length === 1 && text.includes('-')) {
    const parts = text.split('-');
    if (parts.length > 1 && parts.every((p) => placeNames.has(p) || placeAliases.has(p))) {
      let at = start;
      return parts.map((p) => {
        const f: Found = { name: placeAliases.get(p) ?? p, type: 'place', start: at, end: at + p.length, alias: p };
        at += p.length + 1;
        return f;
      });
    }
  }
  const acronym = acronyms.get(text);
  if (acronym) return [{ name: acronym.name, type: acronym.type, start, end, alias: text }];
  if (demonyms.has(text) || compassAdjectives.has(text)) return [];
  if (/^COP\d+$/.test(text) || (lower.some((w) => eventWords.has(w)) && words.length > 1)) return [{ name: text, type: 'event', start, end }];
  if (lower.some((w) => documentWords.has(w))) return [];
  if (words.length > 1 && initiativeWords.has(lower[lower.length - 1]!)) return [{ name: text, type: 'initiative', start, end }];

  // A single word can only be an organisation word or a known person's name
  // below; skipping the phrase parse otherwise matters, as most runs are one word.
  const mayName = words.length > 1 || organizationWords.has(lower[0]!) || people.hasWord(text);
  const phrase = mayName ? speakerPhrase(text, start) : undefined;
  if (lower.some((w) => organizationWords.has(w)) && phrase?.kind === 'organization') {
    return [{ name: phrase.name.replace(/^the\s+/i, ''), type: 'organization', start: phrase.start, end: phrase.end }];
  }
  if (lower.some((w) => facilityWords.has(w)) && words.length > 1) return [{ name: text, type: 'place', start, end }];
  // A known person at the end of a longer run: "Hungary Gong Tao" in "Ambassador to Hungary Gong Tao".
  const endingPerson = words.length > 2 ? people.endingText(text) : undefined;
  if (endingPerson) {
    return [{ name: endingPerson.name, type: 'person', start: end - endingPerson.name.length, end, person: endingPerson, alias: endingPerson.name }];
  }
  // People: titled ("Chinese Commerce Minister Wang Wentao") or already known in the article.
  if (phrase?.kind === 'person') {
    const tokens = phrase.name.split(/\s+/);
    const known = tokens.every((t) => people.hasWord(t)) ? people.withWords(tokens) : undefined;
    // The mention is the name itself, which ends the phrase: "Russian President [Vladimir Putin]".
    const nameStart = phrase.end - phrase.name.length;
    if (known) return [{ name: known.name, type: 'person', start: nameStart, end: phrase.end, person: known, ...(phrase.role ? { role: phrase.role } : {}), alias: phrase.name }];
    const titled = phrase.role !== null && lower.some((w) => titleWords.has(w));
    const appositive = /^,\s+(?:a|an|the|[\p{Lu}][\p{L}]*[’']s)\s/u.test(paragraph.text.slice(end, end + 40));
    if (tokens.length >= 2 && tokens.length <= 4 && tokens.every((t) => properName.test(t) && !placeNames.has(t)) && (titled || appositive)) {
      return [{ name: phrase.name, type: 'person', start: nameStart, end: phrase.end, ...(phrase.role ? { role: phrase.role } : {}) }];
    }
  }
  // A capitalised word after "in", "to" or "from" that is nothing else is a place: "in Beijing".
  if (words.length <= 2 && /\b(?:in|to|from|near|outside|across|visited|visit|visiting)\s+$/.test(paragraph.text.slice(Math.max(0, start - 12), start)) && !lower.some((w) => titleWords.has(w))) {
    return [{ name: text, type: 'place', start, end }];
  }
  return [];
}
