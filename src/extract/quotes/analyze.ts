import type { Paragraph } from '../../model/article';
import type { Quote, Speaker, Term } from '../../model/quote';
import { sentences } from '../../text/sentences';
import type { ExtractionInput } from '../input';
import { findCues, type Cue } from './cues';
import { clauseVerbs, groupNouns, reportingVerbs, termMarkers, thatVerbs, titleWords } from './lexicon';
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
const prepositionalLead = /^(?:(?:on|in|at|during|after|before|from|with|to|while|when|ahead|last|this|earlier|later|recently|again|also|separately|publicly|then|once|over|via|through|under|by)\b[^,;:“"]{0,120}?\s+)?that(?:\s*,)?\s+/;
const subordinateLead = /^(?:on|in|at|during|after|before|from|with|while|when|as|ahead|last|this|earlier|later|over|via|through|under|by|without|amid|despite|citing|according)\b/i;
const clauseSubject = /^(?:he|she|it|they|we|i|there|this|these|those|the|a|an|its|his|her|their|our|some|many|no|all)\b/i;
const modalSoon = /^(?:\S+\s+){0,5}?(?:would|could|will|can|may|might|should|must|is|are|was|were|has|have|had)\b/i;
const activeNaming =
  /(?<![-\w])(?:(?:promised|promises|pledged|pledges|vowed|vows|threatened|threatens|urged|urges)\s+to|(?:referr(?:ed|ing)|refers)\s+to\s+(?!as\b)[^,;“"]{1,80}?\s+as(?:\s+(?:a|an|the))?|(?<!(?:is|was|be|been|being|are|were)\s)(?:called|calls|calling|described|describes|describing|dubbed|branded|labell?ed|termed|praised|praising|hailed|dismissed|denounced|slammed|criticized|criticised)\s+(?!as\b)[^,;“"]{0,80}?(?:\s+as)?(?:\s+(?:a|an|the|its|their|his|her))?)\s*$/i;
const appositiveStart = /^(?:a|an|the)\s|^\p{Ll}/u;
const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
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
    quotes.push(...result.quotes);
    terms.push(...result.terms);
    if (result.quotes.some((q) => q.kind !== 'indirect')) lastQuoteParagraph = paragraph.index;
    previousUnclosed = spans.length > 0 && spans[spans.length - 1]!.unclosed;
  }
  return { quotes, terms };
}

