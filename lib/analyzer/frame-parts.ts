import { allMatches, firstIndex, matches, spansOf, type Scannable } from './patterns';
import type { Span } from './types';

/**
 * What the insult and threat frames share: the sentences of a text, the clause around a part found in it, and where
 * a frame's other parts are in that clause. A frame needs two or three parts in one sentence, each an open family of
 * words, because phrase lists tuned to examples kept missing new wordings.
 */

/** Where each sentence of the text starts and ends. */
export function sentencesOf(text: string): Span[] {
  const sentences: Span[] = [];
  for (const match of allMatches(/[^.!?\n]+[.!?\n]*/g, text)) {
    sentences.push({ start: match.index, end: match.index + match[0].length });
  }
  return sentences;
}

export function sentenceAt(sentences: readonly Span[], offset: number): Span {
  return sentences[sentenceIndex(sentences, offset)] ?? { start: 0, end: offset };
}

/** Binary search: the first sentence that ends after `offset`. */
export function sentenceIndex(sentences: readonly Span[], offset: number): number {
  let low = 0;
  let high = sentences.length - 1;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sentences[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * How far from a frame's first part its other parts are looked for. A sentence is usually much shorter; the bound
 * keeps a text without full stops (or 100 KB of one phrase) from being rescanned whole for every part found in it.
 */
export const REACH = 240;

/** The sentence around a span, cut to `REACH` characters either side of it. */
export function clauseAround(sentences: readonly Span[], span: Span): Span {
  const sentence = sentenceAt(sentences, span.start);
  return { start: Math.max(sentence.start, span.start - REACH), end: Math.min(sentence.end, span.end + REACH) };
}

export const has = (pattern: Scannable, text: string) => matches(pattern, text);
/** One span from the first part of a frame to its last, so the highlight covers the words that make it. */
export const cover = (first: Span, last: Span): Span => ({
  start: Math.min(first.start, last.start),
  end: Math.max(first.end, last.end),
});

export function lastIndexOf(pattern: Scannable, text: string): number {
  const spans = spansOf(pattern, text);
  return spans.length > 0 ? spans[spans.length - 1]!.start : -1;
}

export function firstIndexOf(pattern: Scannable, text: string): number {
  const index = firstIndex(pattern, text);
  return index < 0 ? Infinity : index;
}
