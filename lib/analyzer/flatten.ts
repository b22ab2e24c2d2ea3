import { ASCII_TO_CYRILLIC, TO_CYRILLIC, TO_LATIN } from './confusables';
import { allMatches } from './patterns';
import type { Token } from './tokens';

/** One character to the character it imitates. Maps: building them is cheap, unlike objects with hundreds of keys. */
type CharTable = ReadonlyMap<string, string>;

const LATIN_TO_CYRILLIC: CharTable = table({
  a: 'а',
  b: 'в',
  c: 'с',
  e: 'е',
  h: 'н',
  k: 'к',
  m: 'м',
  o: 'о',
  p: 'р',
  t: 'т',
  u: 'и',
  x: 'х',
  y: 'у',
  '0': 'о',
  '3': 'з',
  '4': 'ч',
  '6': 'б',
  '@': 'а',
  $: 'с',
});
const LEET_TO_LATIN: CharTable = table({
  '0': 'o',
  '1': 'i',
  '3': 'e',
  '4': 'a',
  '5': 's',
  '@': 'a',
  $: 's',
  // Cyrillic look-alikes inside a Latin word ("shіt" with a Ukrainian і).
  а: 'a',
  в: 'b',
  е: 'e',
  і: 'i',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  ѕ: 's',
});

function table(entries: Record<string, string>): CharTable {
  return new Map(Object.entries(entries));
}

/** Letters of other scripts that Unicode lists as look-alikes of ours (Greek "χ", "π", Armenian "օ"…). */
function pairs(list: string): Map<string, string> {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < list.length; i += 2) map.set(list[i]!, list[i + 1]!);
  return map;
}
const OTHER_TO_CYRILLIC: CharTable = pairs(TO_CYRILLIC);
const OTHER_TO_LATIN: CharTable = pairs(TO_LATIN);
/**
 * Readings that are right for a swear word but too loose for the rest of the text, whose flattened form also feeds the
 * learned model: every ASCII look-alike that Unicode lists ("r" of "г"), and by hand, lower-case "n" in the shape of
 * "п" (italic or handwritten), "9" as "я" turned around (бл9) and "1" as the stroke of "і" (п1здец).
 */
const LATIN_TO_CYRILLIC_WIDE: CharTable = new Map([
  ...pairs(ASCII_TO_CYRILLIC),
  ...LATIN_TO_CYRILLIC,
  ['n', 'п'],
  ['9', 'я'],
  ['1', 'и'],
]);
// In the wide reading, a look-alike that Unicode lists only under a Latin letter is read, inside a Cyrillic word, as
// the Cyrillic letter that Latin letter imitates: Armenian "ո" is "n", so "ոиздец" is "пиздец".
const OTHER_TO_CYRILLIC_WIDE: CharTable = new Map([
  ...[...OTHER_TO_LATIN].flatMap(([char, latin]) => {
    const cyrillic = LATIN_TO_CYRILLIC_WIDE.get(latin);
    return cyrillic ? [[char, cyrillic] as const] : [];
  }),
  ...OTHER_TO_CYRILLIC,
]);
const NO_TABLE: CharTable = new Map();
const LOOK_ALIKES = [...new Set([...OTHER_TO_CYRILLIC.keys(), ...OTHER_TO_LATIN.keys()])]
  .join('')
  .replace(/[\\\]^-]/g, '\\$&');

/**
 * A lower-case word of our alphabets, including masking characters inside it: `х*й`, `п!зд@ц`, `a$$`. Letters of
 * other scripts split words; nothing we look for is written in them.
 */