function analyzeParagraph(paragraph: Paragraph, spans: QuotedSpan[], resolver: SpeakerResolver, articleId: string, quotesNearby: boolean): QuoteAnalysis {
  const text = paragraph.text;
  const masked = maskQuotes(text, spans);
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

  let spanAt = 0;
  for (const unit of unitsOf(text, spans)) {
    while (spanAt < spans.length && spans[spanAt]!.open < unit.start) spanAt++;
    const firstSpan = spanAt;
    while (spanAt < spans.length && spans[spanAt]!.open < unit.end) spanAt++;
    const unitSpans = spans.slice(firstSpan, spanAt);
    const attributions: Attribution[] = [];
    for (const cue of findCues(masked, unit.start, unit.end)) {
      const found = attribute(cue, text, unit, unitSpans, resolver);
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
      const modifier =
        /\b(?:the|a|an|this|that|its|their)\s*$/i.test(before) && /^\s+(?!(?:and|or|but|for|to|in|on|at|with|by|from|as|that|which|who|if|when|while)\b)\p{Ll}/u.test(text.slice(span.close + 1, span.close + 9)) && !/[,.!?]$/.test(text.slice(span.start, span.end)) && wordCount(text.slice(span.start, span.end)) <= 3;
      const naming = modifier ? null : activeNaming.exec(before);
      const marked = termMarkers.test(before) && !naming;
      const tokens = wordCount(text.slice(span.start, span.end));
      const owner = owners.get(span);
      const host = owner ? undefined : hosts.get(span);

      if (marked && !owner) {
        terms.push({ id: '', ...base, text: text.slice(span.start, span.end), start: span.start, end: trimTermEnd(text, span) });
        continue;
      }
      if (owner) {
        owned.add(owner);
        attributedInParagraph = true;
        const direct = span.continued || (isSentenceStart(text, unit.start, span.open) || (span.open - owner.cue.end < 8 && /[:,]\s*$/.test(text.slice(owner.cue.end, span.open)))) && /^[\p{Lu}\p{N}‘'"]/u.test(text.slice(span.start, span.start + 1));
        quotes.push(quote(base, direct ? 'direct' : 'partial', text, content, owner.cue, owner.speaker));
        continue;
      }
      const endsHost = host?.content && /^[\s.,;:!?’”"']*$/.test(text.slice(span.close + 1, Math.min(host.content.end + 2, span.close + 6))) && host.content.end - span.close < 4;
      if (host && (tokens > 1 || endsHost)) {
        quotes.push(quote(base, 'partial', text, content, host.cue, host.speaker));
        continue;
      }
      if (naming && tokens > 0) {
        const subject = speakerPhraseAtEnd(before.slice(0, naming.index), beforeStart) ?? subjectOf(text, unit);
        const speaker = subject ? resolver.resolve(subject, null) : null;
        const verb = /\b[\p{L}]+/u.exec(naming[0])!;
        const cueStart = beforeStart + naming.index + verb.index;
        quotes.push(quote(base, 'partial', text, content, { type: 'verb', start: cueStart, end: cueStart + verb[0].length, verbStart: cueStart, verb: verb[0] }, speaker));
        continue;
      }
      const wholeUnit = isSentenceStart(text, unit.start, span.open) && unit.end - span.close < 8 && /^[\s.,!?;:)\]]*$/.test(text.slice(span.close + 1, unit.end));
      if (wholeUnit && (span.continued || attributedInParagraph || quotesNearby || tokens > 6)) {
        quotes.push(quote(base, 'direct', text, content, null, attributedInParagraph || quotesNearby || span.continued ? resolver.current() : null));
      } else if (tokens <= 6) {
        terms.push({ id: '', ...base, text: text.slice(span.start, span.end), start: span.start, end: trimTermEnd(text, span) });
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
  // Terms carry their own text end; fix the text to match trimmed offsets.
  const fixedTerms = terms.map((t) => ({ ...t, text: text.slice(t.start, t.end) })).filter((t) => t.end > t.start);
  return { quotes: emitted.sort((a, b) => a.start - b.start || a.end - b.end), terms: fixedTerms };
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
function attribute(cue: Cue, text: string, unit: Range, spans: QuotedSpan[], resolver: SpeakerResolver): Attribution | undefined {
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
    if (atStart) content = { start: skipComma(text, sourceEnd, unit.end), end: unit.end };
    else if (/,\s*$/.test(tail(text, unit.start, cue.start, 8)) && unit.end - sourceEnd < 8 && /^[\s.!?;]*$/.test(text.slice(sourceEnd, unit.end))) content = { start: unit.start, end: text.lastIndexOf(',', cue.start) };
    else content = { start: unit.start, end: unit.end };
    return { cue, speaker, from: atStart ? unit.start : text.lastIndexOf(',', cue.start), content, after: atStart };
  }

  if (cue.type === 'learned') {
    const sourceEnd = findClauseEnd(text, cue.end, unit.end);
    const source = cleanSource(text, cue.end, sourceEnd);
    const comma = text.lastIndexOf(',', cue.start);
    if (!source || comma < unit.start) return undefined;
    const phrase = speakerPhrase(text.slice(source.start, source.end), source.start) ?? fallbackPhrase(text, source);
    return { cue, speaker: resolver.resolve(phrase, null), from: comma, content: { start: unit.start, end: comma }, after: false };
  }

  if (cue.type === 'participle') {
    const window = head(text, cue.end, unit.end);
    const space = /^\s*/.exec(window)![0].length;
    const rest = window.slice(space);
    const lead = cue.verb === 'telling' ? /^[^,;:“"]{0,60}?\bthat\s+/.exec(rest) : prepositionalLead.exec(rest);
    const clause = lead ? cue.end + space + lead[0].length : cue.end;
    return { cue, speaker: null, from: cue.start, content: lead || cue.verb === 'saying' ? { start: clause, end: unit.end } : null, after: true };
  }

  // Reporting verbs.
  // "The UN Office … (OCHA) warned": read the speaker phrase before an acronym in brackets.
  const acronym = /\s*\([A-Z][A-Za-z.&-]{1,9}\)\s*$/.exec(text.slice(lastClose, cue.verbStart));
  const verbAt = acronym ? cue.verbStart - acronym[0].length : cue.verbStart;
  const pre = text.slice(lastClose, verbAt) + (acronym ? ' ' : ''); // lastClose is at most WINDOW before the cue
  if (/according\s+to\s+[^,;]*$/i.test(pre)) return undefined;
  let phrase: SpeakerPhrase | undefined;
  let role: string | null = null;
  let speakerFrom = -1;
  const appositive = /,\s*$/.test(pre) ? findAppositive(text, lastClose, cue.verbStart) : undefined;
  if (appositive) {
    phrase = appositive.phrase;
    role = appositive.role || null;
    const roleAt = appositive.role ? text.lastIndexOf(appositive.role, appositive.phrase.start) : -1;
    speakerFrom = roleAt !== -1 && roleAt < appositive.phrase.start ? roleAt : appositive.phrase.start;
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
      speakerFrom = text.lastIndexOf(',', cue.start) >= lastClose ? text.lastIndexOf(',', cue.start) : cue.start;
      const appositiveRole = /^,\s*((?:a|an|the)\s[^,.;]{1,200}|\p{Ll}[^,.;]{1,200})/u.exec(head(text, nameEnd, unit.end));
      role = appositiveRole ? appositiveRole[1]!.trim() : null;
    }
  }
  if (!phrase || (phrase.kind === 'organization' && /\bGlobal Times\b/.test(phrase.name) && cue.verb !== 'reported')) return undefined;
  const speaker = phrase.kind === 'pronoun' ? resolver.resolvePronoun(phrase, tail(text, unit.start, phrase.start)) : undefined;

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
  if (asForm) return { cue, speaker: resolved, from: unit.start, content: { start: skipComma(text, cue.end, unit.end), end: unit.end }, after: true };

  const that = prepositionalLead.exec(afterTrim);
  const quoteFollows = /^[:,]?\s*[“"‘]/.test(afterTrim);
  const strongVerb = reportingVerbs.has(cue.verb) || cue.verb === 'saying';
  const clauseFollows = !subordinateLead.test(afterTrim) && /^[\p{L}\p{N}]/u.test(afterTrim) && (clauseVerbs.has(cue.verb) || cue.verb === 'saying' || (clauseSubject.test(afterTrim) && modalSoon.test(afterTrim)));
  // Content before the speaker needs a comma between them ("…, X said"), not "… that X hopes".
  const beforeIsQuote = beforeLength > 0 && spans.length > 0 && coversOnly(beforeRange, spans[0]!, text);
  const hasBefore = beforeIsQuote || (beforeLength > 0 && !(beforeLength < 200 && isAdverbial(text.slice(unit.start, beforeEnd))) && /(?:[,—–]|[,.!?]?[”"’])\s*$/.test(tail(text, unit.start, speakerFrom, 8)));
  const coordinated = speakerFrom < cue.verbStart && /^\s*(?:and|but)\b/.test(head(text, speakerFrom, cue.verbStart, 8));
  if (inverted) return { cue, speaker: resolved, from: speakerFrom, content: beforeLength > 0 ? beforeRange : null, after: false };
  if (that) return { cue, speaker: resolved, from: speakerFrom, content: { start: afterOffset + that[0].length, end: unit.end }, after: true, coordinated };
  if (quoteFollows) return { cue, speaker: resolved, from: speakerFrom, content: { start: afterOffset + (/^[:,]?\s*/.exec(afterTrim)?.[0].length ?? 0), end: unit.end }, after: true, split: beforeIsQuote ? beforeRange : undefined };
  if ((!hasBefore || coordinated) && clauseFollows) return { cue, speaker: resolved, from: speakerFrom, content: { start: afterOffset, end: unit.end }, after: true, coordinated };
  // "…, X said." / "…, officials confirmed on Monday." — nothing but circumstances may follow the cue.
  const closesSentence = afterTrim === '' || /^[.!?,;:)\]”"’]/.test(afterTrim) || subordinateLead.test(afterTrim);
  if (hasBefore && (strongVerb || thatVerbs.has(cue.verb)) && (closesSentence || strongVerb)) return { cue, speaker: resolved, from: speakerFrom, content: beforeRange, after: false };
  return { cue, speaker: resolved, from: speakerFrom, content: null, after: false };
}

/** "Song Wei, a professor from …, told": the name before an appositive that ends right before the cue. */
function findAppositive(text: string, from: number, to: number): { phrase: SpeakerPhrase; role: string } | undefined {
  const segments: Range[] = [];
  let at = from;
  for (const m of text.slice(from, to).matchAll(/,\s*/g)) {
    segments.push({ start: at, end: from + m.index });
    at = from + m.index + m[0].length;
  }
  for (let k = segments.length - 2; k >= Math.max(0, segments.length - 5); k--) {
    const segment = segments[k]!;
    const next = segments[k + 1]!;
    if (!appositiveStart.test(text.slice(next.start, next.end))) continue;
    // "Sen. Dale Hutchins, R-Lancaster, who …": a party-district tag or an age is not the name.
    if (/^\s*(?:[A-Z]-[\p{L} .]+|\d{1,3})\s*$/u.test(text.slice(segment.start, segment.end))) continue;
    const phrase = speakerPhraseAtEnd(text.slice(segment.start, segment.end), segment.start);
    if (phrase && (phrase.kind === 'person' || phrase.kind === 'organization') && phrase.start === segment.start + leadingSpace(text, segment)) {
      return { phrase, role: text.slice(next.start, segments[segments.length - 1]!.end) };
    }
    if (phrase && (phrase.kind === 'person' || phrase.kind === 'organization')) return { phrase, role: text.slice(next.start, segments[segments.length - 1]!.end) };
  }
  // "The company's chief executive, Ngozi Okafor, said" / "Diallo, 22, said": the name stands last, maybe after its role.
  let k = segments.length - 1;
  while (k >= 1 && /^\s*(?:\d{1,3}|[A-Z]-[\p{L} .]+)\s*$/u.test(text.slice(segments[k]!.start, segments[k]!.end))) k--;
  const last = segments[k];
  if (!last) return undefined;
  const phrase = speakerPhrase(text.slice(last.start, last.end), last.start);
  if (!phrase || (phrase.kind !== 'person' && phrase.kind !== 'organization')) return undefined;
  const previous = segments[k - 1];
  const roleText = previous ? text.slice(previous.start, previous.end).trim() : '';
  const role = /^(?:the|his|her|its|their|our)\s|[’']s\s/i.test(roleText) && roleText.split(/\s+/).length <= 8 ? roleText : '';
  return { phrase, role };
}

function leadingSpace(text: string, range: Range): number {
  return /^\s*/.exec(text.slice(range.start, range.end))![0].length;
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
  const words = [...text.slice(unit.start, Math.min(unit.end, unit.start + 200)).matchAll(/[\p{L}\p{N}][\p{L}\p{N}’'.-]*/gu)];
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
  s = s.replace(/(?:[’']s)?\s+(?:website|site|account|statement|report|data)\s*$/i, '').replace(/\s*\([^()]{1,20}\)/g, (m) => ' '.repeat(m.length)).trimEnd();
  if (!s) return undefined;
  return { start, end: start + s.length };
}

function fallbackPhrase(text: string, range: Range): SpeakerPhrase {
  const mention = text.slice(range.start, range.end).replace(/\s+$/, '');
  const name = mention.replace(/^(?:the|a|an)\s+/i, '');
  const kind = looksLikeOrganization(name) ? 'organization' : /^\p{Ll}/u.test(name) || name.split(/\s+/).some((w) => groupNouns.has(w.toLowerCase())) ? 'group' : 'person';
  return { kind, mention, start: range.start, end: range.start + mention.length, name, role: null };
}

function findClauseEnd(text: string, from: number, to: number): number {
  const m = /[,;.!?“”"]|\s[—–]\s/.exec(head(text, from, to, 200));
  // Keep "(MOFCOM)" and abbreviations like "Co." inside.
  return m ? from + m.index : to;
}

function skipComma(text: string, from: number, to: number): number {
  const comma = text.indexOf(',', from);
  return comma === -1 || comma >= to ? from : comma + 1;
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

const titledPerson =
  /(?:\p{Lu}[\p{L}’'.-]*\s+){0,4}(?:President|Premier|Minister|Secretary|Ambassador|Mayor|Governor|Chancellor|Chairman|CEO|Spokesperson|spokesperson|Envoy|Senator|Director|Professor|King|Queen)(?:\s+(?:of|to)\s+(?:the\s+)?\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*)?){0,2}(?:\s+\p{Lu}[\p{L}’'-]*){1,3}/gu;
// Two to three proper-cased words ("Marta Quispe", "Winnie Lau Ka-yee"): candidates for later surnames.
const looseName = /\p{Lu}\p{Ll}+(?:-\p{Ll}+)?(?:\s+\p{Lu}\p{Ll}+(?:-\p{Ll}+)?){1,2}/gu;
const organizationRun = /(?:\p{Lu}[\p{L}’'&-]*)(?:\s+(?:of|for|and|the|in)?\s*\p{Lu}[\p{L}’'&-]*){0,7}/gu;

/** Notes people introduced with a title and organisations named in a paragraph. */
function noteMentions(text: string, resolver: SpeakerResolver): void {
  for (const m of text.matchAll(looseName)) resolver.noteName(m[0]);
  for (const m of text.matchAll(titledPerson)) {
    const phrase = speakerPhraseAtEnd(m[0], m.index);
    if (phrase?.kind === 'person') resolver.notePerson(phrase.name, phrase.role);
  }
  for (const m of text.matchAll(organizationRun)) {
    // "Serbia Zijin Copper DOO in Bor": a place after the name is not part of it.
    const run = m[0].replace(/[’']s$|\.$/u, '').replace(/^(.*?\b(?:\p{Lu}[\p{L}.&-]*))\s+in\s+.*$/u, (all, head: string) => (looksLikeOrganization(head.split(/\s+/).pop()!) ? head : all));
    if (!looksLikeOrganization(run)) continue;
    const phrase = speakerPhrase(run, m.index);
    if (phrase?.kind === 'organization') {
      const subject = /(?:^|[.!?]\s+)$/.test(text.slice(Math.max(0, m.index - 3), m.index)) || m.index === 0;
      resolver.noteOrganization(phrase.name, subject);
    }
  }
}

