import { allMatches } from './patterns';
export interface Token {
  start: number;
  end: number;
  /** The flattened word (see flatten.ts). */
  word: string;
  /** Joined from single letters (`с у к а`); its letters are not mapped yet. */
  spelledOut?: boolean;
  /** Not plain letters of one alphabet: look-alikes, digits or symbols were read inside it. */
  rewritten?: boolean;
  /** Read from a disguise (digits for a syllable, an abbreviation): also checked against name-calling roots. */
  disguised?: boolean;
  /**
   * Joined across dots inside the word (`пи.здец`, `бл.ядь`): read only when none of its parts is a swear
   * word on its own. `masked` is the same word with each run of hiding dots as masks, for the mask search (`пи..ец`).
   */
  joined?: boolean;
  masked?: string;
}

// A comma before a space ends the run: «вы с у к и, я вам писала» spells суки, then «я» starts a clause.
const SINGLE_LETTER_GAP = /^(?:[\s.\-_*]{1,3}|,|[\s.\-_*]?,[.\-_*]?)$/u;

// Letters joined by underscores (`с_у_к_а`) read as one word with masks; they spell the word, like spaced letters.
const UNDERSCORED = /^(?:[^_]_){2,}[^_]$/;

/** The word spelled by letters joined with underscores (`с_у_к_а` is «сука»); any other word as it is. */
export function unspelled(word: string): string {
  return UNDERSCORED.test(word) ? word.replaceAll('_', '') : word;
}

/**
 * Joins runs of single letters (`с у к а`, `F.U.C.K`, `с_у_к_а`) into one word, so they are read as the word they
 * spell. In "a F U C K I N G joke" the lower-case "a" before the capitals is the article, not the word's first letter.
 */
export function mergeSpelledOut(words: readonly Token[], flat: string, text = flat): Token[] {
  const merged: Token[] = [];
  let i = 0;
  while (i < words.length) {
    if (UNDERSCORED.test(words[i]!.word)) {
      merged.push({ ...words[i]!, word: unspelled(words[i]!.word), spelledOut: true });
      i++;
      continue;
    }
    let j = i;
    while (
      j + 1 < words.length &&
      words[j]!.word.length === 1 &&
      words[j + 1]!.word.length === 1 &&
      SINGLE_LETTER_GAP.test(flat.slice(words[j]!.end, words[j + 1]!.start))
    ) {
      j++;
    }
    if (j - i >= 3 && wordBeforeCapitals(text, words[i]!.start, words[i + 1]!.start)) {
      merged.push(words[i]!);
      i++;
    }
    if (j - i >= 2) {
      const run = words.slice(i, j + 1);
      merged.push({
        start: run[0]!.start,
        end: run[run.length - 1]!.end,
        word: run.map((token) => token.word).join(''),
        spelledOut: true,
      });
      i = j + 1;
    } else {
      merged.push(words[i]!);
      i++;
    }
  }
  return merged;
}

const LOWER_CASE = /^\p{Ll}$/u;
const UPPER_CASE = /^\p{Lu}$/u;

function wordBeforeCapitals(text: string, first: number, second: number): boolean {
  return LOWER_CASE.test(text[first] ?? '') && UPPER_CASE.test(text[second] ?? '');
}

// Digits read as a syllable: "3,14" is "пи" (на3.14здили), "100" is "сто".
const SYLLABLE = /(?<![а-яёa-z0-9])([а-яё]*)(3[.,]14|100)([а-яё]+)/gi;
const SYLLABLES: Record<string, string> = { '3.14': 'пи', '3,14': 'пи', '100': 'сто' };
// A dotted or dashed abbreviation of a mat word (п…ц, х-ня, б..дь, е**ные, на…й, б...я), read as the word it stands
// for; a bare "я" ends only бля and хуйня.
const ABBREVIATION =
  /(?<![а-яa-z0-9])(?:(п|пи|х|ху|б|бл|е|на|нах)[.*…-]{1,5}(?:ц|дец|й|ня|ню|ни|ней|дь|ять|ядь|ть|ный|ная|ное|ные|ных|ать|ут|ал|ли|ло|лан)|(б|бл|х|ху)[.*…]{1,5}я)(?![а-яa-z0-9])/g;
