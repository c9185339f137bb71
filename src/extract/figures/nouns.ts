/**
 * The noun a number counts or ranks: "30,000 local jobs" → job, "fourth largest
 * trading partner" → partner. No tagger: a short window of modifier words is
 * read until a plural noun (for counts) or a stop word (for ordinals), and the
 * head is singularized with general English rules.
 */
import { isCapitalized, pairs, words, type Tokens } from './tokens';

/** Words that end a noun phrase: determiners, prepositions, conjunctions, pronouns, auxiliaries, common adverbs. */
export const stopWords = words(`
  the a an of in on at to for from by with without into onto over under about around between among through throughout during since
  until till than as per via and or but nor so yet that which who whom whose this these those it its their his her our your my they
  we you he she them us is are was were be been being am have has had do does did will would can could may might must shall should
  not no also still now only just each every all both more most less least some any such then there here when where while after
  before if because up down off out last next ago earlier later alone apiece ever already even again too very against across within
  beyond toward towards upon above below including like unlike whether though although once what how why said says say according
  versus vs plus minus times year-on-year respectively instead back away own another same
`);

/** Adjectives ending in -ly (most -ly words are adverbs and end the phrase). */
const lyAdjectives = words(`
  monthly daily weekly yearly quarterly hourly nightly early elderly family friendly costly lovely lively orderly deadly holy ugly
  rally ally supply assembly july italy homely likely unlikely lonely manly curly bully belly jelly lily anomaly monopoly reply fly
  only
`);

/** Irregular plurals with their singular; unmarked plurals ("staff", "series") are their own. */
const irregularPlurals = pairs(`
  people:person men:man women:woman children:child feet:foot teeth:tooth mice:mouse geese:goose oxen:ox criteria:criterion
  phenomena:phenomenon analyses:analysis crises:crisis theses:thesis bases:base diagnoses:diagnosis leaves:leaf thieves:thief
  loaves:loaf lives:life wives:wife knives:knife halves:half shelves:shelf wolves:wolf calves:calf buses:bus viruses:virus
  bonuses:bonus campuses:campus censuses:census statuses:status potatoes:potato tomatoes:tomato cargoes:cargo embargoes:embargo
  mosquitoes:mosquito torpedoes:torpedo heroes:hero echoes:echo vetoes:veto volcanoes:volcano
`);
for (const same of words('staff personnel police cattle sheep deer aircraft livestock fish offspring spacecraft series species headquarters means data media')) {
  irregularPlurals.set(same, same);
}

/** Irregular forms that do not head a count ("data", "media"). */
const uncounted = words('means data media headquarters');

/** Words ending in -s that are not plural nouns. */
const notPlural = words(`
  was is has his its this thus as us yes plus always perhaps whereas besides sometimes afterwards upwards downwards across less
  unless news gas bus lens chaos ethos atlas alias canvas does goes says towards nevertheless various numerous previous serious
  famous overseas whereabouts mathematics economics politics physics statistics logistics ethics athletics aerobics electronics
`);

