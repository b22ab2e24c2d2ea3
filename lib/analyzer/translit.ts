/** Russian typed in Latin letters, back in Cyrillic, so the content rules can read it ("posylka ne prishla"). */
const DIGRAPHS: [string, string][] = [
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
  ['iy', 'ий'],
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

/** Works on lower-case text; offsets do not survive, so use it only for yes/no questions. */
export function translitToCyrillic(lower: string): string {
  let out = '';
  let i = 0;
  outer: while (i < lower.length) {
    for (const [latin, cyrillic] of DIGRAPHS) {
      if (lower.startsWith(latin, i)) {
        out += cyrillic;
        i += latin.length;
        continue outer;
      }
    }
    const char = lower[i]!;
    out += char === 'y' ? (VOWELS.test(out) ? 'й' : 'ы') : (LETTERS[char] ?? char);
    i++;
  }
  return out;
}
