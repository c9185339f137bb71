import type { Speaker } from '../../model/quote';
import { companyNouns, genericOrganizationNouns, organizationWords, roleSynonyms, sentenceOpeners } from './lexicon';
import { roleTargets, type SpeakerPhrase } from './speaker-phrase';
import { placeNames } from '../entities/gazetteer';
import { isSpace } from '../../text/whitespace';

interface Person {
  name: string;
  tokens: string[];
  roles: string[];
  /** `wordKey` of each role, kept beside it so that role lookups do not rebuild it. */
  roleKeys: string[];
  lastSeen: number;
}

interface Organization {
  name: string;
  /** `wordKey` of the name. */
  key: string;
  lastSeen: number;
  /** Stood as the subject at the start of a sentence: the best antecedent for "the company". */
  subject: boolean;
}

/**
 * How many people, organisations and names a resolver remembers. An article
 * never gets near it; a megabyte of text does, and the cap keeps every lookup
 * constant-time so extraction stays linear in the input.
 */
const MEMORY = 64;

/** Drops the least recently seen entry once a list is over the cap, and returns it. */
function forgetOldest<T extends { lastSeen: number }>(list: T[]): T | undefined {
  if (list.length <= MEMORY) return undefined;
  let oldest = 0;
  for (let i = 1; i < list.length; i++) if (list[i]!.lastSeen < list[oldest]!.lastSeen) oldest = i;
  return list.splice(oldest, 1)[0];
}

// Indexes of the people a resolver remembers, so that a lookup reads the few
// people sharing a word with what it looks for rather than all of them: with
// a full memory (a 100 kB paragraph) scanning every person made each lookup
// several times dearer than in an article.
type PeopleIndex = Map<string, Set<Person>>;
function indexPerson(index: PeopleIndex, words: Iterable<string>, person: Person): void {
  for (const w of words) {
    let people = index.get(w);
    if (!people) index.set(w, (people = new Set()));
    people.add(person);
  }
}
function unindexPerson(index: PeopleIndex, words: Iterable<string>, person: Person): void {
  for (const w of words) {
    const people = index.get(w);
    if (people?.delete(person) && people.size === 0) index.delete(w);
  }
}
/** The words of a `wordKey`. */
const keyWords = (key: string) => key.split(' ').filter(Boolean);

