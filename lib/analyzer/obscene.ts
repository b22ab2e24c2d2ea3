import { TO_CYRILLIC_ALT } from './confusables';
import { rewriteWord } from './flatten';
import type { Token } from './tokens';
import type { Span } from './types';

/**
 * Russian mat and English obscenities, matched on roots rather than listed forms, in every disguise: look-alike
 * letters and digits (handled by flatten), masks (`х*й`, `п!зд@ц`), stretched letters, spelled-out words and
 * transliteration. `interjection` marks the words that also signal emotion (блять, пиздец, fucking).
 */
interface Root {
  pattern: RegExp;
  interjection?: boolean;
  /** Obscene words that are also names for a person (мудак, asshole): they are insults too. */
  nameCalling?: boolean;
  /** Name-calling without an obscene root (д*бил, у.р.о.д.ы): read only when masked or spelled out. */
  notObscene?: boolean;
}

const RUSSIAN_ROOTS: Root[] = [
  { pattern: /^муд(?:ак|ач|ил)|^пидор|^пидар|^долбоеб|^уеб(?:ок|ки|ан|ищ)|^г[ао]ндон|^чм(?:о|ы)$/, nameCalling: true },
  { pattern: /^п[ие][зс]д[еаоы]ц|^пиздос/, interjection: true },
  { pattern: /п[ие]зд/ },
  { pattern: /^[оа]ху[еи]/, interjection: true },
  { pattern: /ху[йяию]|хуе[вн]|хуета|хуеч/ },
  // Minced forms that still read as the mat word: ёпт (ё… твою), нах (на…), звиздец (…дец), сцуко.
  { pattern: /^(?:е|йо)п(?:т|та|ть|тыть|тать)$|^зв[ие]зд[еаоы]ц|^нах$|^сцук/, interjection: true },
  { pattern: /^(?:на|по|)хер(?:$|н|а$|ов|ом|у$)/ },
  { pattern: /пид[оеа]?р/ },
  { pattern: /^бл[яэ](?:$|д|т|ск)/, interjection: true },
  { pattern: /^(?:за|до)еб/, interjection: true },
  {
    pattern:
      /^(?:за|на|вы|от|до|по|про|у|съ|подъ|разъ|рас|раз|пере|при|объ|въ|изъ|недо|долбо|)еб(?:у(?:ч|т|$)|и|ну|ет|ыв|ал|ан|ат|ли|ло|ла|ок|ош|ля|он|ищ)/,
  },
  { pattern: /^сук(?:а|и|у|ой|ами|ах|ин|ины|ину)$|^суч(?:ка|ки|ара|ий|ье|ьи)/ },
  { pattern: /г[ао]вн/ },
  { pattern: /дерьм|шлюх|з[ао]луп|жоп/ },
  { pattern: /^чм(?:о|ы|ошн)/ },
  { pattern: /^(?:за|об|вы|на|)сра(?:н|ть|л|ч)/ },
  { pattern: /^м[ао]нд(?:а|ы|у|ой|ец)$/ },
];

// Innocent words that contain a root above: застрахую, хлебать, колебаться, херес, скипидар, ебонит, сучки (knots).
const RUSSIAN_ALLOWED = /страху|хлеб|колеб|греб|скреб|херес|херсон|скипидар|ебонит|^сучк(?:и|ов|ами|ах)$|^бляш|^бляха/;

/** Mat written without its vowels: пздц, хйня, нхй, блть. Read only in words that have no vowel at all. */
const VOWELLESS = /^(?:пзд|хйн|хй$|нхй|бл[тд]ь?$)/;
const VOWEL = /[аеиоуыэюя]/;

/** Name-calling roots, for masked or spelled-out words only; plain ones are read in context by abuse-phrases. */
const INSULT_ROOTS: Root[] = [
  {
    pattern:
      /^(?:идиот|дебил|дибил|кретин|урод|дегенерат|придур|ублюд|мраз[ьи]|твар[ьи]|сволоч|скотин|тупиц|тупорыл|недоум|быдл|дур(?:ак|ач|ёх|ех|ищ)|ушл[её]п|утыр|чушпан|олух|остолоп|болван|бестолоч|idiot|moron|retard|imbecil|loser|jerk|dumbass|scum|muppet)/,
    nameCalling: true,
    notObscene: true,
  },
];

