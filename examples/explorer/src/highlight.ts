/** A stretch of paragraph text to highlight, `[start, end)` in UTF-16 code units. */
export interface HighlightSpan {
  start: number;
  end: number;
}

/** A piece of a paragraph: plain text, or text inside a highlight. */
export interface Segment {
  text: string;
  marked: boolean;
}

/**
 * Cuts a paragraph into plain and highlighted pieces. Overlapping or touching
 * spans merge, so one `<mark>` shows each highlighted stretch and its text is
 * exactly the paragraph's slice; spans outside the text are clipped.
 *
 * @example
 * segments('Copper rose 5 percent.', [{ start: 12, end: 21 }])
 * // => [{ text: 'Copper rose ', marked: false }, { text: '5 percent', marked: true }, { text: '.', marked: false }]
 */
export function segments(text: string, spans: readonly HighlightSpan[]): Segment[] {
  const sorted = spans
    .map(({ start, end }) => ({ start: Math.max(0, start), end: Math.min(text.length, end) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const merged: HighlightSpan[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const { start, end } of merged) {
    if (start > at) out.push({ text: text.slice(at, start), marked: false });
    out.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false });
  return out;
}
