import type { Paragraph } from '../../model/article';
import type { Quote, Speaker, Term } from '../../model/quote';
import { sentences } from '../../text/sentences';
import type { ExtractionInput } from '../input';
import { findCues, type Cue } from './cues';
import { clauseVerbs, reportingVerbs, termMarkers } from './lexicon';
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
}

const clauseStart = /^(?:that(?:\s*,)?\s+)?/;
const prepositionalLead = /^(?:(?:on|in|at|during|after|before|from|with|to|while|when|ahead|last|this|earlier|later|recently|again|also|separately|publicly|then|once|over|via|through|under|by)\b[^,;:“"]{0,120}?\s+)?that(?:\s*,)?\s+/;
const subordinateLead = /^(?:on|in|at|during|after|before|from|with|while|when|as|ahead|last|this|earlier|later|over|via|through|under|by|to|without|amid|despite|citing|according)\b/i;
const clauseSubject = /^(?:he|she|it|they|we|i|there|this|these|those|the|a|an|its|his|her|their|our|some|many|no|all)\b/i;
const modalSoon = /^(?:\S+\s+){0,5}?(?:would|could|will|can|may|might|should|must|is|are|was|were|has|have|had)\b/i;
const activeNaming =
  /(?<![-\w])(?:(?:referr(?:ed|ing)|refers)\s+to\s+(?!as\b)[^,;“"]{1,80}?\s+as(?:\s+(?:a|an|the))?|(?<!(?:is|was|be|been|being|are|were)\s)(?:called|calls|calling|described|describes|describing|dubbed|branded|labell?ed|termed|praised|praising|hailed|dismissed|denounced|slammed|criticized|criticised)\s+(?!as\b)[^,;“"]{0,80}?(?:\s+as)?(?:\s+(?:a|an|the|its|their|his|her))?)\s*$/i;
const appositiveStart = /^(?:a|an|the)\s|^\p{Ll}/u;
const wordCount = (text: string) => (text.match(/[\p{L}\p{N}]+/gu) ?? []).length;

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

  for (const unit of unitsOf(text, spans)) {
    const unitSpans = spans.filter((s) => s.open >= unit.start && s.open < unit.end);
    const attributions: Attribution[] = [];
    for (const cue of findCues(masked, unit.start, unit.end)) {
      const a = attribute(cue, text, unit, unitSpans, resolver);
      if (!a) continue;
      attributions.push(a);
      // Later pronouns in the same sentence ("…, and they hoped") refer to this speaker.
      if (a.content && a.speaker) resolver.commit(a.speaker);
    }
    cutContents(attributions, text, unit);

    const owned = new Set<Attribution>();
    for (const span of unitSpans) {
      const content = { start: span.start, end: span.end };
      if (content.end <= content.start) continue;
      const before = text.slice(unit.start, span.open);
      const naming = activeNaming.exec(before);
      const marked = termMarkers.test(before) && !naming;
      const tokens = wordCount(text.slice(span.start, span.end));
      const owner = attributions.find((a) => a.content && coversOnly(a.content, span, text));
      const host = owner ? undefined : attributions.find((a) => a.content && a.content.start <= span.open && a.content.end >= span.start);

      if (marked && !owner) {
        terms.push({ id: '', ...base, text: text.slice(span.start, span.end), start: span.start, end: trimTermEnd(text, span) });
        continue;
      }
      if (owner) {
        owned.add(owner);
        attributedInParagraph = true;
        const direct = span.continued || (isSentenceStart(text, unit.start, span.open) || /[:,]\s*$/.test(text.slice(owner.cue.end, span.open))) && /^[\p{Lu}\p{N}‘'"]/u.test(text.slice(span.start));
        quotes.push(quote(base, direct ? 'direct' : 'partial', text, content, owner.cue, owner.speaker));
        continue;
      }
      if (host && tokens > 1) {
        quotes.push(quote(base, 'partial', text, content, host.cue, host.speaker));
        continue;
      }
      if (naming && tokens > 0) {
        const subject = speakerPhraseAtEnd(before.slice(0, naming.index), unit.start) ?? subjectOf(text, unit);
        const speaker = subject ? resolver.resolve(subject, null) : null;
        const verb = /\b[\p{L}]+/u.exec(naming[0])!;
        const cueStart = unit.start + naming.index + verb.index;
        quotes.push(quote(base, 'partial', text, content, { type: 'verb', start: cueStart, end: cueStart + verb[0].length, verbStart: cueStart, verb: verb[0] }, speaker));
        continue;
      }
      const wholeUnit = isSentenceStart(text, unit.start, span.open) && /^[\s.,!?;:)\]]*$/.test(text.slice(span.close + 1, unit.end));
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
      if (content && wordCount(text.slice(content.start, content.end)) >= 3 && !insideQuote(content, unitSpans)) {
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
  const lastClose = spans.filter((s) => s.close < cue.start).reduce((at, s) => Math.max(at, s.close + 1), unit.start);

  if (cue.type === 'according') {
    const sourceEnd = findClauseEnd(text, cue.end, unit.end);
    const source = cleanSource(text, cue.end, sourceEnd);
    if (!source) return undefined;
    const phrase = speakerPhrase(text.slice(source.start, source.end), source.start) ?? fallbackPhrase(text, source);
    const speaker = resolver.resolve(phrase, null);
    const atStart = /^\s*$/.test(text.slice(unit.start, cue.start));
    let content: Range;
    if (atStart) content = { start: skipComma(text, sourceEnd, unit.end), end: unit.end };
    else if (/,\s*$/.test(text.slice(unit.start, cue.start)) && /^[\s.!?;]*$/.test(text.slice(sourceEnd, unit.end))) content = { start: unit.start, end: text.lastIndexOf(',', cue.start) };
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
    const rest = text.slice(cue.end, unit.end).replace(/^\s+/, '');
    const lead = cue.verb === 'telling' ? /^[^,;:“"]{0,60}?\bthat\s+/.exec(rest) : prepositionalLead.exec(rest);
    const clause = lead ? unit.end - rest.length + lead[0].length : cue.end;
    return { cue, speaker: null, from: cue.start, content: lead || cue.verb === 'saying' ? { start: clause, end: unit.end } : null, after: true };
  }

  // Reporting verbs.
  const pre = text.slice(lastClose, cue.verbStart);
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
  if (!phrase && /(?:^|[,”"’])\s*$/.test(pre) && reportingVerbs.has(cue.verb)) {
    const nameEnd = findClauseEnd(text, cue.end, unit.end);
    const inverted = speakerPhrase(text.slice(cue.end, nameEnd), cue.end);
    if (inverted && inverted.kind !== 'pronoun') {
      phrase = inverted;
      speakerFrom = text.lastIndexOf(',', cue.start) >= lastClose ? text.lastIndexOf(',', cue.start) : cue.start;
      const appositiveRole = /^,\s*((?:a|an|the)\s[^,.;]+|\p{Ll}[^,.;]+)/u.exec(text.slice(nameEnd, unit.end));
      role = appositiveRole ? appositiveRole[1]!.trim() : null;
    }
  }
  if (!phrase || (phrase.kind === 'organization' && /\bGlobal Times\b/.test(phrase.name) && cue.verb !== 'reported')) return undefined;
  const speaker = phrase.kind === 'pronoun' ? resolver.resolvePronoun(phrase, text.slice(unit.start, phrase.start)) : resolver.resolve(phrase, role);

  const afterText = text.slice(cue.end, unit.end);
  const afterTrim = afterText.replace(/^\s+/, '');
  const afterOffset = unit.end - afterTrim.length;
  const beforeContent = text.slice(unit.start, speakerFrom).replace(/[\s,]+$/, '');
  const asForm = /^\s*As\s+$/i.test(text.slice(unit.start, phrase.start)) && /^\s*,/.test(afterText);
  if (asForm) return { cue, speaker, from: unit.start, content: { start: skipComma(text, cue.end, unit.end), end: unit.end }, after: true };

  const that = prepositionalLead.exec(afterTrim);
  const quoteFollows = /^[:,]?\s*[“"‘]/.test(afterTrim);
  const strongVerb = reportingVerbs.has(cue.verb) || cue.verb === 'saying';
  const clauseFollows = !subordinateLead.test(afterTrim) && /^[\p{L}\p{N}]/u.test(afterTrim) && (clauseVerbs.has(cue.verb) || cue.verb === 'saying' || (clauseSubject.test(afterTrim) && modalSoon.test(afterTrim)));
  const hasBefore = beforeContent.length > 0 && !isAdverbial(beforeContent);
  const coordinated = speakerFrom < cue.verbStart && /^\s*(?:and|but)\b/.test(text.slice(speakerFrom, cue.verbStart));
  if (that) return { cue, speaker, from: speakerFrom, content: { start: afterOffset + that[0].length, end: unit.end }, after: true, coordinated };
  if (quoteFollows) return { cue, speaker, from: speakerFrom, content: { start: afterOffset + (/^[:,]?\s*/.exec(afterTrim)?.[0].length ?? 0), end: unit.end }, after: true, ...(hasBefore ? {} : {}) };
  if ((!hasBefore || coordinated) && clauseFollows) return { cue, speaker, from: speakerFrom, content: { start: afterOffset, end: unit.end }, after: true, coordinated };
  if (hasBefore && strongVerb) return { cue, speaker, from: speakerFrom, content: { start: unit.start, end: unit.start + beforeContent.length }, after: false };
  return { cue, speaker, from: speakerFrom, content: null, after: false };
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
    const phrase = speakerPhraseAtEnd(text.slice(segment.start, segment.end), segment.start);
    if (phrase && (phrase.kind === 'person' || phrase.kind === 'organization') && phrase.start === segment.start + leadingSpace(text, segment)) {
      return { phrase, role: text.slice(next.start, segments[segments.length - 1]!.end) };
    }
    if (phrase && (phrase.kind === 'person' || phrase.kind === 'organization')) return { phrase, role: text.slice(next.start, segments[segments.length - 1]!.end) };
  }
  // "The company's chief executive, Ngozi Okafor, said" / "Diallo, 22, said": the name stands last, maybe after its role.
  let k = segments.length - 1;
  if (k >= 1 && /^\s*\d{1,3}\s*$/.test(text.slice(segments[k]!.start, segments[k]!.end))) k--;
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
  sorted.forEach((a, i) => {
    if (!a.content || !a.after) return;
    const later = sorted.slice(i + 1).find((b) => (!b.after || b.coordinated) && b.from > a.content!.start);
    if (later && later.from < a.content.end) a.content.end = later.from;
  });
  // Participles report for the speaker of the attribution before them, or the sentence's subject.
  sorted.forEach((a, i) => {
    if (a.cue.type !== 'participle') return;
    const previous = sorted.slice(0, i).reverse().find((b) => b.speaker);
    if (previous) a.speaker = previous.speaker && { ...previous.speaker };
    else {
      const subject = subjectOf(text, unit);
      if (subject) a.speaker = { name: subject.name, type: subject.kind === 'organization' ? 'organization' : subject.kind === 'group' ? 'group' : 'person', mention: subject.mention, start: subject.start, end: subject.end, role: subject.role };
    }
  });
}

/** The capitalised noun phrase a sentence opens with ("Chinese Vice President Han Zheng"). */
function subjectOf(text: string, unit: Range): SpeakerPhrase | undefined {
  const m = /^[\s“"]*((?:[\p{Lu}][\p{L}’'.-]*|of|to|for|and|the|spokesperson|spokesman|spokeswoman)(?:\s+(?:[\p{Lu}][\p{L}’'.-]*|of|to|for|and|the|spokesperson|spokesman|spokeswoman)){0,10})/u.exec(text.slice(unit.start, unit.end));
  if (!m) return undefined;
  const start = unit.start + m[0].length - m[1]!.length;
  return speakerPhraseAtEnd(m[1]!, start);
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
  const kind = looksLikeOrganization(name) ? 'organization' : /^\p{Ll}/u.test(name) ? 'group' : 'person';
  return { kind, mention, start: range.start, end: range.start + mention.length, name, role: null };
}

function findClauseEnd(text: string, from: number, to: number): number {
  const m = /[,;.!?“”"]|\s[—–]\s/.exec(text.slice(from, to));
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
  return /^[\s“"‘(]*$/.test(text.slice(unitStart, at));
}

/** The content covers the quotation and nothing else but punctuation. */
function coversOnly(content: Range, span: QuotedSpan, text: string): boolean {
  if (content.start > span.open + 1 || content.end < span.start) return false;
  const outside = text.slice(content.start, span.open) + text.slice(Math.min(span.close + 1, content.end), content.end);
  return /^[\s.,;:!?—–-]*$/.test(outside);
}

function insideQuote(range: Range, spans: QuotedSpan[]): boolean {
  return spans.some((s) => range.start >= s.open && range.end <= s.close + 1);
}

function trimContent(text: string, range: Range): Range | undefined {
  let { start, end } = range;
  const lead = clauseStart.exec(text.slice(start, end).replace(/^\s+/, ''));
  start += /^\s*/.exec(text.slice(start, end))![0].length + (lead ? lead[0].length : 0);
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
  for (const s of sentences(text)) {
    const last = units[units.length - 1];
    const crossing = last && spans.some((q) => q.open < last.end && q.close >= last.end);
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
const organizationRun = /(?:\p{Lu}[\p{L}’'.&-]*)(?:\s+(?:of|for|and|the|in)?\s*\p{Lu}[\p{L}’'.&-]*){0,7}/gu;

/** Notes people introduced with a title and organisations named in a paragraph. */
function noteMentions(text: string, resolver: SpeakerResolver): void {
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