/** True for a word that reads as a plural noun ("jobs", "people", "NEVs"; not "was", "status", "US"). */
export function isPluralNoun(tokens: Tokens, i: number): boolean {
  if (!tokens.isWord(i)) return false;
  const w = tokens.lower(i)!;
  if (irregularPlurals.has(w)) return !uncounted.has(w);
  if (w.length < 3 || !w.endsWith('s') || notPlural.has(w) || stopWords.has(w)) return false;
  // "US", "UNS": an all-capital word is an acronym; "NEVs", "SUVs" are plurals.
  const text = tokens.text(i)!;
  if (text === text.toUpperCase()) return false;
  if (/(?:ss|us|is|ics|ous|['’]s)$/.test(w)) return false;
  return true;
}

/**
 * Singular of an English noun by general rules ("companies" → "company",
 * "taxes" → "tax", "people" → "person"); words that are not plural come back unchanged.
 *
 * @example
 * singularize('companies') // => 'company'
 */
export function singularize(word: string): string {
  const lower = word.toLowerCase();
  const irregular = irregularPlurals.get(lower);
  if (irregular !== undefined) return irregular;
  if (lower.length < 3 || !lower.endsWith('s') || notPlural.has(lower) || /(?:ss|us|is)$/.test(lower)) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|xes|zzes|sses)$/.test(lower)) return lower.slice(0, -2);
  if (lower.endsWith('ives') && lower.length <= 6) return `${lower.slice(0, -3)}fe`;
  if (lower.endsWith('lves')) return `${lower.slice(0, -3)}f`;
  return lower.slice(0, -1);
}

/**
 * Plural of a singular English noun, for display ("company" → "companies").
 *
 * @example
 * pluralize('person') // => 'people'
 */
export function pluralize(word: string): string {
  for (const [plural, singular] of irregularPlurals) if (singular === word && plural !== word) return plural;
  if (irregularPlurals.get(word) === word) return word;
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/(?:ch|sh|x|z|s)$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** True when token `i` can modify a noun in a short phrase (not a stop word, not an -ly adverb). */
function isModifier(tokens: Tokens, i: number): boolean {
  const w = tokens.lower(i)!;
  if (!tokens.isWord(i) || stopWords.has(w)) return false;
  if (w.endsWith('ly') && !lyAdjectives.has(w) && w.length > 3) return false;
  return true;
}

/** Index after a parenthetical abbreviation "(CEE)" starting at `i`, or -1. */
function skipParenthetical(tokens: Tokens, i: number): number {
  if (tokens.text(i) !== '(') return -1;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    if (tokens.text(k) === ')') return k > i + 1 ? k + 1 : -1;
    if (!tokens.isWord(k)) return -1;
  }
  return -1;
}

/** Index after a hyphenated compound's parts ("Asia-Pacific", "state-owned") starting at word `i`. */
function skipCompound(tokens: Tokens, i: number): number {
  let k = i + 1;
  while (tokens.text(k) === '-' && tokens.touching(k - 1, k) && tokens.touching(k, k + 1) && tokens.isWord(k + 1) && k < i + 8) k += 2;
  return k;
}

export interface NounPhrase {
  /** Index of the head noun token. */
  head: number;
  /** Index of the phrase's last token (the head). */
  last: number;
}

const maxModifiers = 5;

/**
 * The counted noun phrase starting at token `i`: up to five modifiers (words,
 * hyphenated compounds, a parenthetical abbreviation, "and" between two capitalized
 * words) ending in a plural noun: "30,000 [local jobs]", "two [Central and Eastern
 * European (CEE) countries]". Null when no plural head comes first.
 */
export function countedNounPhrase(tokens: Tokens, i: number): NounPhrase | null {
  let j = i;
  let modifiers = 0;
  while (j < tokens.length && modifiers <= maxModifiers) {
    const afterParen = skipParenthetical(tokens, j);
    if (afterParen !== -1 && modifiers > 0) {
      j = afterParen;
      continue;
    }
    if (!tokens.isWord(j)) return null;
    if (tokens.lower(j) === 'and' && modifiers > 0 && isCapitalized(tokens, j - 1) && isCapitalized(tokens, j + 1)) {
      j++;
      continue;
    }
    if (!isModifier(tokens, j)) return null;
    const end = skipCompound(tokens, j);
    if (end === j + 1 && isPluralNoun(tokens, j)) return { head: j, last: j };
    // A compound ending in a plural ("low-income households" is two words; "non-EU countries" too) — the last part decides.
    if (end > j + 1 && isPluralNoun(tokens, end - 1) && !tokens.touching(end - 1, end)) return { head: end - 1, last: end - 1 };
    modifiers++;
    j = end;
  }
  return null;
}

/**
 * The ranked noun phrase after an ordinal starting at token `i`: up to four
 * modifiers and the head, ending before a stop word, punctuation or a number
 * ("[largest trading partner] in", "[Meeting] of", "[golden decade],").
 */
export function rankedNounPhrase(tokens: Tokens, i: number): NounPhrase | null {
  let j = i;
  let head = -1;
  for (let words = 0; j < tokens.length && words < 4; words++) {
    if (!tokens.isWord(j) || !isModifier(tokens, j)) break;
    const end = skipCompound(tokens, j);
    // After a head, a lowercase -s word or a past form is a verb ("the second phase begins", "the 101st Airborne took part").
    const w = tokens.lower(j)!;
    if (words > 0 && end === j + 1 && !isCapitalized(tokens, j) && (isPluralNoun(tokens, j) || pastVerbs.has(w) || /.{3}ed$/.test(w))) break;
    const compound = end > j + 1;
    head = end - 1;
    j = end;
    // A common ranked noun ends the phrase, so a verb after it is not taken ("the first quarter beat forecasts");
    // inside a compound it is only a modifier ("third long-term deal").
    if (!compound && (isPluralNoun(tokens, head) || rankedHeads.has(tokens.lower(head)!))) break;
  }
  return head === -1 ? null : { head, last: head };
}

/** Irregular past forms that end a ranked phrase. */
const pastVerbs = words(`
  took made came went held gave saw began rose fell won lost left met ran led got kept became brought sold bought paid hit struck
  grew set put
`);

/** Nouns that ordinals commonly rank; general English. */
const rankedHeads = words(`
  quarter half time year month week day round phase stage anniversary century decade session meeting place term floor edition
  generation wave batch tranche leg game match plenum congress conference summit forum partner economy season
`);
