import { wordTrie } from '../../text/word-trie';
import { participleCues, reportingVerbs, thatVerbs } from './lexicon';

/** A reporting expression found in a sentence. */
export interface Cue {
  type: 'verb' | 'according' | 'participle' | 'learned' | 'as';
  /** Offsets of the whole expression ("told the Global Times on Thursday"). */
  start: number;
  end: number;
  /** Offset of the verb itself, where the speaker phrase before it ends. */
  verbStart: number;
  verb: string;
}

// One pass over the text finds only words that can start a cue; everything else is skipped by the regex engine.
const cueWords = [...new Set([...reportingVerbs, ...thatVerbs, ...participleCues, 'according', 'learned', 'learnt', 'expressing', 'pointed'])];
// As a trie, the pattern tests one branch per character rather than each of ~100 words at every position.
// The start of a word is checked by wordStartsAt() rather than a lookbehind, which
// would be tried at every position of the text and keeps the engine from skipping ahead.
export const cueWordPattern = new RegExp(`(?:${wordTrie(cueWords)})(?![\\p{L}’'-])`, 'giu');
const wordCharAt = /[\p{L}’'-]/uy;

/**
 * Whether no letter, apostrophe or hyphen comes right before `at` (what the
 * lookbehind `(?<![\p{L}’'-])` tests), reading a surrogate pair as one character.
 */
function wordStartsAt(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  if (c < 128) return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 0x27 || c === 0x2d);
  const pair = c >= 0xdc00 && c <= 0xdfff && at >= 2 && (text.charCodeAt(at - 2) & 0xfc00) === 0xd800;
  wordCharAt.lastIndex = pair ? at - 2 : at - 1;
  return !wordCharAt.test(text);
}
const weekdays = /^\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const toldObject = /^\s+((?:the\s+)?(?:[\p{Lu}][\p{L}’'.&-]*)(?:\s+(?:of\s+|the\s+)?[\p{Lu}][\p{L}’'.&-]*){0,5}(?:[’']s\s+website)?|reporters|journalists|parliament|lawmakers|[\p{Ll}]+\s+reporters|him|her|them|us|me|\p{Ll}[\p{L}-]*s(?=\s+(?:in|on|at|during|last|this|that)\b)|(?:the|its|his|her|their)\s+\p{Ll}[\p{L}’']*(?:\s+\p{Ll}[\p{L}’']*){0,2})/u;
const statementExtra = /^\s+(?:in\s+a\s+(?:written\s+)?statement|on\s+(?:X|Twitter|Facebook|Weibo|LinkedIn|Instagram|social\s+media|its\s+website))\b/;
const quotedAs = /(?:was|is|were|are|been)\s+(?:quoted|cited)\s+as\s+$/;

/**
 * Every word in `masked` that may start a cue, in order: one scan per
 * paragraph, shared by all its sentences. Searching from each sentence instead
 * would scan on to the next cue word, however far, for every sentence.
 */
export function cueCandidates(masked: string): RegExpExecArray[] {
  // A match inside a word ("unsaid") spans only letters, so dropping it never hides a match that starts a word.
  const found: RegExpExecArray[] = [];
  cueWordPattern.lastIndex = 0;
  for (let m = cueWordPattern.exec(masked); m; m = cueWordPattern.exec(masked)) if (wordStartsAt(masked, m.index)) found.push(m);
  cueWordPattern.lastIndex = 0;
  return found;
}

/**
 * Finds reporting expressions in `masked` (the sentence with quoted text
 * blanked out, so that verbs inside quotations do not count) between `from`
 * and `to`.
 */
export function findCues(masked: string, from: number, to: number, words: readonly RegExpExecArray[] = cueCandidates(masked)): Cue[] {
  const cues: Cue[] = [];
  // Candidates are sorted: find the first at or after `from` by binary search.
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.index < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < words.length && words[k]!.index < to; k++) {
    const m = words[k]!;
    const text = m[0];
    const lower = text.toLowerCase();
    const start = m.index;
    let end = start + text.length;
    const rest = masked.slice(end, Math.min(to, end + 120));
    if (lower === 'according' && /^\s+to\b/.test(rest)) {
      cues.push({ type: 'according', start, end: end + /^\s+to/.exec(rest)![0].length, verbStart: start, verb: 'according to' });
      continue;
    }
    if (lower === 'learned' || lower === 'learnt') {
      const from = /^\s+from\b/.exec(rest);
      if (from) cues.push({ type: 'learned', start, end: end + from[0].length, verbStart: start, verb: 'learned from' });
      continue;
    }
    if (participleCues.has(lower) || (lower === 'expressing' && /^\s+(?:hopes?|confidence|optimism|concern)\s+that\b/.test(rest))) {
      if (lower !== 'saying' && !/^\s+(?:(?:hopes?|confidence|optimism|concern)\s+)?that\b/.test(rest)) continue;
      const before = masked.slice(Math.max(from, start - 3), start);
      const quoted = quotedAs.exec(masked.slice(Math.max(from, start - 30), start));
      if (quoted) {
        cues.push({ type: 'verb', start: start - quoted[0].length, end, verbStart: start - quoted[0].length, verb: 'saying' });
        continue;
      }
      if (/,\s*$/.test(before)) {
        const hopes = /^\s+(?:hopes?|confidence|optimism|concern)\b/.exec(rest);
        cues.push({ type: 'participle', start, end: end + (lower === 'expressing' && hopes ? hopes[0].length : 0), verbStart: start, verb: lower });
      }
      continue;
    }
    if (reportingVerbs.has(lower) || thatVerbs.has(lower) || (lower === 'pointed' && /^\s+out\b/.test(rest))) {
      if (lower === 'pointed') end += /^\s+out/.exec(rest)![0].length;
      if (lower === 'told' || lower === 'tells') {
        const object = toldObject.exec(rest);
        if (!object) continue;
        end += object[0].replace(/\.$/, '').length;
        const day = weekdays.exec(masked.slice(end, Math.min(to, end + 40)));
        if (day) end += day[0].length;
      } else {
        const extra = statementExtra.exec(masked.slice(end, Math.min(to, end + 60)));
        if (extra) end += extra[0].length;
      }
      cues.push({ type: 'verb', start, end, verbStart: start, verb: lower });
    }
  }
  // "As President Xi said, …"
  return cues;
}
