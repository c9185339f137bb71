import type { Paragraph } from '../../model/article';
import type { Quote, Speaker, Term } from '../../model/quote';
import { forEachCapitalizedRun, letterDigitWordCount } from '../../text/capitalized-runs';
import { forEachMatch, matches } from '../../text/matches';
import { isSpace, lastWordOf } from '../../text/whitespace';
import { sentences } from '../../text/sentences';
import type { ExtractionInput } from '../input';
import { cueCandidates, findCues, type Cue } from './cues';
import { clauseVerbs, groupNouns, reportingVerbs, sentenceOpeners, termMarkers, thatVerbs, titleWords } from './lexicon';
import { findQuotedSpans, type QuotedSpan } from './marks';
import { SpeakerResolver, looksLikeOrganization } from './resolve';
import { speakerPhrase, speakerPhraseAtEnd, type SpeakerPhrase } from './speaker-phrase';

/** Quotes and terms of one article, before ids are assigned. */
export interface QuoteAnalysis {
  quotes: Quote[];
  terms: Term[];
}

interface Range {
  start: number;
  end: number;
}

interface Attribution {
  cue: Cue;
  speaker: Speaker | null;
  /** Where the attribution (speaker phrase and cue) begins, for cutting earlier content. */
  from: number;
  /** What the cue reports, when it reports anything. */
  content: Range | null;
  /** The content follows the cue ("X said that …") rather than preceding it ("…, X said"). */
  after: boolean;
  /** A second verb of the same subject ("… and said that …"). */
  coordinated?: boolean;
  /** For a quotation split by its attribution, the part before the cue. */
  split?: Range | undefined;
}

const clauseStart = /^(?:that(?:\s*,)?\s+)?/;
const prepositionalStart = /^(?:on|in|at|during|after|before|from|with|to|while|when|ahead|last|this|earlier|later|recently|again|also|separately|publicly|then|once|over|via|through|under|by)\b/;
const thatWord = /\bthat\b/;
const thatAndSpace = /^that[\s,]*/;

/**
 * Length of "that" and what leads to it at the start of `rest` ("on Monday in
 * France that "), or -1. Only circumstances may come before "that", unless
 * `object` allows a recipient ("telling parliament that").
 */
