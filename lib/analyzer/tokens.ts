export interface Token {
  start: number;
  end: number;
  /** The flattened word (see flatten.ts). */
  word: string;
}

const SINGLE_LETTER_GAP = /^[\s.\-_*,]{1,3}$/u;

/** Joins runs of single letters (`с у к а`, `F.U.C.K`) into one word, so they are read as the word they spell. */
export function mergeSpelledOut(words: readonly Token[], flat: string): Token[] {
  const merged: Token[] = [];
  let i = 0;
  while (i < words.length) {
    let j = i;
    while (
      j + 1 < words.length &&
      words[j]!.word.length === 1 &&
      words[j + 1]!.word.length === 1 &&
      SINGLE_LETTER_GAP.test(flat.slice(words[j]!.end, words[j + 1]!.start))
    ) {
      j++;
    }
    if (j - i >= 2) {
      const run = words.slice(i, j + 1);
      merged.push({
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        word: run.map((token) => token.word).join(''),
      });
      i = j + 1;
    } else {
      merged.push(words[i]!);
      i++;
    }
  }
  return merged;
}
