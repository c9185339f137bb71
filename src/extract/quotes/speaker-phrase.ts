import {
  groupDeterminers,
  groupNouns,
  organizationRoleNouns,
  organizationWords,
  personPronouns,
  roleSynonyms,
  titleWords,
} from './lexicon';
import { placeAliases, placeNames } from '../entities/gazetteer';
import { detach, Memo } from './memo';

/** What a noun phrase in speaker position says about the speaker, before resolution. */
export interface SpeakerPhrase {
  kind: 'person' | 'organization' | 'group' | 'pronoun' | 'role';
  /** The phrase as written. */
  mention: string;
  start: number;
  end: number;
  /** Name as written in the phrase (person/organization), the group phrase, or the role noun. */
  name: string;
  /** Title or role written before the name ("Chinese Commerce Minister"), if any. */
  role: string | null;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const tokenPattern = /[\p{L}\p{N}][\p{L}\p{N}’'.&-]*/gu;
const connectors = new Set(['of', 'to', 'for', 'and', 'at', 'in', 'on', 'de', 'del', 'da', 'van', 'von', 'bin', 'al', 'the', 'la', 'le', 'du', 'des']);
const leadingNoise = new Set(['which', 'who', 'whom', 'that', 'and', 'but', 'while', 'as', 'so', 'then', 'also', 'meanwhile', 'however']);
// Adverbs and auxiliaries that may stand between a speaker and the reporting verb.
const trailingNoise = new Set([
  'also', 'still', 'further', 'later', 'earlier', 'recently', 'previously', 'again', 'then', 'once', 'reportedly',
  'publicly', 'repeatedly', 'has', 'had', 'have', 'was', 'were', 'is', 'are', 'would', 'will', 'had', 'highly',
  'once', 'personally', 'separately', 'firmly', 'openly', 'has', 'also', 'even', 'just', 'already', 'jointly',
]);
const prepositions = new Set(['of', 'to', 'for', 'at', 'in', 'from', 'on', 'with']);

const upperOrDigit = /^[\p{Lu}\p{N}]/u;
// ASCII first: this runs for every word of every candidate phrase.
const isCapitalized = (word: string) => {
  const c = word.charCodeAt(0);
  return c < 128 ? (c >= 65 && c <= 90) || (c >= 48 && c <= 57) : upperOrDigit.test(word);
};
/** "Minister’s" → "minister", "Corp." → "corp": lowercased, one trailing possessive or period dropped. */
const bare = (word: string) => {
  let end = word.length;
  const last = word[end - 1];
  if (last === '’' || last === "'") end -= 1;
  else if ((last === 's' || last === 'S') && (word[end - 2] === '’' || word[end - 2] === "'")) end -= 2;
  if (word[end - 1] === '.') end -= 1;
  return (end === word.length ? word : word.slice(0, end)).toLowerCase();
};
const spokesNouns = new Set(['spokesman', 'spokeswoman', 'spokesperson', 'representative', 'official']);
const sourceNouns = new Set([...spokesNouns, 'source', ...[...spokesNouns, 'source'].map((w) => `${w}s`)]);

function tokenize(text: string, offset: number): Token[] {
  const tokens: Token[] = [];
  tokenPattern.lastIndex = 0;
  for (let m = tokenPattern.exec(text); m; m = tokenPattern.exec(text)) tokens.push({ text: m[0], start: offset + m.index, end: offset + m.index + m[0].length });
  return tokens;
}

/** A phrase object with one shape for every kind (fewer hidden classes on the hot path). */
function phrase(kind: SpeakerPhrase['kind'], base: { mention: string; start: number; end: number }, name: string, role: string | null): SpeakerPhrase {
  return { mention: base.mention, start: base.start, end: base.end, kind, name, role };
}

// Characters a speaker phrase never crosses: commas, colons, dashes, quotation marks, brackets.
const phraseBreaks = new Set([',', ';', ':', '“', '”', '"', '—', '–', '(', ')']);

/**
 * A phrase depends only on the words it spans: the same names come up again
 * and again (the entity detector and the quote extractor read the same runs),
 * so results are remembered by that text, without offsets. Bounded, so memory
 * stays constant however much text goes through.
 */
type Reading = Pick<SpeakerPhrase, 'kind' | 'name' | 'role'> | null;
const readings = new Memo<Reading>();
const wholeTexts = new Memo<{ from: number; to: number; reading: Reading } | null>();

/** readPhrase over `tokens`, remembered by the text from the first token to the last. */
function readPhraseOnce(tokens: Token[], text: string, offset: number): SpeakerPhrase | undefined {
  const start = tokens[0]!.start;
  const end = tokens[tokens.length - 1]!.end;
  const mention = text.slice(start - offset, end - offset);
  let reading = readings.get(mention);
  if (reading === undefined) {
    const read = readPhrase(tokens, text, offset);
    reading = readings.set(mention, read ? { kind: read.kind, name: detach(read.name), role: read.role === null ? null : detach(read.role) } : null);
  }
  // readPhrase's phrase always spans exactly its tokens.
  return reading ? phrase(reading.kind, { mention, start, end }, reading.name, reading.role) : undefined;
}

/**
 * Reads the longest speaker phrase that ends a stretch of text: "Chinese
 * Commerce Minister Wang Wentao", "the envoy", "Chinese experts", "he",
 * "Xinhua News Agency". `offset` is where `text` starts in the paragraph.
 * Returns undefined when the end of the text is not a speaker phrase.
 */
export function speakerPhraseAtEnd(text: string, offset: number): SpeakerPhrase | undefined {
  // A speaker phrase never crosses a comma, colon, dash or quotation mark.
  let cut = text.length;
  while (cut > 0 && !phraseBreaks.has(text[cut - 1]!)) cut--;
  const tokens = tokenize(text.slice(cut), offset + cut);
  let count = tokens.length;
  while (count && trailingNoise.has(tokens[count - 1]!.text.toLowerCase())) count--;
  if (count === 0) return undefined;
  if (count < tokens.length) tokens.length = count;
  for (let from = Math.max(0, count - 12); from < count; from++) {
    if (leadingNoise.has(tokens[from]!.text.toLowerCase())) continue;
    const phrase = readPhraseOnce(from === 0 ? tokens : tokens.slice(from), text, offset);
    if (phrase) return phrase;
  }
  return undefined;
}

/** Reads a whole stretch of text as one speaker phrase (e.g. the object of "according to"). */
export function speakerPhrase(text: string, offset: number): SpeakerPhrase | undefined {
  // Remembered by the whole text too, so that a repeated run is not even tokenised again.
  let known = wholeTexts.get(text);
  if (known === undefined) {
    const tokens = tokenize(text, 0);
    const read = tokens.length ? readPhraseOnce(tokens, text, 0) : undefined;
    known = wholeTexts.set(text, read ? { from: read.start, to: read.end, reading: { kind: read.kind, name: detach(read.name), role: read.role === null ? null : detach(read.role) } } : null);
  }
  if (!known?.reading) return undefined;
  return phrase(known.reading.kind, { mention: text.slice(known.from, known.to), start: offset + known.from, end: offset + known.to }, known.reading.name, known.reading.role);
}

function readPhrase(tokens: Token[], text: string, offset: number): SpeakerPhrase | undefined {
  const first = tokens[0]!;
  const lastToken = tokens[tokens.length - 1]!;
  const mention = text.slice(first.start - offset, lastToken.end - offset);
  const base = { mention, start: first.start, end: lastToken.end };
  const words = tokens.map((t) => t.text);
  const lower = words.map((w) => w.toLowerCase());

  // "a Holtmann spokeswoman" speaks for Holtmann.
  const spokesAt = lower.length - 1;
  if (spokesAt >= 1 && spokesNouns.has(lower[spokesAt]!)) {
    let from = ['a', 'an', 'the'].includes(lower[0]!) ? 1 : 0;
    const owner = tokens.slice(from, spokesAt);
    if (owner.length && owner.every((t) => isCapitalized(t.text))) {
      const name = text.slice(owner[0]!.start - offset, owner[owner.length - 1]!.end - offset);
      return phrase('organization', base, name.replace(/[’']s$/u, ''), lower[spokesAt]!);
    }
    from = 0;
  }

  // "A spokesman for the Department of Health" speaks for the organisation.
  const forAt = lower.findIndex((w, i) => (w === 'for' || w === 'of' || w === 'at') && i >= 1 && sourceNouns.has(lower[i - 1]!));
  if (forAt !== -1 && forAt + 1 < tokens.length) {
    const org = readPhrase(tokens.slice(forAt + 1), text, offset);
    if (org?.kind === 'organization') return phrase('organization', base, org.name, text.slice(first.start - offset, tokens[forAt - 1]!.end - offset));
  }

  if (tokens.length === 1 && personPronouns.has(lower[0]!)) return phrase('pronoun', base, lower[0]!, null);

  // Plural organisation nouns speak as a group: "the French companies said".
  const lastLower = lower[lower.length - 1]!;
  const singular = lastLower.endsWith('ies') ? `${lastLower.slice(0, -3)}y` : lastLower.endsWith('s') ? lastLower.slice(0, -1) : lastLower;
  if (singular !== lastLower && organizationRoleNouns.has(singular) && tokens.length <= 4 && words.slice(0, -1).every((w) => groupDeterminers.has(w.toLowerCase()) || /^\p{Ll}/u.test(w) || isProperAdjective(w))) {
    let startAt = 0;
    while (startAt < tokens.length - 1 && groupDeterminers.has(lower[startAt]!)) startAt++;
    return phrase('group', base, text.slice(tokens[startAt]!.start - offset, lastToken.end - offset), null);
  }

  // Groups: (determiners) (adjectives) group-noun (tail such as "familiar with the matter", "of the port town").
  const groupAt = lower.findIndex((w) => groupNouns.has(bare(w)) || groupNouns.has(w));
  if (groupAt !== -1 && groupAt <= 3) {
    const head = words.slice(0, groupAt);
    const tail = lower.slice(groupAt + 1);
    const headOk = head.every((w) => groupDeterminers.has(w.toLowerCase()) || /^\p{Ll}/u.test(w) || isCapitalized(w));
    const tailOk = tail.length === 0 || ['of', 'from', 'at', 'in', 'familiar', 'close', 'with', 'who'].includes(tail[0]!);
    if (headOk && tailOk && tokens.length <= 8) {
      let startAt = 0;
      while (startAt < groupAt && groupDeterminers.has(lower[startAt]!)) startAt++;
      const groupText = text.slice(tokens[startAt]!.start - offset, lastToken.end - offset);
      return phrase('group', base, groupText.charAt(0).toLowerCase() === groupText.charAt(0) || !isProperAdjective(groupText) ? lowerFirst(groupText) : groupText, null);
    }
  }

  // Role nouns: "the envoy", "the Azerbaijani ambassador", "the company", "the mayor's office".
  if (lower[0] === 'the' && tokens.length <= 4 && /^\p{Ll}/u.test(lastToken.text)) {
    const noun = bare(lower[lower.length - 1]!);
    const middle = words.slice(1, -1);
    if ((roleSynonyms[noun] || organizationRoleNouns.has(noun) || titleWords.has(noun)) && middle.every((w) => !organizationWords.has(bare(w)) || /^\p{Ll}/u.test(w))) {
      if (middle.every((w) => /^\p{Ll}/u.test(w) || isProperAdjective(w) || /[’']s$/.test(w))) {
        return phrase('role', base, noun, text.slice(tokens[1]!.start - offset, lastToken.end - offset));
      }
    }
  }

  // Named speakers: capitalised words, titles and connectors, ending in a capitalised word.
  if (!isCapitalized(lastToken.text)) return undefined;
  let startAt = 0;
  if (lower[0] === 'the') startAt = 1;
  // "the state-run National News Agency": lowercase hyphenated adjectives are not part of the name.
  while (startAt < tokens.length - 1 && /^\p{Ll}+-\p{Ll}+$/u.test(words[startAt]!)) startAt++;
  for (let i = startAt; i < tokens.length; i++) {
    const w = words[i]!;
    if (!(isCapitalized(w) || connectors.has(w.toLowerCase()) || titleWords.has(w.toLowerCase()))) return undefined;
  }
  if (!isCapitalized(words[startAt] ?? '') && !titleWords.has(lower[startAt] ?? '')) return undefined;
  if (connectors.has(lower[tokens.length - 1]!)) return undefined;
  const named = tokens.slice(startAt);
  // A country speaks as an institution ("Russia said", "China and Russia propose"), never as a person.
  const namedText = text.slice(named[0]!.start - offset, lastToken.end - offset);
  if (placeNames.has(namedText) || placeAliases.has(namedText)) return phrase('organization', base, placeAliases.get(namedText) ?? namedText, null);
  // The part after the last title word decides: "Foreign Ministry spokesperson Mao Ning" is a person.
  let lastTitle = -1;
  named.forEach((t, i) => {
    if (titleWords.has(bare(t.text)) && i < named.length - 1) lastTitle = i;
  });
  const tail = named.slice(lastTitle + 1);
  const isOrganization = tail.some((t) => organizationWords.has(bare(t.text))) || tail.every((t) => /^[\p{Lu}\p{N}&.-]{2,}$/u.test(t.text));
  if (isOrganization) {
    // "China's General Administration of Customs" → drop a leading possessive.
    let orgStart = 0;
    const possessive = named.findIndex((t) => /[’']s$/.test(t.text));
    if (possessive !== -1 && possessive < named.length - 1) orgStart = possessive + 1;
    const org = named.slice(orgStart);
    return phrase('organization', base, text.slice(org[0]!.start - offset, lastToken.end - offset), null);
  }
  // Person: the name is the capitalised run after the last title word.
  const titleEnd = lastTitle;
  let nameStart = titleEnd + 1;
  for (let i = named.length - 1; i > titleEnd; i--) {
    if (connectors.has(named[i]!.text.toLowerCase())) {
      nameStart = i + 1;
      break;
    }
  }
  // "Ambassador of Norway to Chile Erik Dahl": after a preposition, a
  // long capitalised run starts with the place; the name is its last two words.
  const run = named.length - nameStart;
  // Hong Kong style "Winnie Lau Ka-yee": a hyphenated given name after the surname keeps three words.
  const keep = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(lastToken.text) ? 3 : 2;
  if (run > keep && nameStart > 0 && prepositions.has(named[nameStart - 1]!.text.toLowerCase())) nameStart = named.length - keep;
  if (run > 4) nameStart = named.length - 3;
  const nameTokens = named.slice(nameStart);
  if (nameTokens.length === 0) return undefined;
  const name = text.slice(nameTokens[0]!.start - offset, lastToken.end - offset);
  const role = nameStart > 0 ? text.slice(named[0]!.start - offset, named[nameStart - 1]!.end - offset) : null;
  return phrase('person', base, name, role);
}

// Capitalised adjectives such as "Chinese" or "Western" before a group noun.
function isProperAdjective(word: string): boolean {
  return /^\p{Lu}\p{Ll}+(?:an|ese|ish|ian|ic|ern|i|ch)$/u.test(word.split(/\s/)[0] ?? '');
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The role nouns a resolver should look for when it meets "the <noun>". */
export function roleTargets(noun: string): string[] {
  return roleSynonyms[noun] ?? [noun];
}