function thatClause(rest: string, object = false): number {
  const window = rest.slice(0, 140);
  const at = window.search(thatWord);
  if (at === -1) return -1;
  const lead = window.slice(0, at);
  if (lead && (!(object || prepositionalStart.test(lead)) || /[,;:“"]/.test(lead) || !/\s$/.test(lead))) return -1;
  return at + thatAndSpace.exec(window.slice(at))![0].length;
}
const subordinateLead = /^(?:on|in|at|during|after|before|from|with|while|when|as|ahead|last|this|earlier|later|over|via|through|under|by|without|amid|despite|citing|according)\b/i;
const clauseSubject = /^(?:he|she|it|they|we|i|there|this|these|those|the|a|an|its|his|her|their|our|some|many|no|all)\b/i;
const modalSoon = /^(?:\S+\s+){0,5}?(?:would|could|will|can|may|might|should|must|is|are|was|were|has|have|had)\b/i;
const namingVerb =
  /(?<![-\p{L}])(?:promised|promises|pledged|pledges|vowed|vows|threatened|threatens|urged|urges|referred|referring|refers|called|calls|calling|described|describes|describing|dubbed|branded|labelled|labeled|termed|praised|praising|hailed|dismissed|denounced|slammed|criticized|criticised)(?![\p{L}])/giu;
const promiseVerbs = new Set(['promised', 'promises', 'pledged', 'pledges', 'vowed', 'vows', 'threatened', 'threatens', 'urged', 'urges']);
const passiveAuxiliaries = new Set(['is', 'was', 'be', 'been', 'being', 'are', 'were']);

/**
 * The verb that makes a following quotation someone's words rather than a
 * term: "referred to X as a “…”", "called the plan a “…”", "promised to “…”".
 * Scans words instead of one large pattern, so it stays linear.
 */
function namingCue(before: string): { index: number; verb: string } | null {
  const tail = before.trimEnd();
  let last: RegExpExecArray | null = null;
  namingVerb.lastIndex = 0;
  for (let m = namingVerb.exec(tail); m; m = namingVerb.exec(tail)) last = m;
  if (!last) return null;
  const verb = last[0].toLowerCase();
  const rest = tail.slice(last.index + last[0].length);
  const words = rest.split(/\s+/).filter(Boolean).map((w) => w.toLowerCase());
  if (/[,;“"]/.test(rest) || rest.length > 90) return null;
  if (promiseVerbs.has(verb)) return words.length === 1 && words[0] === 'to' ? { index: last.index, verb: last[0] } : null;
  if (verb.startsWith('refer')) {
    const asAt = words.lastIndexOf('as');
    const ok = words[0] === 'to' && words[1] !== 'as' && asAt > 1 && (asAt === words.length - 1 || (asAt === words.length - 2 && ['a', 'an', 'the'].includes(words[words.length - 1]!)));
    return ok ? { index: last.index, verb: last[0] } : null;
  }
  const previous = tail.slice(0, last.index).trimEnd().split(/\s+/).pop()?.toLowerCase() ?? '';
  if (passiveAuxiliaries.has(previous) || words[0] === 'as') return null;
  return { index: last.index, verb: last[0] };
}
const auxiliaryWords = new Set(['has', 'had', 'have', 'also', 'then', 'once']);
const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their']);
const appositiveStart = /^(?:a|an|the)\s|^\p{Ll}/u;
const commaAndSpace = /,\s*/g;
const subjectWord = /[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu;
const nonSpaceRun = /\S+/g;
const wordCount = letterDigitWordCount;
/**
 * How far (in characters) the extractor looks around a cue or a quotation.
 * Bounding every look keeps the work per cue constant, so time stays linear
 * even for a megabyte-long "sentence" full of cues.
 */
const WINDOW = 400;
const tail = (text: string, from: number, to: number, size = WINDOW) => text.slice(Math.max(from, to - size), to);
const head = (text: string, from: number, to: number, size = WINDOW) => text.slice(from, Math.min(to, from + size));

/** Index of the last span that closes before `at` (spans are sorted and disjoint), or -1. */
function lastSpanBefore(spans: QuotedSpan[], at: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.close < at) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * Finds quotations, reported speech and quoted terms in one article and
 * resolves speakers within it. Paragraph by paragraph, sentence by sentence;
 * a quotation that spans sentences is treated as one unit.
 */
export function analyzeQuotes(input: ExtractionInput): QuoteAnalysis {
  const resolver = new SpeakerResolver();
  const quotes: Quote[] = [];
  const terms: Term[] = [];
  let previousUnclosed = false;
  let lastQuoteParagraph = -2;
  for (const paragraph of input.paragraphs) {
    noteMentions(paragraph.text, resolver);
    const spans = findQuotedSpans(paragraph.text, previousUnclosed);
    const result = analyzeParagraph(paragraph, spans, resolver, input.articleId, lastQuoteParagraph >= paragraph.index - 1);
    // Loops, not push(...spread): a paragraph can hold more items than the call stack has room for arguments.
    for (const q of result.quotes) quotes.push(q);
    for (const t of result.terms) terms.push(t);
    if (result.quotes.some((q) => q.kind !== 'indirect')) lastQuoteParagraph = paragraph.index;
    previousUnclosed = spans.length > 0 && spans[spans.length - 1]!.unclosed;
  }
  return { quotes, terms };
}

function analyzeParagraph(paragraph: Paragraph, spans: QuotedSpan[], resolver: SpeakerResolver, articleId: string, quotesNearby: boolean): QuoteAnalysis {
  const text = paragraph.text;
  const masked = maskQuotes(text, spans);
  const candidates = cueCandidates(masked);
  const emitted: Quote[] = [];
  const quotes = {
    push(q: Quote) {
      emitted.push(q);
      if (q.speaker) resolver.commit(q.speaker);
    },
  };
  const terms: Term[] = [];
  const base = { articleId, paragraphId: paragraph.id };
  let attributedInParagraph = false;
  // Without a cue word or a quotation no sentence yields anything: skip splitting it into sentences.
  if (candidates.length === 0 && spans.length === 0) return { quotes: emitted, terms };

  const commas = new CommaIndex(text);
  let spanAt = 0;
  for (const unit of unitsOf(text, spans)) {
    while (spanAt < spans.length && spans[spanAt]!.open < unit.start) spanAt++;
    const firstSpan = spanAt;
    while (spanAt < spans.length && spans[spanAt]!.open < unit.end) spanAt++;
    // Not copied when the unit holds them all: one long sentence of quotation marks would copy millions.
    const unitSpans = firstSpan === 0 && spanAt === spans.length ? spans : spans.slice(firstSpan, spanAt);
    const attributions: Attribution[] = [];
    for (const cue of findCues(masked, unit.start, unit.end, candidates)) {
      const found = attribute(cue, text, unit, unitSpans, resolver, commas);
      if (!found) continue;
      const a = found.split ? { ...found, split: undefined } : found;
      attributions.push(a);
      // “A,” X said, “B.”: the same attribution also owns the quotation before it.
      if (found.split) attributions.push({ ...found, content: found.split, after: false, split: undefined });
      // Later pronouns in the same sentence ("…, and they hoped") refer to this speaker.
      if (a.content && a.speaker) resolver.commit(a.speaker);
    }
    cutContents(attributions, text, unit);

    const owned = new Set<Attribution>();
    const { owners, hosts } = assignSpans(attributions, unitSpans, text);
    for (const span of unitSpans) {
      const content = { start: span.start, end: span.end };
      if (content.end <= content.start) continue;
      const beforeStart = Math.max(unit.start, span.open - 160);
      const before = text.slice(beforeStart, span.open);
      // A quotation that modifies a noun after a determiner is a name: the “green wall” policy.
      const lastWord = lastWordOf(before).toLowerCase();
      const tokens = wordCount(text.slice(span.start, span.end));
      const modifier =
        determiners.has(lastWord) && /^\s+(?!(?:and|or|but|for|to|in|on|at|with|by|from|as|that|which|who|if|when|while)\b)\p{Ll}/u.test(text.slice(span.close + 1, span.close + 9)) && !/[,.!?]$/.test(text.slice(span.start, span.end)) && tokens <= 3;
      const naming = modifier ? null : namingCue(before);
      const marked = termMarkers.test(before) && !naming;
      const owner = owners.get(span);
      const host = owner ? undefined : hosts.get(span);

      if (marked && !owner) {
        pushTerm(terms, base, text, span);
        continue;
      }
      if (owner) {
        owned.add(owner);
        attributedInParagraph = true;
        const direct = span.continued || (isSentenceStart(text, unit.start, span.open) || (span.open - owner.cue.end < 8 && /[:,]\s*$/.test(text.slice(owner.cue.end, span.open)))) && /^[\p{Lu}\p{N}‘'"]/u.test(text.slice(span.start, span.start + 1));
        quotes.push(quote(base, direct ? 'direct' : 'partial', text, content, owner.cue, owner.speaker));
        continue;
      }
      const endsHost = host?.content && host.content.end - span.close < 4 && /^[\s.,;:!?’”"']*$/.test(text.slice(span.close + 1, host.content.end));
      // A code or name in quotation marks ("‘OPEL 4’") is a term even inside reported speech.
      const codeLike = !/\p{Ll}/u.test(text.slice(span.start, span.end));
      if (host && !codeLike && (tokens > 1 || endsHost)) {
        quotes.push(quote(base, 'partial', text, content, host.cue, host.speaker));
        continue;
      }
      if (naming && tokens > 0) {
        // "The housing secretary, Nadia Rahman, has promised to “…”": the name before the verb, past any auxiliary.
        const leadWords = before.slice(0, naming.index).trimEnd().split(' ');
        while (leadWords.length > 1 && auxiliaryWords.has(leadWords[leadWords.length - 1]!)) leadWords.pop();
        const lead = `${leadWords.join(' ')} `;
        const appositive = /,\s*$/.test(lead) ? findAppositive(text, beforeStart, beforeStart + lead.length) : undefined;
        const subject = appositive?.phrase ?? speakerPhraseAtEnd(lead, beforeStart) ?? subjectOf(text, unit);
        const speaker = subject ? resolver.resolve(subject, null) : null;
        const cueStart = beforeStart + naming.index;
        quotes.push(quote(base, 'partial', text, content, { type: 'verb', start: cueStart, end: cueStart + naming.verb.length, verbStart: cueStart, verb: naming.verb }, speaker));
        continue;
      }
      const wholeUnit = isSentenceStart(text, unit.start, span.open) && unit.end - span.close < 8 && /^[\s.,!?;:)\]]*$/.test(text.slice(span.close + 1, unit.end));
      if (wholeUnit && (span.continued || attributedInParagraph || quotesNearby || tokens > 6)) {
        quotes.push(quote(base, 'direct', text, content, null, attributedInParagraph || quotesNearby || span.continued ? resolver.current() : null));
      } else if (tokens <= 6) {
        pushTerm(terms, base, text, span);
      } else {
        quotes.push(quote(base, 'partial', text, content, null, quotesNearby ? resolver.current() : null));
      }
    }

    for (const a of attributions) {
      if (owned.has(a) || !a.content) continue;
      const content = trimContent(text, a.content);
      if (content && wordCount(head(text, content.start, content.end, 60)) >= 3 && !insideQuote(content, unitSpans)) {
        quotes.push(quote(base, 'indirect', text, content, a.cue, a.speaker));
      }
    }
  }
  return { quotes: emitted.sort((a, b) => a.start - b.start || a.end - b.end), terms };
}

/** A quoted term, its end trimmed (`trimTermEnd`), unless nothing is left of it. */
function pushTerm(terms: Term[], base: { articleId: string; paragraphId: string }, text: string, span: QuotedSpan): void {
  const end = trimTermEnd(text, span);
  if (end > span.start) terms.push({ id: '', ...base, text: text.slice(span.start, end), start: span.start, end });
}

function quote(base: { articleId: string; paragraphId: string }, kind: Quote['kind'], text: string, range: Range, cue: Cue | null, speaker: Speaker | null): Quote {
  return {
    id: '',
    ...base,
    kind,
    text: text.slice(range.start, range.end),
    start: range.start,
    end: range.end,
    cue: cue ? { text: text.slice(cue.start, cue.end), start: cue.start, end: cue.end } : null,
    speaker,
  };
}

/** Works out who a cue attributes to and which stretch of the sentence it reports. */
function attribute(cue: Cue, text: string, unit: Range, spans: QuotedSpan[], resolver: SpeakerResolver, commas: CommaIndex): Attribution | undefined {
  const closed = lastSpanBefore(spans, cue.start);
  const lastClose = Math.max(unit.start, closed === -1 ? unit.start : spans[closed]!.close + 1, cue.start - WINDOW);

  if (cue.type === 'according') {
    const sourceEnd = findClauseEnd(text, cue.end, unit.end);
    const source = cleanSource(text, cue.end, sourceEnd);
    if (!source) return undefined;
    const phrase = speakerPhrase(text.slice(source.start, source.end), source.start) ?? fallbackPhrase(text, source);
    const speaker = resolver.resolve(phrase, null);
    const atStart = cue.start - unit.start < 8 && /^\s*$/.test(text.slice(unit.start, cue.start));
    let content: Range;
    if (atStart) content = { start: commas.skip(sourceEnd, unit.end), end: unit.end };
    else if (/,\s*$/.test(tail(text, unit.start, cue.start, 8)) && unit.end - sourceEnd < 8 && /^[\s.!?;]*$/.test(text.slice(sourceEnd, unit.end))) content = { start: unit.start, end: commas.last(cue.start, unit.start) };
    else content = { start: unit.start, end: unit.end };
    return { cue, speaker, from: atStart ? unit.start : commas.last(cue.start, unit.start), content, after: atStart };
  }

  if (cue.type === 'learned') {
    const sourceEnd = findClauseEnd(text, cue.end, unit.end);
    const source = cleanSource(text, cue.end, sourceEnd);
    const comma = commas.last(cue.start, unit.start);
    if (!source || comma < unit.start) return undefined;
    const phrase = speakerPhrase(text.slice(source.start, source.end), source.start) ?? fallbackPhrase(text, source);
    return { cue, speaker: resolver.resolve(phrase, null), from: comma, content: { start: unit.start, end: comma }, after: false };
  }

  if (cue.type === 'participle') {
    const window = head(text, cue.end, unit.end);
    const space = /^\s*/.exec(window)![0].length;
    const rest = window.slice(space);
    const lead = thatClause(rest, cue.verb === 'telling');
    const clause = lead !== -1 ? cue.end + space + lead : cue.end;
    return { cue, speaker: null, from: cue.start, content: lead !== -1 || cue.verb === 'saying' ? { start: clause, end: unit.end } : null, after: true };
  }

  // Reporting verbs.
  // "The UN Office … (OCHA) warned": read the speaker phrase before an acronym in brackets.
  const beforeCue = text.slice(lastClose, cue.verbStart).trimEnd(); // lastClose is at most WINDOW before the cue
  const open = beforeCue.endsWith(')') ? beforeCue.lastIndexOf('(') : -1;
  const acronym = open !== -1 && /^[A-Z][A-Za-z.&-]{1,9}$/.test(beforeCue.slice(open + 1, -1));
  const pre = acronym ? `${beforeCue.slice(0, open).trimEnd()} ` : text.slice(lastClose, cue.verbStart);
  const according = pre.toLowerCase().lastIndexOf('according to');
  if (according !== -1 && !/[,;]/.test(pre.slice(according))) return undefined;
  let phrase: SpeakerPhrase | undefined;
  let role: string | null = null;
  let speakerFrom = -1;
  const appositive = /,\s*$/.test(pre) ? findAppositive(text, lastClose, cue.verbStart) : undefined;
  if (appositive) {
    phrase = appositive.phrase;
    role = appositive.role || null;
    // A role before the name ("The company's chief executive, Ngozi Okafor, said") starts the speaker. Looked
    // for only since lastClose: a role after the name has no such occurrence, and searching the whole paragraph
    // back for one took time quadratic in its length and could land on the same words far earlier.
    const roleAt = appositive.role ? text.slice(lastClose, appositive.phrase.start).lastIndexOf(appositive.role) : -1;
    speakerFrom = roleAt !== -1 ? lastClose + roleAt : appositive.phrase.start;
  } else {
    phrase = speakerPhraseAtEnd(pre, lastClose);
    if (phrase) speakerFrom = phrase.start;
    // "Jensen called the plan … and said …", "The bank left rates unchanged, but signalled that …"
    const conjunction = /\b(?:and|but)\s*$/.exec(pre);
    if (!phrase && conjunction) {
      phrase = subjectOf(text, unit);
      if (phrase) speakerFrom = lastClose + conjunction.index;
    }
  }
  // Inverted: "…,” said Maria Lopez, a spokeswoman for …"
  let inverted = false;
  if (!phrase && /(?:^|[,”"’])\s*$/.test(pre) && reportingVerbs.has(cue.verb)) {
    const nameEnd = findClauseEnd(text, cue.end, unit.end);
    const after = speakerPhrase(text.slice(cue.end, nameEnd), cue.end);
    if (after && after.kind !== 'pronoun') {
      phrase = after;
      inverted = true;
      const comma = commas.last(cue.start, lastClose);
      speakerFrom = comma !== -1 ? comma : cue.start;
      const appositiveRole = /^,\s*((?:a|an|the)\s[^,.;]{1,200}|\p{Ll}[^,.;]{1,200})/u.exec(head(text, nameEnd, unit.end));
      role = appositiveRole ? appositiveRole[1]!.trim() : null;
    }
  }
  if (!phrase || (phrase.kind === 'organization' && /\bGlobal Times\b/.test(phrase.name) && cue.verb !== 'reported')) return undefined;
  // "Alvarez brushed that argument aside. “…,” he told reporters.": the person named last before the pronoun in the paragraph.
  const speaker = phrase.kind === 'pronoun' ? resolver.resolvePronoun(phrase, tail(text, 0, phrase.start)) : undefined;

  // "Local shop owner Lin Meihua said …": a few words opening the sentence before the name are its role.
  const lead = speakerFrom - unit.start < 80 ? text.slice(unit.start, speakerFrom) : '';
  if (phrase.kind === 'person' && lead.trim() && !/[,;:“”"]/.test(lead) && wordCount(lead) <= 4 && /^\s*[\p{Lu}]/u.test(lead)) {
    role = `${lead.trim()}${phrase.role ? ` ${phrase.role}` : ''}`;
    speakerFrom = unit.start + /^\s*/.exec(lead)![0].length;
  }
  const afterText = head(text, cue.end, unit.end);
  const resolved = speaker ?? resolver.resolve(phrase, role);
  const afterTrim = afterText.replace(/^\s+/, '');
  const afterOffset = cue.end + (afterText.length - afterTrim.length);
  let beforeEnd = speakerFrom;
  while (beforeEnd > unit.start && /[\s,]/.test(text[beforeEnd - 1]!)) beforeEnd--;
  const beforeLength = beforeEnd - unit.start;
  const beforeRange = { start: unit.start, end: beforeEnd };
  const asForm = phrase.start - unit.start < 8 && /^\s*As\s+$/i.test(text.slice(unit.start, phrase.start)) && /^[^,;.“"]{0,60},/.test(afterText);
  if (asForm) return { cue, speaker: resolved, from: unit.start, content: { start: commas.skip(cue.end, unit.end), end: unit.end }, after: true };

  const thatLength = thatClause(afterTrim);
  const quoteFollows = /^[:,]?\s*[“"‘]/.test(afterTrim);
  const strongVerb = reportingVerbs.has(cue.verb) || cue.verb === 'saying';
  const clauseFollows = !subordinateLead.test(afterTrim) && /^[\p{L}\p{N}]/u.test(afterTrim) && (clauseVerbs.has(cue.verb) || cue.verb === 'saying' || (clauseSubject.test(afterTrim) && modalSoon.test(afterTrim)));
  // Content before the speaker needs a comma between them ("…, X said"), not "… that X hopes".
  const beforeIsQuote = beforeLength > 0 && spans.length > 0 && coversOnly(beforeRange, spans[0]!, text);
  const hasBefore = beforeIsQuote || (beforeLength > 0 && !(beforeLength < 200 && isAdverbial(text.slice(unit.start, beforeEnd))) && /(?:[,—–]|[,.!?]?[”"’])\s*$/.test(tail(text, unit.start, speakerFrom, 8)));
  const coordinated = speakerFrom < cue.verbStart && /^\s*(?:and|but)\b/.test(head(text, speakerFrom, cue.verbStart, 8));
  if (inverted) return { cue, speaker: resolved, from: speakerFrom, content: beforeLength > 0 ? beforeRange : null, after: false };
  if (thatLength !== -1) return { cue, speaker: resolved, from: speakerFrom, content: { start: afterOffset + thatLength, end: unit.end }, after: true, coordinated };
  if (quoteFollows) return { cue, speaker: resolved, from: speakerFrom, content: { start: afterOffset + (/^[:,]?\s*/.exec(afterTrim)?.[0].length ?? 0), end: unit.end }, after: true, split: beforeIsQuote ? beforeRange : undefined };
  if ((!hasBefore || coordinated) && clauseFollows) return { cue, speaker: resolved, from: speakerFrom, content: { start: afterOffset, end: unit.end }, after: true, coordinated };
  // "…, X said." / "…, officials confirmed on Monday." — nothing but circumstances may follow the cue.
  const closesSentence = afterTrim === '' || /^[.!?,;:)\]”"’]/.test(afterTrim) || subordinateLead.test(afterTrim);
  if (hasBefore && (strongVerb || thatVerbs.has(cue.verb)) && (closesSentence || strongVerb)) return { cue, speaker: resolved, from: speakerFrom, content: beforeRange, after: false };
  return { cue, speaker: resolved, from: speakerFrom, content: null, after: false };
}

/** "R-Lancaster" (a US party and district) or "22" (an age) after a name. */
const partyOrAge = /^(?:[A-Z]-[\p{L} .]{1,40}|\d{1,3})$/u;

/** "Song Wei, a professor from …, told": the name before an appositive that ends right before the cue. */
function findAppositive(text: string, from: number, to: number): { phrase: SpeakerPhrase; role: string } | undefined {
  const segments: Range[] = [];
  let at = from;
  for (const m of matches(commaAndSpace, text.slice(from, to))) {
    segments.push({ start: at, end: from + m.index });
    at = from + m.index + m[0].length;
  }
  const isTag = (r: Range) => partyOrAge.test(text.slice(r.start, r.end).trim());
  for (let k = segments.length - 2; k >= Math.max(0, segments.length - 5); k--) {
    const segment = segments[k]!;
    // "Sen. Dale Hutchins, R-Lancaster, who …": a party-district tag or an age is neither the name nor its role.
    if (isTag(segment)) continue;
    let j = k + 1;
    while (j < segments.length - 1 && isTag(segments[j]!)) j++;
    const next = segments[j]!;
    if (!appositiveStart.test(text.slice(next.start, next.end))) continue;
    const phrase = speakerPhraseAtEnd(text.slice(segment.start, segment.end), segment.start);
    if (phrase && (phrase.kind === 'person' || phrase.kind === 'organization')) return { phrase, role: text.slice(next.start, segments[segments.length - 1]!.end) };
  }
  // "The company's chief executive, Ngozi Okafor, said" / "Diallo, 22, said": the name stands last, maybe after its role.
  let k = segments.length - 1;
  while (k >= 1 && partyOrAge.test(text.slice(segments[k]!.start, segments[k]!.end).trim())) k--;
  const last = segments[k];
  if (!last) return undefined;
  const phrase = speakerPhrase(text.slice(last.start, last.end), last.start);
  if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'organization')) return undefined;
  const previous = segments[k - 1];
  const roleText = previous ? text.slice(previous.start, previous.end).trim() : '';
  const role = /^(?:the|his|her|its|their|our)\s|[’']s\s/i.test(roleText) && roleText.split(/\s+/).length <= 8 ? roleText : '';
  return { phrase, role };
}

/** Later attributions in the same sentence end the content of earlier forward-looking ones. */
function cutContents(attributions: Attribution[], text: string, unit: Range): void {
  const sorted = [...attributions].sort((a, b) => a.cue.start - b.cue.start);
  // One backward sweep: the nearest later attribution that starts a new statement.
  let nextBoundary: Attribution | undefined;
  for (let i = sorted.length - 1; i >= 0; i--) {
    const a = sorted[i]!;
    if (a.content && a.after && nextBoundary && nextBoundary.from > a.content.start && nextBoundary.from < a.content.end) a.content.end = nextBoundary.from;
    if (a.cue.type !== 'participle') nextBoundary = a;
  }
  // Participles report for the speaker of the attribution before them, or the sentence's subject.
  let previous: Attribution | undefined;
  for (const a of sorted) {
    if (a.cue.type !== 'participle') {
      if (a.speaker) previous = a;
      continue;
    }
    if (previous) a.speaker = previous.speaker && { ...previous.speaker };
    else {
      const subject = subjectOf(text, unit);
      if (subject) a.speaker = { name: subject.name, type: subject.kind === 'organization' ? 'organization' : subject.kind === 'group' ? 'group' : 'person', mention: subject.mention, start: subject.start, end: subject.end, role: subject.role };
    }
  }
}

/**
 * Which attribution owns each quotation (its content is the quotation and
 * nothing else) or hosts it (the quotation is part of a longer reported
 * statement). Spans are sorted, so each attribution finds its spans by binary
 * search and every span is visited once.
 */
function assignSpans(attributions: Attribution[], spans: QuotedSpan[], text: string): { owners: Map<QuotedSpan, Attribution>; hosts: Map<QuotedSpan, Attribution> } {
  const owners = new Map<QuotedSpan, Attribution>();
  const hosts = new Map<QuotedSpan, Attribution>();
  if (spans.length === 0) return { owners, hosts };
  for (const a of attributions) {
    if (!a.content) continue;
    const first = lastSpanBefore(spans, a.content.start) + 1;
    const span = spans[first];
    if (span && !owners.has(span) && coversOnly(a.content, span, text)) owners.set(span, a);
  }
  // Hosts: the narrowest reported statement containing the quotation ("Yellen warned that … “…” …, Politico reported").
  const byLength = attributions.filter((a) => a.content).sort((a, b) => a.content!.end - a.content!.start - (b.content!.end - b.content!.start));
  for (const a of byLength) {
    let i = lastSpanBefore(spans, a.content!.start) + 1;
    for (let visited = 0; i < spans.length && visited < 50 && spans[i]!.start <= a.content!.end; i++, visited++) {
      if (spans[i]!.open >= a.content!.start - 1 && !hosts.has(spans[i]!)) hosts.set(spans[i]!, a);
    }
  }
  return { owners, hosts };
}

/** The capitalised noun phrase a sentence opens with ("Chinese Vice President Han Zheng"). */
function subjectOf(text: string, unit: Range): SpeakerPhrase | undefined {
  const words = matches(subjectWord, text.slice(unit.start, Math.min(unit.end, unit.start + 200)));
  let end = 0;
  for (const [i, m] of words.entries()) {
    const w = m[0];
    const ok = /^\p{Lu}/u.test(w) || titleWords.has(w.toLowerCase()) || (i > 0 && ['of', 'to', 'for', 'and', 'the'].includes(w));
    if (!ok || i > 10) break;
    end = m.index + w.length;
  }
  return end ? speakerPhraseAtEnd(text.slice(unit.start, unit.start + end), unit.start) : undefined;
}

function cleanSource(text: string, from: number, to: number): Range | undefined {
  let s = text.slice(from, to);
  let start = from;
  const lead = /^\s*(?:(?:a|an|the)\s+)?(?:(?:separate|recent|new|latest|joint|official)\s+)?(?:statement|report|reports|data|figures|survey|release|notice|document|post|announcement|estimate|analysis|note|study)s?\s+(?:(?:released|published|issued|posted|provided|compiled)\s+)?(?:by|from|on|of)\s+(?:the\s+)?/i.exec(s);
  const plain = /^\s*/.exec(s)![0].length;
  const cut = lead ? lead[0].length : plain;
  start += cut;
  s = s.slice(cut);
  // Drop bracketed acronyms and trailing container words: "the Ministry of Commerce (MOFCOM) website".
  s = s.replace(/\([^()]{1,20}\)/g, (m) => ' '.repeat(m.length));
  const words = matches(nonSpaceRun, s);
  const wordTotal = words.length;
  while (words.length > 1 && sourceContainers.has(words[words.length - 1]![0].toLowerCase())) words.pop();
  const lastWord = words[words.length - 1];
  if (!lastWord) return undefined;
  let end = lastWord.index + lastWord[0].length;
  if (/[’']s$/.test(lastWord[0]) && words.length < wordTotal) end -= 2;
  return { start, end: start + end };
}

const sourceContainers = new Set(['website', 'site', 'account', 'statement', 'report', 'data']);

function fallbackPhrase(text: string, range: Range): SpeakerPhrase {
  const mention = text.slice(range.start, range.end).trimEnd();
  const name = mention.replace(/^(?:the|a|an)\s+/i, '');
  const kind = looksLikeOrganization(name) ? 'organization' : /^\p{Ll}/u.test(name) || name.split(/\s+/).some((w) => groupNouns.has(w.toLowerCase())) ? 'group' : 'person';
  return { kind, mention, start: range.start, end: range.start + mention.length, name, role: null };
}

/**
 * Where the clause starting at `from` ends: at the first clause punctuation
 * or dash within 200 characters, else at `to` when that is near, else at the
 * last space of those 200 characters. A name or source is never longer, and
 * reading to the end of a megabyte-long sentence from every cue in it was
 * quadratic.
 */
function findClauseEnd(text: string, from: number, to: number): number {
  const window = head(text, from, to, CLAUSE_WINDOW);
  const m = /[,;.!?“”"]|\s[—–]\s/.exec(window);
  // Keep "(MOFCOM)" and abbreviations like "Co." inside.
  if (m) return from + m.index;
  if (to - from <= CLAUSE_WINDOW) return to;
  let space = window.length;
  while (space > 0 && !isSpace(window.charCodeAt(space - 1))) space--;
  return from + (space > 1 ? space - 1 : window.length);
}
const CLAUSE_WINDOW = 200;

/**
 * A paragraph's commas, listed on first need, for searches bounded by the
 * sentence: searching the text itself from each cue (back for the comma
 * before it, forward for the one after) made a long paragraph of attributions
 * without commas ("… according to Reuters. …") quadratic.
 */
class CommaIndex {
  private positions: number[] | undefined;
  constructor(private readonly text: string) {}

  /** The last comma at or before `at` and not before `floor`, or -1 (`text.lastIndexOf(',', at)`, bounded). */
  last(at: number, floor: number): number {
    const commas = this.list();
    const i = this.countAtOrBefore(at) - 1;
    return i >= 0 && commas[i]! >= floor ? commas[i]! : -1;
  }

  /** Just past the first comma at or after `from` and before `to`; `from` itself when there is none. */
  skip(from: number, to: number): number {
    const comma = this.list()[this.countAtOrBefore(from - 1)];
    return comma === undefined || comma >= to ? from : comma + 1;
  }

  private list(): number[] {
    if (!this.positions) {
      this.positions = [];
      for (let i = this.text.indexOf(','); i !== -1; i = this.text.indexOf(',', i + 1)) this.positions.push(i);
    }
    return this.positions;
  }

  /** How many commas lie at or before `at`. */
  private countAtOrBefore(at: number): number {
    const commas = this.list();
    let lo = 0;
    let hi = commas.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (commas[mid]! <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

function isAdverbial(text: string): boolean {
  const t = text.trim();
  return wordCount(t) <= 2 || /^(?:when|while|as|after|before|during|in|on|at|speaking|asked|recalling|meanwhile|however|specifically|also|separately|earlier|later|in\s+a|on\s+a)\b[^]*$/i.test(t) && !/,\s*\S/.test(t.replace(/,\s*$/, '')) && wordCount(t) <= 14;
}

function isSentenceStart(text: string, unitStart: number, at: number): boolean {
  return at - unitStart < 8 && /^[\s“"‘(]*$/.test(text.slice(unitStart, at));
}

/** The content covers the quotation and nothing else but punctuation. */
function coversOnly(content: Range, span: QuotedSpan, text: string): boolean {
  if (content.start > span.open + 1 || content.end < span.start || span.open - content.start > 8 || content.end - span.close > 8) return false;
  const outside = text.slice(content.start, span.open) + text.slice(Math.min(span.close + 1, content.end), content.end);
  return /^[\s.,;:!?—–-]*$/.test(outside);
}

function insideQuote(range: Range, spans: QuotedSpan[]): boolean {
  const s = spans[lastSpanBefore(spans, range.start) + 1];
  return s !== undefined && range.start >= s.open && range.end <= s.close + 1;
}

function trimContent(text: string, range: Range): Range | undefined {
  let { start, end } = range;
  const opening = head(text, start, end, 24);
  const space = /^\s*/.exec(opening)![0].length;
  const lead = clauseStart.exec(opening.slice(space));
  start += space + (lead ? lead[0].length : 0);
  while (end > start && /[\s.,;:]/.test(text[end - 1]!)) {
    // Keep the period of an abbreviation such as "a.m." that ends the sentence.
    if (text[end - 1] === '.' && /\b\p{L}\.\p{L}\.$/u.test(text.slice(Math.max(start, end - 6), end))) break;
    end--;
  }
  return end > start ? { start, end } : undefined;
}

function trimTermEnd(text: string, span: QuotedSpan): number {
  let end = span.end;
  while (end > span.start && /[.,;:!?]/.test(text[end - 1]!)) end--;
  return end;
}

/** Sentences of the paragraph, merged so that no quotation is cut. */
function unitsOf(text: string, spans: QuotedSpan[]): Range[] {
  const units: Range[] = [];
  let q = 0;
  for (const s of sentences(text)) {
    const last = units[units.length - 1];
    while (q < spans.length && last && spans[q]!.close < last.end) q++;
    const crossing = last !== undefined && q < spans.length && spans[q]!.open < last.end && spans[q]!.close >= last.end;
    if (last && crossing) last.end = s.end;
    else units.push({ start: s.start, end: s.end });
  }
  return units;
}

/** Blanks quoted text (marks included) so that cues are only searched in the writer's words. */
function maskQuotes(text: string, spans: QuotedSpan[]): string {
  let out = '';
  let at = 0;
  for (const s of spans) {
    out += text.slice(at, s.open) + ' '.repeat(Math.min(text.length, s.close + 1) - s.open);
    at = Math.min(text.length, s.close + 1);
  }
  return out + text.slice(at);
}

// Two to three proper-cased words ("Marta Quispe", "Winnie Lau Ka-yee"): candidates for later surnames.
const looseName = /\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,2}/gu;
const mentionConnectors = new Set(['of', 'to', 'for', 'and', 'the', 'in', 'spokesperson', 'spokesman', 'spokeswoman']);

/**
 * Whether the words of `part` may open with a sentence opener ("According to
 * the …"). Openers are plain ASCII words: a first word of ASCII letters that
 * ends at an ASCII character is looked up directly; anything else may be.
 */
function mayOpen(part: string): boolean {
  let end = 0;
  for (let c = part.charCodeAt(0); (c >= 65 && c <= 90) || (c >= 97 && c <= 122); c = part.charCodeAt(end)) end++;
  return part.charCodeAt(end) >= 128 || sentenceOpeners.has(part.slice(0, end).toLowerCase());
}

const upperInitial = /^\p{Lu}/u;
/** A capitalised title word ("Minister", "Gov."). */
function isTitleWord(word: string): boolean {
  const c = word.charCodeAt(0);
  if (c < 128 ? c < 65 || c > 90 : !upperInitial.test(word)) return false;
  const lower = word.toLowerCase();
  return titleWords.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

/** Notes people introduced with a title and organisations named in a paragraph. */
function noteMentions(text: string, resolver: SpeakerResolver): void {
  // One match and one run at a time: collected, a megabyte paragraph's would all outlive the young heap.
  forEachMatch(looseName, text, (m) => resolver.noteName(m[0]));
  forEachCapitalizedRun(text, mentionConnectors, (run) => {
    // One word names no titled person; it can only be an organisation ("Xinhua").
    if (run.words.length === 1) {
      const name = run.text.endsWith('’s') || run.text.endsWith("'s") ? run.text.slice(0, -2) : run.text;
      if (!looksLikeOrganization(name)) return;
    }
    // "Airline CEO Ana Lima and Harbour Bank Chairman Tom Reed": one title and name per part.
    for (let at = 0; at !== -1; ) {
      // The parts of run.text.split(' and '), without the array when there is only one.
      const and = run.text.indexOf(' and ', at);
      const rawPart = and === -1 ? (at === 0 ? run.text : run.text.slice(at)) : run.text.slice(at, and);
      const rawStart = run.start + at;
      at = and === -1 ? -1 : and + 5;
      // "According to the Housing Authority": words capitalised only by their position are not part of a name.
      const opener = mayOpen(rawPart) ? /^(?:\p{L}+\s+)+?(?=\p{Lu})/u.exec(rawPart) : null;
      const skip = opener && opener[0].split(/\s+/).filter(Boolean).every((w, i) => (i === 0 ? sentenceOpeners.has(w.toLowerCase()) : mentionConnectors.has(w))) ? opener[0].length : 0;
      const part = rawPart.slice(skip);
      const partStart = rawStart + skip;
      // The part's words are the run's words inside it: only whitespace separates them.
      const partEnd = partStart + part.length;
      if (run.words.some((w) => w.start >= partStart && w.end <= partEnd && isTitleWord(w.text))) {
        const phrase = speakerPhraseAtEnd(part, partStart);
        if (phrase?.kind === 'person') resolver.notePerson(phrase.name, phrase.role);
      }
      // "Nordic Steel Group in Lulea": a place after the name is not part of it.
      const inAt = part.indexOf(' in ');
      const head = inAt !== -1 && looksLikeOrganization(part.slice(0, inAt).split(/\s+/).pop()!) ? part.slice(0, inAt) : part;
      const name = head.endsWith('’s') || head.endsWith("'s") ? head.slice(0, -2) : head;
      if (!looksLikeOrganization(name)) continue;
      const phrase = speakerPhrase(name, partStart);
      if (phrase?.kind === 'organization') {
        const subject = partStart === 0 || /[.!?]\s*$/.test(text.slice(Math.max(0, partStart - 3), partStart));
        resolver.noteOrganization(phrase.name, subject);
      }
    }
  });
}