const ENGLISH_ROOTS: Root[] = [
  {
    pattern:
      /^a+s{2,}h+o+l+e+s*$|^bastards?$|^cunts?$|^dick(?:s|head|heads)?$|^cocksuckers?$|^pricks?$|^bitch(?:es)?$|^motherf/,
    nameCalling: true,
  },
  { pattern: /^f+u+c+k+i+n|^wtf$/, interjection: true },
  { pattern: /f+u+c+k|^f+c+k|^fu+k(?:ing|in|ed)?$|^fk$/ },
  { pattern: /s+h+i+t+(?!ak)/ },
  { pattern: /^a+s{2,}(?:h+o+l+e+s*|e+s)?$|^(?:dumb|jack|smart|kiss|bad)a+s{2,}$/ },
  { pattern: /b+i+t+c+h/ },
  { pattern: /^cocks?$/ },
  { pattern: /^(?:bull|horse)?crap(?:py|s)?$|^piss(?:ed)?$|^slut|^whores?$/ },
];

const TRANSLIT_ROOTS: Root[] = [
  { pattern: /^bl(?:ya|ia|ja|e)(?:t|d)?$|^blyat|^blyad/, interjection: true },
  { pattern: /^p[ie]zdec|^p[ie]zdets|^p[ie]zdos/, interjection: true },
  { pattern: /^(?:za|do)y?eb/, interjection: true },
  { pattern: /^s+u+k+(?:a|i|y|u)$|p[ie]zd|^(?:na|po|ni)?k?h(?:ui|uy|uj|uinya|uynya|ujnya|uev\w*|uet\w*)$/ },
  { pattern: /^(?:na|vy|ot|po|pro|u|pere|raz|ob)?y?eb(?:a[tln]|u(?:ch|t|$)|i|nu|et|lo|lan)/ },
  { pattern: /^mudak|^pid[oa]?r|^g[ao]vn|^chm[oy]$/ },
];

// One test per word first; the list is searched only to tell which root it was.
const anyOf = (roots: readonly Root[]) => new RegExp(roots.map((root) => root.pattern.source).join('|'));
const ANY_RUSSIAN_ROOT = anyOf(RUSSIAN_ROOTS);
const ANY_ENGLISH_ROOT = anyOf(ENGLISH_ROOTS);
const ANY_TRANSLIT_ROOT = anyOf(TRANSLIT_ROOTS);
const MASK = /[*#_!@$]/;
// Letters a mask most often hides; two masks at most, and a budget per text, keep the search small.
const FILL_CYRILLIC = [...'аеиоуыяюйлбздхснтрвкм'];
const FILL_LATIN = [...'aeiouyschk'];
const MAX_MASKS = 2;
const MASKED_WORD_BUDGET = 40;
const LATIN_WORD = /^[a-z]+$/;
const CYRILLIC_LETTER = /[а-я]/;
const DOUBLED = /([а-яa-z])\1/;
const CYRILLIC_WORD = /^[а-я]+$/;

export interface ObsceneWord {
  span: Span;
  /** False for name-calling without an obscene root, found under a mask (д*бил): an insult, not profanity. */
  obscene: boolean;
  interjection: boolean;
  nameCalling: boolean;
}

export function findObscene(tokens: readonly Token[], text: string): ObsceneWord[] {
  const found: ObsceneWord[] = [];
  let maskedBudget = MASKED_WORD_BUDGET;
  const verdicts = new Map<string, Root | undefined>();
  for (const token of tokens) {
    const raw = text.slice(token.start, token.end);
    // Spelling a word out letter by letter (`F U C K`) is shouting it.
    const spelledOut = token.spelledOut === true;
    // Spelled-out words were joined after flattening, so their letters have not been mapped yet.
    const word = spelledOut ? rewriteWord(token.word) : token.word;
    // Words repeat (и, не, товар); each is classified once per text.
    if (!verdicts.has(word)) verdicts.set(word, classify(word));
    let hit = verdicts.get(word);
    // Most words are plain letters: one test rules out masks and ambiguous look-alikes together.
    const special = !hit && (spelledOut || SPECIAL.test(raw));
    const masked = special && raw.length === word.length && MASK.test(raw);
    if (special && masked && maskedBudget-- > 0) hit = unmask(raw, word);
    if (special && !hit && (spelledOut || masked)) hit = asInsult(word);
    if (special && !hit && raw.length === word.length && ALT_LOOK_ALIKE.test(raw))
      hit = classify(secondReading(raw, word));
    if (hit) {
      found.push({
        span: { start: token.start, end: token.end },
        obscene: !hit.notObscene,
        interjection:
          !hit.notObscene &&
          ((hit.interjection ?? false) ||
            spelledOut ||
            EXCLAMATION_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start))),
        nameCalling: hit.nameCalling ?? false,
      });
    }
  }
  return found;
}