const companyWords = /\b(?:Group|Co|Corp|Corporation|Company|Inc|Ltd|LLC|PLC|DOO|GmbH|AG|SA|Mining|Motors|Holdings|Industries|Technologies|Labs|Airlines|Bank)\b/;
const tokensOf = (name: string) => name.split(/\s+/).filter(Boolean);
/** Text as lowercase words between single spaces, padded, for whole-word lookups. */
const wordKey = (text: string) => ` ${text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
/** Whether the text behind `key` contains the words of `phrase` as whole words, case-insensitively ("the Chinese Ambassador" has "ambassador"). */
const hasWords = (key: string, phrase: string) => key.includes(` ${phrase.toLowerCase()} `);

/**
 * Who is who inside one article: full names, roles and organisations seen so
 * far, so that "Song", "the envoy", "he" or "the company" resolve to the
 * person or organisation the article introduced. A new resolver per article
 * keeps different people with the same surname in different articles apart.
 */
export class SpeakerResolver {
  private readonly people: Person[] = [];
  private readonly organizations: Organization[] = [];
  /** People by each word of their name, and by each word of their roles. */
  private readonly peopleByToken: PeopleIndex = new Map();
  private readonly peopleByRoleWord: PeopleIndex = new Map();
  /**
   * The organisations' names joined by NUL in list order, and where each
   * starts: one substring search over all of them. Rebuilt after the list changes.
   */
  private organizationNames: { joined: string; starts: number[] } | undefined;
  private lastPerson: Person | undefined;
  private lastSpeaker: { name: string; type: Speaker['type']; role: string | null } | undefined;
  private clock = 0;

  /** Capitalised two- or three-word names seen in the text, for surnames no titled mention explains. */
  private readonly seenNames: Array<{ tokens: string[]; name: string }> = [];

  noteName(name: string): void {
    let tokens = tokensOf(name);
    while (tokens.length && sentenceOpeners.has(tokens[0]!.toLowerCase())) tokens = tokens.slice(1);
    // Places and institutions are not people: "Russia Diplomatic Relations" must not explain "Russia".
    if (tokens.some((t) => placeNames.has(t) || organizationWords.has(t.toLowerCase()))) return;
    if (tokens.length >= 2 && tokens.length <= 4) this.seenNames.push({ tokens, name: tokens.join(' ') });
    if (this.seenNames.length > MEMORY) this.seenNames.shift();
  }

  /** Records a person introduced anywhere (e.g. "Chinese President Xi Jinping held talks"). */
  notePerson(name: string, role: string | null): void {
    const tokens = tokensOf(name);
    if (tokens.length < 2) return;
    const person = this.findPerson(tokens) ?? this.addPerson(name, tokens);
    if (tokens.length > person.tokens.length) {
      unindexPerson(this.peopleByToken, person.tokens, person);
      person.name = name;
      person.tokens = tokens;
      indexPerson(this.peopleByToken, tokens, person);
    }
    if (role) this.addRole(person, role);
    person.lastSeen = ++this.clock;
    this.lastPerson = person;
  }

  noteOrganization(name: string, subject: boolean): void {
    const existing = this.organizationContaining(name);
    if (existing) {
      existing.lastSeen = ++this.clock;
      existing.subject ||= subject;
    } else {
      this.organizations.push({ name, key: wordKey(name), lastSeen: ++this.clock, subject });
      forgetOldest(this.organizations);
      this.organizationNames = undefined;
    }
  }

  /** The first organisation in the list whose name contains `name` (the same as `organizations.find`). */
  private organizationContaining(name: string): Organization | undefined {
    // A name with NUL in it could match across the joined names' separators.
    if (name.includes('\u0000')) return this.organizations.find((o) => o.name.includes(name));
    if (!this.organizationNames) {
      const starts: number[] = [];
      let at = 0;
      for (const o of this.organizations) {
        starts.push(at);
        at += o.name.length + 1;
      }
      this.organizationNames = { joined: this.organizations.map((o) => o.name).join('\u0000'), starts };
    }
    const { joined, starts } = this.organizationNames;
    const at = joined.indexOf(name);
    if (at === -1) return undefined;
    let i = 0;
    while (i + 1 < starts.length && starts[i + 1]! <= at) i++;
    return this.organizations[i];
  }

  /** Resolves a phrase in speaker position and remembers the result as the latest speaker. */
  resolve(phrase: SpeakerPhrase, role: string | null): Speaker {
    const mention = { mention: phrase.mention, start: phrase.start, end: phrase.end };
    let speaker: Speaker;
    switch (phrase.kind) {
      case 'person': {
        const tokens = tokensOf(phrase.name);
        const fullRole = role ?? phrase.role;
        if (tokens.length >= 2) this.notePerson(phrase.name, fullRole);
        let person = this.findPerson(tokens);
        if (!person && tokens.length === 1) {
          // "Quispe said" after "glaciologist Marta Quispe has…": the latest name ending (or, Chinese order, starting) with it.
          let seen: { tokens: string[]; name: string } | undefined;
          for (let i = this.seenNames.length - 1; i >= 0 && !seen; i--) {
            const n = this.seenNames[i]!;
            if (n.tokens[n.tokens.length - 1] === tokens[0] || n.tokens[0] === tokens[0]) seen = n;
          }
          if (seen) {
            this.notePerson(seen.name, null);
            person = this.findPerson(tokens);
          }
        }
        if (person) {
          if (fullRole) this.addRole(person, fullRole);
          person.lastSeen = ++this.clock;
          this.lastPerson = person;
          speaker = { name: person.name, type: 'person', ...mention, role: fullRole ?? person.roles[0] ?? null };
        } else {
          speaker = { name: phrase.name, type: 'person', ...mention, role: fullRole };
        }
        break;
      }
      case 'organization':
        this.noteOrganization(phrase.name, false);
        speaker = { name: this.organizationContaining(phrase.name)?.name ?? phrase.name, type: 'organization', ...mention, role: null };
        break;
      case 'group':
        speaker = { name: phrase.name, type: 'group', ...mention, role: null };
        break;
      case 'pronoun': {
        const plural = phrase.name === 'they' || phrase.name === 'we';
        const last = this.lastSpeaker;
        const previous = plural
          ? last && last.type !== 'person' ? last : undefined
          : last?.type === 'person' ? last : this.lastPerson && { name: this.lastPerson.name, type: 'person' as const, role: this.lastPerson.roles[0] ?? null };
        speaker = previous ? { ...previous, ...mention } : { name: phrase.mention, type: 'unknown', ...mention, role: null };
        break;
      }
      case 'role': {
        const person = this.personWithRole(phrase.name);
        const organization = person ? undefined : this.organizationFor(phrase.name);
        if (person) {
          person.lastSeen = ++this.clock;
          this.lastPerson = person;
          speaker = { name: person.name, type: 'person', ...mention, role: person.roles[0] ?? null };
        } else if (organization) {
          speaker = { name: organization.name, type: 'organization', ...mention, role: null };
        } else if (this.lastSpeaker?.type === 'person' && roleSynonyms[phrase.name]) {
          // "The minister added …" right after a named official whose title the article gave differently.
          speaker = { ...this.lastSpeaker, ...mention };
        } else {
          speaker = { name: phrase.role ?? phrase.name, type: 'unknown', ...mention, role: null };
        }
        break;
      }
    }
    return speaker;
  }

  /** "he"/"she": a person named earlier in the same sentence ("During Wang's meetings …, he stressed"), else the latest speaker. */
  resolvePronoun(phrase: SpeakerPhrase, sentenceBefore: string): Speaker {
    if (phrase.name === 'he' || phrase.name === 'she') {
      const names = sentenceBefore.match(/\p{Lu}[\p{L}-]+/gu) ?? [];
      for (const token of names.reverse()) {
        const person = this.findPerson([token]);
        if (person) return { name: person.name, type: 'person', mention: phrase.mention, start: phrase.start, end: phrase.end, role: person.roles[0] ?? null };
      }
    }
    return this.resolve(phrase, null);
  }

  /** Marks a speaker as the latest one, once a statement has been attributed to them. */
  commit(speaker: Speaker): void {
    this.lastSpeaker = { name: speaker.name, type: speaker.type, role: speaker.role };
  }

  /** The latest resolved speaker, for quotes whose attribution is carried over. */
  current(): Speaker | null {
    return this.lastSpeaker ? { ...this.lastSpeaker, mention: null, start: null, end: null } : null;
  }

  private addPerson(name: string, tokens: string[]): Person {
    const person: Person = { name, tokens, roles: [], roleKeys: [], lastSeen: ++this.clock };
    this.people.push(person);
    indexPerson(this.peopleByToken, tokens, person);
    const forgotten = forgetOldest(this.people);
    if (forgotten) {
      unindexPerson(this.peopleByToken, forgotten.tokens, forgotten);
      for (const key of forgotten.roleKeys) unindexPerson(this.peopleByRoleWord, keyWords(key), forgotten);
    }
    return person;
  }

  private addRole(person: Person, role: string): void {
    if (person.roles.includes(role)) return;
    const key = wordKey(role);
    person.roles.push(role);
    person.roleKeys.push(key);
    indexPerson(this.peopleByRoleWord, keyWords(key), person);
  }

  /** A person whose name contains all these tokens (surname → full name), the most recently seen first. */
  private findPerson(tokens: string[]): Person | undefined {
    // Everyone matches no tokens; otherwise a match shares a token with them.
    const candidates = tokens.length === 0 ? [this.people] : tokens.map((t) => this.peopleByToken.get(t) ?? []);
    let best: Person | undefined;
    for (const people of candidates) {
      for (const person of people) {
        if (best && person.lastSeen <= best.lastSeen) continue;
        const match = tokens.every((t) => person.tokens.includes(t)) || (tokens.length >= 2 && person.tokens.every((t) => tokens.includes(t)));
        if (match) best = person;
      }
    }
    return best;
  }

  private personWithRole(noun: string): Person | undefined {
    const targets = roleTargets(noun);
    // A role key has a target's words only if it has the target's first word.
    const firstWords = targets.map((t) => t.toLowerCase().split(' ', 1)[0]!);
    const candidates = firstWords.includes('') ? [this.people] : firstWords.map((w) => this.peopleByRoleWord.get(w) ?? []);
    let best: Person | undefined;
    for (const people of candidates) {
      for (const person of people) {
        if (best && person.lastSeen <= best.lastSeen) continue;
        if (person.roleKeys.some((r) => targets.some((t) => hasWords(r, t)))) best = person;
      }
    }
    return best;
  }

  private organizationFor(noun: string): Organization | undefined {
    const byName = this.organizations.filter((o) => hasWords(o.key, noun));
    const companies = companyNouns.has(noun) ? this.organizations.filter((o) => companyWords.test(o.name)) : [];
    // Otherwise the latest organisation the article named: "the group said" after "The X Association said".
    const pool = byName.length ? byName : companies.length ? companies : genericOrganizationNouns.has(noun) ? this.organizations : [];
    const subjects = pool.filter((o) => o.subject);
    return (subjects.length ? subjects : pool).reduce<Organization | undefined>((a, b) => (!a || b.lastSeen > a.lastSeen ? b : a), undefined);
  }
}

/** Whether a capitalised phrase names an organisation. */
export function looksLikeOrganization(name: string): boolean {
  // Word by word without split() or replace(): this runs for every capitalised run of every paragraph.
  let from = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isSpace(name.charCodeAt(i))) continue;
    if (i > from) {
      const word = name.slice(from, i).toLowerCase();
      const possessive = word.endsWith('’s') || word.endsWith("'s");
      if (organizationWords.has(possessive ? word.slice(0, -2) : word)) return true;
    }
    from = i + 1;
  }
  return false;
}
