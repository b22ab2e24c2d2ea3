import type { Span } from '../types';

/** A sentence of the text and the features the learned model reads in it. */
export interface SentenceFeatures {
  span: Span;
  features: string[];
}

const SENTENCE = /[^.!?\n…]+[.!?\n…]*/g;
const WORD = /[\p{L}\p{N}*@$]+/gu;
const STEM_LENGTH = 5;

/**
 * Word stems (a word's first letters: Russian endings vary, the start carries the meaning) and pairs of neighbouring
 * stems, per sentence. Reads the flattened text, so look-alike letters and masks are already undone; the parts in
 * `skip` (what the seller wrote, quoted) are not the buyer's words and are left out.
 */
export function sentenceFeatures(flat: string, skip: readonly Span[]): SentenceFeatures[] {
  const own = skip.reduce(
    (text, span) => text.slice(0, span.start) + ' '.repeat(span.end - span.start) + text.slice(span.end),
    flat,
  );
  const sentences: SentenceFeatures[] = [];
  for (const match of own.matchAll(SENTENCE)) {
    const stems = [...match[0].matchAll(WORD)].map((word) => word[0].slice(0, STEM_LENGTH));
    if (stems.length === 0) continue;
    const features = new Set<string>();
    for (let i = 0; i < stems.length; i++) {
      features.add(stems[i]!);
      if (i > 0) features.add(`${stems[i - 1]} ${stems[i]}`);
    }
    const lead = match[0].length - match[0].trimStart().length;
    const span = { start: match.index + lead, end: match.index + match[0].trimEnd().length };
    sentences.push({ span, features: [...features] });
  }
  return sentences;
}

/** Every feature of the text's sentences once, for a model that rates the whole text. */
export function textFeatures(sentences: readonly SentenceFeatures[]): string[] {
  return [...new Set(sentences.flatMap((sentence) => sentence.features))];
}
