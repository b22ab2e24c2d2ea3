import type { Span } from './types';

/** Russian typed in Latin letters, back in Cyrillic, so the rules and the model can read it ("posylka ne prishla"). */
const DIGRAPHS: [string, string][] = [
  // The soft sign is often left out: "dengi", "tolko".
  ['ngi', 'ньги'],
  ['lko', 'лько'],
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['ya', 'я'],
  ['yu', 'ю'],
  ['yo', 'е'],
  ['yy', 'ый'],
];
const LETTERS: Record<string, string> = {
  a: 'а',
  b: 'б',
  v: 'в',
  g: 'г',
  d: 'д',
  e: 'е',
  z: 'з',
  i: 'и',
  j: 'й',
  k: 'к',
  l: 'л',
  m: 'м',
  n: 'н',
  o: 'о',
  p: 'п',
  r: 'р',
  s: 'с',
  t: 'т',
  u: 'у',
  f: 'ф',
  h: 'х',
  c: 'ц',
  w: 'в',
  q: 'к',
  x: 'кс',
  "'": 'ь',
};
const VOWELS = /[аеиоуыэюя]$/;
const LATIN_VOWEL = /[aeiouy]/;

export interface Transliteration {
  text: string;
  /** The span of the Latin text that a span of `text` was read from, so findings point at the buyer's words. */
  sourceSpan: (span: Span) => Span;
}

/** Reads lower-case Latin text as Cyrillic; every other character stays where it was. */
export function transliterate(lower: string): Transliteration {
  let text = '';
  // For each Cyrillic character, where the Latin letters it came from start and end.
  const from: number[] = [];
  const to: number[] = [];
  const emit = (cyrillic: string, start: number, end: number) => {
    text += cyrillic;
    for (let k = 0; k < cyrillic.length; k++) {
      from.push(start);
      to.push(end);
    }
  };
  let i = 0;
  outer: while (i < lower.length) {
    for (const [latin, cyrillic] of DIGRAPHS) {
      if (lower.startsWith(latin, i)) {
        emit(cyrillic, i, i + latin.length);
        i += latin.length;
        continue outer;
      }
    }
    const char = lower[i]!;
    // "y" and "i" after a vowel are most often "й": "pomenyayte", "pomenyaite", "rvanoi".
    const shortI = VOWELS.test(text) && (char === 'y' || (char === 'i' && !LATIN_VOWEL.test(lower[i + 1] ?? '')));
    emit(shortI ? 'й' : char === 'y' ? 'ы' : (LETTERS[char] ?? char), i, i + 1);
    i++;
  }
  const sourceSpan = (span: Span): Span =>
    span.end <= span.start
      ? { start: from[span.start] ?? lower.length, end: from[span.start] ?? lower.length }
      : { start: from[span.start]!, end: to[span.end - 1]! };
  return { text, sourceSpan };
}
