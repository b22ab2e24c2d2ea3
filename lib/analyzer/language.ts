import { allMatches } from './patterns';
import type { Span, TextLanguage } from './types';

/** High-frequency Russian words as typed in Latin letters. */
const TRANSLIT =
  /^(?:zdravstvuyte|privet|posylka|tovar|zakaz|dengi|verni|vernite|vernut|prishla|poluchil|trek|proshu|vozvrat|ne|eto|ochen|pochemu|gde|uzhe|kogda|spasibo|pozhaluysta|mne|menya|vy|vas|ya|chto|kak|otpravili|slomana|razmer|blyat|suka|pizdec|nahui|moshenniki|rabotaet|prodavets)$/;
/**
 * Frequent English words. Transliterated Russian has next to none of them (under one word in ten in every labelled
 * text), English has at least one word in five; brand names and model numbers count for neither.
 */
const ENGLISH = new Set(
  (
    'a an the and or but to of in on at for from with by about as into is are was were be been being am it its i my me ' +
    'we our us you your he his she her they them their this that these those have has had do does did not no yes can ' +
    'could will would should may might must please refund send sent money order ordered item received arrived one two ' +
    'after before when what why how where who which there here so if just only all any very got get still like want ' +
    'need work works broken doesn don didn isn wasn won photo photos video attached ' +
    'box package parcel seller store shop product day days week first time again back new same other than then out up ' +
    'more much some never'
  ).split(' '),
);
/** Letters and endings that English words seldom have and Russian ones typed in Latin often do. */
const RUSSIAN_SHAPE = /(?:zh|kh|shch|ya|yu|yy|iy|oj|yj)|(?:ogo|ego|aya|uyu|ykh|ikh|sya)$/;
const MAX_ENGLISH_SHARE = 0.12;
const MIN_LATIN_WORDS = 4;
const CYRILLIC = /[а-яё]/i;
const LATIN = /[a-z]/i;
// Runs of letters: every one counts as a word of the text; only those of two letters or more decide its language.
const WORDS = /\p{L}+/gu;

export interface LanguageReport {
  language: TextLanguage;
  translit: Span[];
  /** Words in the minority script when that script is more than a sprinkling of brand names. */
  mixed: Span[];
  /** Runs of letters in the text, one-letter words included. */
  wordCount: number;
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
  let english = 0;
  const words = allMatches(WORDS, text);
  for (const match of words) {
    const word = match[0];
    if (word.length < 2) continue;
    const span = { start: match.index, end: match.index + word.length };
    if (CYRILLIC.test(word)) {
      cyrillic.push(span);
      cyrillicLetters += word.length;
    } else if (LATIN.test(word)) {
      latinCount++;
      latinLetters += word.length;
      const lower = word.toLowerCase();
      if (word === lower) latinLower.push(span);
      if (ENGLISH.has(lower)) english++;
      else if (TRANSLIT.test(lower) || RUSSIAN_SHAPE.test(lower)) translit.push(span);
    } else otherCount++;
  }
  if (cyrillic.length === 0 && latinCount === 0)
    return { language: otherCount > 0 ? 'other' : 'en', translit: [], mixed: [], wordCount: words.length };
  if (latinLetters > cyrillicLetters) {
    const isTranslit =
      latinCount >= MIN_LATIN_WORDS && english < latinCount * MAX_ENGLISH_SHARE && translit.length >= 2;
    if (isTranslit) return { language: 'ru', translit, mixed: minority(cyrillic, latinCount), wordCount: words.length };
    return { language: 'en', translit: [], mixed: minority(cyrillic, latinCount), wordCount: words.length };
  }
  return { language: 'ru', translit: [], mixed: minority(latinLower, cyrillic.length), wordCount: words.length };
}

function minority(words: Span[], majorityCount: number): Span[] {
  return words.length >= 3 && words.length >= (words.length + majorityCount) * 0.15 ? words : [];
}
