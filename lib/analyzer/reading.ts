import { flatten } from './flatten';
import { analyseLanguage, type LanguageReport } from './language';
import { sentenceFeatures, type SentenceFeatures } from './learned/features';
import { reportedSpans } from './reported';
import { transliterate, type Transliteration } from './translit';
import type { Span } from './types';

/** A draft's text in the forms the rules and the model read it. All spans are offsets into the text. */
export interface Reading extends LanguageReport {
  /** Lower-case, look-alike letters read as ours; same offsets as the text. */
  flat: string;
  words: ReturnType<typeof flatten>['words'];
  /** `flat` with commas between words read as spaces ("верните, пожалуйста, деньги"); same offsets. */
  lex: string;
  /** For transliterated Russian: `lex` and `flat` read in Cyrillic, with the map back onto the text. */
  cyrillic?: Transliteration & { flat: string; reported: Span[] };
  /** What the yes/no questions read: `lex`, and its Cyrillic reading when there is one. */
  readable: string;
  /** What the seller wrote, quoted as evidence. */
  reported: Span[];
}

export function readText(text: string): Reading {
  const { flat, words } = flatten(text);
  const language = analyseLanguage(text);
  // A comma inside a number ("6,50") stays.
  const lex = /,\s/.test(flat) ? flat.replace(/,(?=\s)/g, ' ') : flat;
  const ownReported = reportedSpans(flat);
  if (language.translit.length === 0) return { ...language, flat, words, lex, readable: lex, reported: ownReported };
  const transliteration = transliterate(lex);
  const cyrillicFlat = transliterate(flat).text;
  const cyrillicReported = reportedSpans(cyrillicFlat);
  return {
    ...language,
    flat,
    words,
    lex,
    cyrillic: { ...transliteration, flat: cyrillicFlat, reported: cyrillicReported },
    readable: `${lex}\n${transliteration.text}`,
    reported: [...ownReported, ...cyrillicReported.map(transliteration.sourceSpan)],
  };
}

/**
 * A finder's spans in the text and, for transliterated Russian, in its Cyrillic reading, mapped back. The finder gets
 * the `lex` and the `flat` form of the same reading.
 */
export function findInReading(reading: Reading, find: (lex: string, flat: string) => Span[]): Span[] {
  const { cyrillic } = reading;
  const found = find(reading.lex, reading.flat);
  return cyrillic ? [...found, ...find(cyrillic.text, cyrillic.flat).map(cyrillic.sourceSpan)] : found;
}

/**
 * The buyer's own sentences as the learned model reads them (quoted seller speech left out). Transliterated Russian
 * is read in Cyrillic, as the model was taught; its sentences are mapped back onto the text. Stems not `known` stand
 * as one rare-word feature.
 */
export function modelSentences(reading: Reading, known?: ReadonlySet<string>): SentenceFeatures[] {
  const { cyrillic } = reading;
  if (!cyrillic) return sentenceFeatures(reading.lex, reading.reported, known);
  return sentenceFeatures(cyrillic.text, cyrillic.reported, known).map((sentence) => ({
    ...sentence,
    span: cyrillic.sourceSpan(sentence.span),
  }));
}