const OUR_CHARS = 'a-zа-яёіїєґѕ0-9*@$#_';
const WORD = new RegExp(`[${OUR_CHARS}]+(?:!+[${OUR_CHARS}]+)*`, 'g');
// With look-alikes of other scripts inside words; its long character class is slower, so it runs only on texts
// that have a character outside our alphabets and the usual punctuation.
const WIDE_WORD = new RegExp(`[${OUR_CHARS}${LOOK_ALIKES}]+(?:!+[${OUR_CHARS}${LOOK_ALIKES}]+)*`, 'g');
const UNUSUAL = /[^\s\u0020-\u007f\u0400-\u045f«»—–№₽…“”„‘’]/;
// Our Cyrillic: Ukrainian-Byelorussian "і", Macedonian "ѕ" and Serbian "ј" are counted as look-alikes of Latin letters
// instead, so "ѕhіt" is read as a Latin word; inside a Cyrillic word they keep their meaning.
const CYRILLIC = /[а-яёєїґ]/u;
const LATIN = /\p{Script=Latin}/u;
const DIGIT = /\d/;
const LEET_SYMBOL = /[$@]/;
const OUR_LETTERS_ONLY = /^(?:[a-z0-9*@$#_!]+|[а-яё0-9*@$#_!]+)$/;
// "3шт", "6см", "4gb", "3-й": a number glued to its unit or ending, not a digit standing in for a letter.
const NUMBER_WITH_UNIT =
  /^\d+(?:шт|см|мм|кг|гб|мб|мл|мач|вт|руб|дн|мес|[гмлрчйхея]|gb|mb|tb|mm|cm|kg|pcs|mah|w|v|th|st|nd|rd|x)$/u;

export interface FlatText {
  flat: string;
  /** The words of `flat` with their offsets, collected in the same pass. */
  words: Token[];
}

/**
 * A lower-cased copy of the text with the same length, so every offset found in it is an offset into the original.
 * Inside words that are mostly Cyrillic, Latin look-alikes and digits used as letters become the Cyrillic letters
 * they imitate ("мошeнники", "6ля"), so one set of Russian patterns sees through the disguise.
 */
export function flatten(text: string): FlatText {
  const lower = lowerKeepingLength(text);
  const words: Token[] = [];
  let flat = '';
  let copied = 0;
  for (const match of allMatches(UNUSUAL.test(text) ? WIDE_WORD : WORD, lower)) {
    const word = match[0];
    const start = match.index;
    // Every token gets the same fields, so the loops over them see one object shape.
    if (PLAIN_WORD.test(word)) {
      words.push({ start, end: start + word.length, word, rewritten: false });
      continue;
    }
    const rewritten = rewriteWord(word);
    words.push({ start, end: start + word.length, word: rewritten, rewritten: true });
    // Most texts have no disguised word: the lower-case text is then the flat text, with no copy.
    if (rewritten !== word) {
      flat += lower.slice(copied, start) + rewritten;
      copied = start + word.length;
    }
  }
  return { flat: copied === 0 ? lower : flat + lower.slice(copied), words };
}

// Inside a word, a symbol or an emoji stands for hidden letters («пи🌸дец», «бл€ть»: masks), and an accented Latin "e"
// next to Cyrillic letters for "е" («уëбки»).
const SYMBOL_IN_WORD = /(?<=[а-яёa-z])(?:[\p{Extended_Pictographic}\p{So}\p{Sc}]\ufe0f?)+(?=[а-яёa-z])/gu;
const ACCENTED_E_BY_CYRILLIC = /(?<=[а-яё])[ëéèê]|[ëéèê](?=[а-яё])/g;
// A euro sign opening a Cyrillic word is its shape, «е» («€бантяй»); between letters it stays a mask.
const EURO_OPENING_A_WORD = /(?<![а-яёa-z0-9])€(?=[а-яё])/g;
// Between Cyrillic letters, ASCII signs that are no letter's look-alike hide letters too («х%рня», «п^здец»).
const ASCII_MASK_IN_CYRILLIC = /(?<=[а-яё])[%&^~+=]+(?=[а-яё])/g;

function withMasks(lower: string): string {
  const unusual = UNUSUAL.test(lower);
  if (!unusual && !ASCII_MASK_IN_CYRILLIC.test(lower)) return lower;
  ASCII_MASK_IN_CYRILLIC.lastIndex = 0;
  if (!unusual) return lower.replace(ASCII_MASK_IN_CYRILLIC, (signs) => '*'.repeat(signs.length));
  return lower
    .replace(ASCII_MASK_IN_CYRILLIC, (signs) => '*'.repeat(signs.length))
    .replace(EURO_OPENING_A_WORD, 'е')
    .replace(SYMBOL_IN_WORD, (symbols) => '*'.repeat(symbols.length))
    .replace(ACCENTED_E_BY_CYRILLIC, 'е');
}

function lowerKeepingLength(text: string): string {
  const lower = withMasks(text.toLowerCase());
  if (lower.length === text.length) return lower.replaceAll('ё', 'е');
  // A few characters grow when lower-cased (İ → i̇); keep those as they are so offsets stay true.
  let out = '';
  for (const char of text) {
    const lowered = char.toLowerCase();
    out += lowered.length === char.length ? lowered : char;
  }
  return out.replaceAll('ё', 'е');
}

// Most words are plain lower-case Cyrillic, Latin or digits: nothing in them imitates anything else.
const PLAIN_WORD = /^(?:[а-яе]+|[a-z]+|\d+)$/;

/**
 * Maps look-alike letters and digits inside one lower-case word; the result has the same length. `wide` adds the
 * readings above that only the obscene-word reader uses.
 */
export function rewriteWord(word: string, wide = false): string {
  let cyrillic = 0;
  let latin = 0;
  let digits = 0;
  let others = 0;
  for (const char of word) {
    if (OTHER_TO_CYRILLIC.has(char) || OTHER_TO_LATIN.has(char)) others++;
    else if (CYRILLIC.test(char)) cyrillic++;
    else if (LATIN.test(char)) latin++;
    else if (DIGIT.test(char)) digits++;
  }
  // Widely, leet in a Latin word may have as many digits as letters ("5h1t"); model codes have more ("rtx3060", "a52").
  const leet = wide && latin >= 2 && cyrillic === 0 && digits === latin;
  const digitsAreLetters = (digits < Math.max(cyrillic, latin) || leet) && !NUMBER_WITH_UNIT.test(word);
  // Letters of other scripts are read only inside a word of ours: a Greek word stays Greek. A word written wholly in
  // compatibility forms of our letters (fullwidth "ｆｕｃｋ", circled "ⓕⓤⓒⓚ") is ours: NFKC folds it back.
  if (cyrillic + latin === 0 && others > 0) {
    const folded = word.normalize('NFKC').toLowerCase();
    if (folded.length === word.length && OUR_LETTERS_ONLY.test(folded)) return folded;
  }
  const othersAre = cyrillic + latin > 0 ? undefined : NO_TABLE;
  if (cyrillic > 0 && cyrillic >= latin) {
    const [latinTable, otherTable] = wide
      ? [LATIN_TO_CYRILLIC_WIDE, OTHER_TO_CYRILLIC_WIDE]
      : [LATIN_TO_CYRILLIC, OTHER_TO_CYRILLIC];
    return mapChars(word, latinTable, digitsAreLetters, othersAre ?? otherTable);
  }
  // "a$$", "b!tch" have a single Latin letter besides the symbols.
  if (latin >= 2 || (latin > 0 && (others > 0 || LEET_SYMBOL.test(word))))
    return mapChars(word, LEET_TO_LATIN, digitsAreLetters, othersAre ?? OTHER_TO_LATIN);
  return word;
}

function mapChars(word: string, table: CharTable, withDigits: boolean, others: CharTable): string {
  let out = '';
  for (const char of word) {
    const mapped = table.get(char) ?? others.get(char);
    out += mapped && (withDigits || !DIGIT.test(char)) ? mapped : char;
  }
  return out;
}
