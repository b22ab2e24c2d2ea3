import type { Span } from '../types';

/** A sentence of the text and the features the learned model reads in it. */
export interface SentenceFeatures {
  span: Span;
  features: string[];
}

// The flattened text is lower-case and has look-alikes of our letters already read as ours. The text is read as
// words (runs of [a-zа-яёіїєґ0-9*@$]) and sentence stops (runs of [.!?\n…]); a loop over character codes does it
// without the match object a regular expression makes for every word.
const OTHER = 0;
const WORD = 1;
const STOP = 2;
function charKind(code: number): number {
  if (code < 128) {
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 42 || code === 64 || code === 36)
      return WORD;
    return code === 46 || code === 33 || code === 63 || code === 10 ? STOP : OTHER;
  }
  if (
    (code >= 0x430 && code <= 0x44f) ||
    code === 0x451 ||
    code === 0x454 ||
    code === 0x456 ||
    code === 0x457 ||
    code === 0x491
  )
    return WORD;
  return code === 0x2026 ? STOP : OTHER;
}
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
  const length = flat.length;
  let next = 0;
  while (next < length) {
    const kind = charKind(flat.charCodeAt(next));
    if (kind === OTHER) {
      next++;
      continue;
    }
    const at = next;
    while (++next < length && charKind(flat.charCodeAt(next)) === kind);
    if (kind === STOP) {
      end = start >= 0 ? next : end;
      close();
      continue;
    }
    if (skip.some((span) => at >= span.start && at < span.end)) {
      previous = '';
      continue;
    }
    const token = flat.slice(at, next);
    if (start < 0) start = at;
    end = next;
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