function classify(word: string): Root | undefined {
  if (CYRILLIC_LETTER.test(word)) {
    const squeezed = squeeze(word);
    if (!CYRILLIC_WORD.test(squeezed) || RUSSIAN_ALLOWED.test(word)) return undefined;
    if (!VOWEL.test(squeezed)) return VOWELLESS.test(squeezed) ? VOWELLESS_ROOT : undefined;
    if (!ANY_RUSSIAN_ROOT.test(squeezed)) return undefined;
    return RUSSIAN_ROOTS.find((root) => root.pattern.test(squeezed));
  }
  if (!LATIN_WORD.test(word)) return undefined;
  const stretched = DOUBLED.test(word) ? word.replace(/([a-z])\1\1+/g, '$1') : word;
  const squeezed = squeeze(stretched);
  if (!ANY_ENGLISH_ROOT.test(stretched) && !ANY_TRANSLIT_ROOT.test(squeezed)) return undefined;
  return (
    ENGLISH_ROOTS.find((root) => root.pattern.test(stretched)) ??
    TRANSLIT_ROOTS.find((root) => root.pattern.test(squeezed))
  );
}

const VOWELLESS_ROOT: Root = { pattern: VOWELLESS, interjection: true };

/** A masked or spelled-out word that is name-calling: `д*билы`, `у р о д ы`, `id!ots`. */
function asInsult(word: string): Root | undefined {
  const plain = word.replace(/[*#_!@$]/g, '');
  if (plain.length < 3) return undefined;
  const root = INSULT_ROOTS[0]!;
  if (root.pattern.test(squeeze(word))) return root;
  // One or two masked letters: try the usual fills against the name-calling roots only.
  const masks = [...word].flatMap((char, index) => (MASK.test(char) ? [index] : []));
  if (masks.length === 0 || masks.length > MAX_MASKS) return undefined;
  const fill = CYRILLIC_LETTER.test(word) ? FILL_CYRILLIC : FILL_LATIN;
  const chars = [...word];
  const search = (position: number): boolean => {
    if (position === masks.length) return root.pattern.test(chars.join(''));
    return fill.some((letter) => {
      chars[masks[position]!] = letter;
      return search(position + 1);
    });
  };
  return search(0) ? root : undefined;
}

const ALT: Record<string, string> = Object.fromEntries(
  Array.from({ length: TO_CYRILLIC_ALT.length / 2 }, (_, i) => [TO_CYRILLIC_ALT[2 * i]!, TO_CYRILLIC_ALT[2 * i + 1]!]),
);
const ALT_LOOK_ALIKE = new RegExp(`[${Object.keys(ALT).join('')}]`, 'i');
const SPECIAL = new RegExp(`[*#_!@$${Object.keys(ALT).join('')}]`, 'i');
// "What the f*ck", "holy sh*t", "что за хрень": the word is an exclamation.
const EXCLAMATION_BEFORE = /(?:what the|what a|holy|oh|the hell|какого|что за)\s+$/i;

/** The other letter a look-alike may stand for: "γовно" is read "уовно" first, then "говно". */
function secondReading(raw: string, word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += ALT[raw[i]!.toLowerCase()] ?? word[i];
  return out;
}

/** `сууука` → `сука`; the test first, because most words have no doubled letter at all. */
function squeeze(word: string): string {
  return DOUBLED.test(word) ? word.replace(/([а-яa-z])\1+/g, '$1') : word;
}

/** `х*йня`, `б**дь`, `f*ck`: tries the letters a mask usually hides and checks each spelling against the roots. */
function unmask(raw: string, word: string): Root | undefined {
  const masks = [...raw].flatMap((char, index) => (MASK.test(char) ? [index] : []));
  const letters = raw.length - masks.length;
  if (masks.length > MAX_MASKS || letters < 2 || raw.length !== [...raw].length) return undefined;
  const fill = CYRILLIC_LETTER.test(word) ? FILL_CYRILLIC : FILL_LATIN;
  const chars = [...word];
  const search = (position: number): Root | undefined => {
    if (position === masks.length) return classify(chars.join(''));
    for (const letter of fill) {
      chars[masks[position]!] = letter;
      const hit = search(position + 1);
      if (hit) return hit;
    }
    return undefined;
  };
  return search(0);
}
