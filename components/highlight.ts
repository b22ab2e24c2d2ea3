import type { Span } from '../lib/analyzer';

export interface TextPiece {
  text: string;
  marked: boolean;
}

/**
 * Cuts the parts of `text` around `spans` into plain and marked pieces, keeping `context` characters on each side
 * and joining distant parts with an ellipsis, so a finding in a long text shows only the words it is about.
 */
export function highlightPieces(text: string, spans: readonly Span[], context = 40): TextPiece[] {
  const pieces: TextPiece[] = [];
  let shownUpTo = 0;
  spans.forEach((span, index) => {
    const start = Math.max(0, Math.min(span.start, text.length));
    const end = Math.max(start, Math.min(span.end, text.length));
    const from = Math.max(shownUpTo, start - context);
    if (from > shownUpTo) pieces.push({ text: '…', marked: false });
    if (start > from) pieces.push({ text: text.slice(from, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    const next = spans[index + 1];
    const until = Math.min(text.length, end + context, next ? Math.max(end, next.start) : text.length);
    if (until > end) pieces.push({ text: text.slice(end, until), marked: false });
    shownUpTo = until;
  });
  if (spans.length > 0 && shownUpTo < text.length) pieces.push({ text: '…', marked: false });
  return pieces;
}
