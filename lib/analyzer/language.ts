import type { Span, TextLanguage } from './types';

/** High-frequency Russian words as typed in Latin letters; two different ones make a text transliterated. */
const TRANSLIT =
  /^(?:zdravstvuyte|privet|posylka|tovar|zakaz|dengi|verni|vernite|vernut|prishla|poluchil|trek|proshu|vozvrat|ne|eto|ochen|pochemu|gde|uzhe|kogda|spasibo|pozhaluysta|mne|menya|vy|vas|ya|chto|kak|otpravili|slomana|razmer|blyat|suka|pizdec|nahui|moshenniki|rabotaet|prodavets)$/;
const CYRILLIC = /[а-яё]/i;
const LATIN = /[a-z]/i;
const WORDS = /\p{L}{2,}/gu;

export interface LanguageReport {
  language: TextLanguage;
  translit: Span[];
  /** Words in the minority script when that script is more than a sprinkling of brand names. */
  mixed: Span[];
}

export function analyseLanguage(text: string): LanguageReport {
  const cyrillic: Span[] = [];
  const latinLower: Span[] = [];
  const translit: Span[] = [];
  let latinCount = 0;
  let otherCount = 0;
  // The majority is decided on letters, not words, so a few brand names do not outvote a Russian sentence.
  let cyrillicLetters = 0;
  let latinLetters = 0;
  for (const match of text.matchAll(WORDS)) {
    const word = match[0];
    const span = { start: match.index, end: match.index + word.length };
    if (CYRILLIC.test(word)) {
      cyrillic.push(span);
      cyrillicLetters += word.length;
    } else if (LATIN.test(word)) {
      latinCount++;
      latinLetters += word.length;
      if (word === word.toLowerCase()) latinLower.push(span);
      if (TRANSLIT.test(word.toLowerCase())) translit.push(span);
    } else otherCount++;
  }
  const distinctTranslit = new Set(translit.map((span) => text.slice(span.start, span.end).toLowerCase()));
  if (cyrillic.length === 0 && latinCount === 0)
    return { language: otherCount > 0 ? 'other' : 'en', translit: [], mixed: [] };
  if (latinLetters > cyrillicLetters) {
    const isTranslit = distinctTranslit.size >= 3 && translit.length >= latinCount * 0.2;
    if (isTranslit) return { language: 'ru', translit, mixed: minority(cyrillic, latinCount) };
    return { language: 'en', translit: [], mixed: minority(cyrillic, latinCount) };
  }
  return { language: 'ru', translit: [], mixed: minority(latinLower, cyrillic.length) };
}

function minority(words: Span[], majorityCount: number): Span[] {
  return words.length >= 3 && words.length >= (words.length + majorityCount) * 0.15 ? words : [];
}
