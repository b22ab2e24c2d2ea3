import { allMatches } from '../patterns';
import type { Span } from '../types';

/** A sentence of the text and the features the learned model reads in it. */
export interface SentenceFeatures {
  span: Span;
  features: string[];
}

// The flattened text is lower-case and has look-alikes of our letters already read as ours.
const WORD_OR_STOP = /[a-zа-яёіїєґ0-9*@$]+|[.!?\n…]+/g;
const STOPS = '.!?\n…';
const STEM_LENGTH = 5;
const DIGITS_ONLY = /^\d+$/;
export const RARE = '?';
// Articles, prepositions, conjunctions and auxiliaries: every sentence has them, so a weight on them only adds up
// with length. Pronouns stay: who a sentence is about matters for an insult or a threat.
const FUNCTION_WORDS = new Set(
  (
    'a an the of to in on at for from by with about as into onto over under than then and or but so if that this ' +
    'these those is are was were be been being am do does did has have had will would shall should can could may ' +
    'might must it its there here very just also too not no ' +
    'и а но или да же ли ни не в во на с со к ко по о об от до из у за под над при для про без через что чтобы ' +
    'как так то это этот эта эти был была были было быть есть будет бы уже ещё еще там тут вот'
  ).split(' '),
);

/**
 * Word stems (a word's first letters: Russian endings vary, the start carries the meaning) and pairs of neighbouring
 * stems, per sentence. Reads the flattened text, so look-alike letters and masks are already undone; words inside
 * `skip` (what the seller wrote, quoted) are not the buyer's and are left out.
 */
export function sentenceFeatures(flat: string, skip: readonly Span[], known?: ReadonlySet<string>): SentenceFeatures[] {
  const sentences: SentenceFeatures[] = [];
  let features = new Set<string>();
  let previous = '';
  let start = -1;
  let end = 0;
  const close = () => {
    if (features.size > 0) sentences.push({ span: { start, end }, features: [...features] });
    features = new Set();
    previous = '';
    start = -1;
  };
  for (const match of allMatches(WORD_OR_STOP, flat)) {
    const token = match[0];
    if (STOPS.includes(token[0]!)) {
      end = start >= 0 ? match.index + token.length : end;
      close();
      continue;
    }
    const at = match.index;
    if (skip.some((span) => at >= span.start && at < span.end)) {
      previous = '';
      continue;
    }
    if (start < 0) start = at;
    end = at + token.length;
    if (FUNCTION_WORDS.has(token)) continue;
    // Numbers (sizes, dates, sums) say nothing about tone; they stand as one placeholder.
    let stem = DIGITS_ONLY.test(token) ? '#' : token.slice(0, STEM_LENGTH);
    // A word the model never saw often enough stands as "?": "you absolute ?" still says something.
    if (known && stem !== '#' && !known.has(stem)) stem = RARE;
    features.add(stem);
    if (previous) features.add(`${previous} ${stem}`);
    previous = stem;
  }
  close();
  return sentences;
}