const ABBREVIATED: Record<string, string> = { п: 'пиздец', х: 'хуйня', б: 'блядь', е: 'ебаный', н: 'нахуй' };
// A mat word cut to its first letters and trailed off (ни х…, на х..., бл...): the letters and the dots are the word.
const TRAILED_OFF = /(?<![а-яa-z0-9])(?:(ни|на|до|по) (х)|(бл|пи|ху))(?:\.{2,}|…)(?![а-яa-z0-9])/g;
const TRAILED: Record<string, string> = {
  ни: 'нихуя',
  на: 'нахуй',
  до: 'дохуя',
  по: 'похуй',
  бл: 'блядь',
  пи: 'пиздец',
  ху: 'хуйня',
};
// English abbreviations and minced forms of an obscenity: p.o.s. (piece of shit), s.o.b., stfu, gtfo, a-hole, f-ing,
// mofo; each is read as the word it stands for, so name-calling and exclamations keep their meaning.
const ENGLISH_ABBREVIATION =
  /(?<![a-z.])(?<!\d\s?)(?:(p\.o\.s\.?|s\.o\.b\.?|stfu|gtfo)|(a-holes?|a\*\*holes?)|(f-?ing|f-in|f'in'?|f'ing)|(mofos?|mf(?:ers?|s)?|m-?f-?ers?))(?![a-z])/g;
// «Пшла нх», «иди нх»: нах without its vowel, after the verb that sends someone away.
const SENT_OFF_SHORT =
  /(?<![а-яa-z])(?:иди|идите|пош[её]л|пошла|пошли|пшл|пш[её]л|пшла|пшли|вали|валите|катись|катитесь) нх(?![а-яa-z0-9])/g;
// A single capital standing for the word: "полное Г" (говно), "полная Ж".
const INITIAL =
  /(?<![а-яa-z])(?:полн(?:ое|ая|ый)|как(?:ое|ая)-то|настоящ(?:ее|ая)|сплошн(?:ое|ая)|редкое|редкая) ([гж])(?![а-яa-z0-9])/g;
const INITIALS: Record<string, string> = { г: 'говно', ж: 'жопа' };
const MAX_DISGUISED = 20;

/** Words written with syllable digits or as abbreviations, read as the word they stand for; spans cover the disguise. */
export function disguisedTokens(text: string, flat: string): Token[] {
  const found: Token[] = [];
  // Read in the original text: flattening has already turned digits inside words into letters.
  if (/3[.,]14|100/.test(text)) {
    for (const match of allMatches(SYLLABLE, text)) {
      if (found.length === MAX_DISGUISED) break;
      const word = `${match[1]}${SYLLABLES[match[2]!]}${match[3]}`.toLowerCase().replaceAll('ё', 'е');
      found.push({ start: match.index, end: match.index + match[0].length, word, disguised: true });
    }
  }
  if (/[.*…-]/.test(flat)) {
    for (const match of allMatches(ABBREVIATION, flat)) {
      if (found.length === MAX_DISGUISED) break;
      const start = (match[1] ?? match[2])![0]!;
      found.push({ start: match.index, end: match.index + match[0].length, word: ABBREVIATED[start]! });
    }
  }
  if (/ [гж](?![а-яa-z0-9])/.test(flat)) {
    for (const match of allMatches(INITIAL, flat)) {
      const start = match.index + match[0].length - 1;
      found.push({ start, end: start + 1, word: INITIALS[match[1]!]! });
    }
  }
  if (/(?:\.\.|…)/.test(flat)) {
    for (const match of allMatches(TRAILED_OFF, flat)) {
      if (found.length === MAX_DISGUISED) break;
      // The span starts at the cut word, not at the preposition before it.
      const start = match[2] ? match.index + match[1]!.length + 1 : match.index;
      found.push({ start, end: match.index + match[0].length, word: TRAILED[match[1] ?? match[3]!]! });
    }
  }
  if (/stfu|gtfo|\.o\.|-ho|\*ho|f-?in|f'|mofo|mf/.test(flat)) {
    for (const match of allMatches(ENGLISH_ABBREVIATION, flat)) {
      if (found.length === MAX_DISGUISED) break;
      const word = match[2] ? 'asshole' : match[3] ? 'fucking' : match[4] ? 'motherfucker' : 'shit';
      found.push({ start: match.index, end: match.index + match[0].length, word });
    }
  }
  if (/ нх(?![а-яa-z0-9])/.test(flat)) {
    for (const match of allMatches(SENT_OFF_SHORT, flat)) {
      const start = match.index + match[0].length - 2;
      found.push({ start, end: start + 2, word: 'нахуй', disguised: true });
    }
  }
  found.push(...dottedWords(flat));
  if (HIDDEN.test(flat)) found.push(...hiddenBreaks(flat));
  if (LATIN_LETTER.test(flat) && mostlyCyrillic(flat)) found.push(...typedInEnglishLayout(flat));
  return found;
}

// A Russian word typed with the English keyboard layout on («[eqyz» for «хуйня», «gbpltw» for «пиздец»): in a text
// written in Russian, a run of Latin keys is also read as the Russian letters on the same keys.
const ENGLISH_KEYS = "qwertyuiop[]asdfghjkl;'zxcvbnm,.`";
const RUSSIAN_KEYS = 'йцукенгшщзхъфывапролджэячсмитьбюё';
const LATIN_LETTER = /[a-z]/;
// A leading comma or full stop is «б» or «ю» when a key follows at once («,kznm» for «блять»).
const KEY_RUN =
  /(?<![a-z0-9[\];'`,.])(?:[,.](?=[a-z[\];'`]))?[a-z[\];'`](?:[a-z[\];'`,.]*[a-z[\];'`])?(?![a-z0-9[\];'`])/g;
const MIN_KEYS = 3;

function mostlyCyrillic(flat: string): boolean {
  let cyrillic = 0;
  let latin = 0;
  for (let i = 0; i < flat.length; i++) {
    const code = flat.charCodeAt(i);
    if (code >= 0x430 && code <= 0x451) cyrillic++;
    else if (code >= 97 && code <= 122) latin++;
  }
  return cyrillic > 2 * latin;
}

function typedInEnglishLayout(flat: string): Token[] {
  const tokens: Token[] = [];
  for (const match of allMatches(KEY_RUN, flat)) {
    if (match[0].length < MIN_KEYS) continue;
    const word = [...match[0]].map((key) => RUSSIAN_KEYS[ENGLISH_KEYS.indexOf(key)]).join('');
    tokens.push({ start: match.index, end: match.index + match[0].length, word, disguised: true });
    if (tokens.length === MAX_DISGUISED) break;
  }
  return tokens;
}

// Characters that show nothing (soft hyphen, zero-width space, joiner, word joiner, BOM) or are drawn over the letter
// before them (f̶u̶c̶k̶): flattening splits words at them, so a word hidden this way is put back together without them.
const HIDDEN_CHAR = '(?:[\\u00ad\\u200b-\\u200d\\u2060\\ufeff]|[\\u0300-\\u036f])';
const HIDDEN = new RegExp(HIDDEN_CHAR);
const HIDDEN_ALL = new RegExp(HIDDEN_CHAR, 'g');
const HIDDEN_BREAK = new RegExp(`[a-zа-я0-9*@$]+(?:${HIDDEN_CHAR}+[a-zа-я0-9*@$]*)+`, 'g');

function hiddenBreaks(flat: string): Token[] {
  const found: Token[] = [];
  for (const match of allMatches(HIDDEN_BREAK, flat)) {
    if (found.length === MAX_DOTTED) break;
    // Read in the flattened text, where each piece has had its look-alikes mapped already.
    const word = match[0].replace(HIDDEN_ALL, '');
    found.push({ start: match.index, end: match.index + match[0].length, word, joined: true });
  }
  return found;
}

// A swear word broken by dots after its first letters (пи.здец, пи..ец, бл.ядь, sh.it): the fragment must begin a mat
// or English root, so initials, units and run-together sentences ("е.бутылка", "мм.удачный", "is.hit") stay apart.
const DOTTED =
  /(?<![а-яa-z0-9.…])(?:ху|хуй|пи|пиз|пе|пез|бл|бля|еб|у|уе|уеб|су|сук|му|муд|пид|го|гов|fu|fuc|sh|shi|bi|bit|cu|cun)(?:\.{1,3}|…)[а-яa-z]+(?:(?:\.{1,3}|…)[а-яa-z]+)*(?![а-яa-z0-9])/g;
const MAX_DOTTED = 20;

function dottedWords(flat: string): Token[] {
  const found: Token[] = [];
  if (/[а-яa-z](?:\.{1,3}|…)[а-яa-z]/.test(flat)) {
    for (const match of allMatches(DOTTED, flat)) {
      if (found.length === MAX_DOTTED) break;
      const [text] = match;
      const word = text.replace(/[.…]/g, '');
      // One dot only separates; two or more, or an ellipsis, also hide letters (пи..ец).
      const masked = text.replace(/\.{2,3}|…/g, (dots) => '*'.repeat(dots.length)).replaceAll('.', '');
      const token: Token = { start: match.index, end: match.index + text.length, word, joined: true };
      found.push(masked.includes('*') ? { ...token, masked } : token);
    }
  }
  return found;
}
