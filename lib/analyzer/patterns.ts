import type { Span } from './types';

/**
 * Compiles alternatives that must stand as whole words. `\b` is ASCII-only in JavaScript even with `u`, so word
 * edges are lookarounds on letters and digits. `\w+` inside a pattern stands for "any word ending" and is rewritten
 * to letters, so stems work for Cyrillic too.
 */
export function wordPattern(alternatives: readonly string[]): RegExp {
  const body = alternatives.join('|').replaceAll('\\w', '\\p{L}');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'gu');
}

export function spansOf(pattern: RegExp, text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(pattern)) {
    if (match[0].length > 0) spans.push({ start: match.index, end: match.index + match[0].length });
  }
  return spans;
}

export function sortSpans(spans: Span[]): Span[] {
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** `test` and `exec` on a global pattern move its `lastIndex`; these leave it at zero for the next caller. */
export function matches(pattern: RegExp, text: string): boolean {
  return firstIndex(pattern, text) >= 0;
}

export function firstIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const match = pattern.exec(text);
  pattern.lastIndex = 0;
  return match ? match.index : -1;
}
