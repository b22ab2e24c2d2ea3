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
  {
    pattern:
      /^муд(?:ак|ач|ил)|^[иеё]блан|^пидор|^пидар|^д[ао]лб[ао](?:е|йо)б|^пи[зс]д[ао]бол|^уеб(?:ок|ки|ан|ищ)|^ху[её]пл[её]т|^г[ао]ндон|^чм(?:о|ы)$|хуесос|^хуил|^ебл[ао]н|^ебанат|^ебаньк|^ебантя/,
    nameCalling: true,
  },
  // The з heard as с (писдец, п$дец) is the same word.
  { pattern: /^п[ие][зс]д[еаоы]ц|^пи[зс]дос/, interjection: true },
  { pattern: /п[ие]зд/ },
  { pattern: /^[оа]ху[еи]/, interjection: true },
  // Intensifiers: "ни хуя не работает", "до хуя".
  { pattern: /^(?:ни|до|по)ху[яй]$/, interjection: true },
  { pattern: /ху[йяию]|хуе[вн]|хуета|^хует(?:ы|у|е|ой)$|^хуетен|хуеч/ },
  // Minced forms that still read as the mat word: ёпт (ё… твою), нах (на…), звиздец (…дец), сцуко.
  { pattern: /^(?:е|йо)п(?:т|та|ть|тыть|тать)$|^зв[ие]зд[еаоы]ц|^нах$|^сцук|^еб$/, interjection: true },
  // «Ёп вашу мать»: the oath cut short, with its object.
  { pattern: /^(?:е|йо)п$/, interjection: true },
  // "Заипали", "заипись", "збс": е-б softened to и-п, or cut to its consonants, still read as заебали, заебись.
  { pattern: /^(?:за|до|на|от|вы|у)ип(?:ал|ат|ыв|ись|ут|ет|ан)|^збс$/, interjection: true },
  { pattern: /^(?:на|по|)хер(?:$|н|а$|ов|ом|у$)/ },
  { pattern: /пид[оеа]?р/ },
  { pattern: /^бл[яэ](?:$|д|т|ск)/, interjection: true },
  { pattern: /^(?:за|до)еб/, interjection: true },
  // "Вы там ебанулись?", "ебнутые": gone mad, said in exasperation like "охуели".
  { pattern: /^(?:|по)еба?н(?:ул|ут)/, interjection: true },
  // "Ёбаный стыд", "е6аный роутер", "ебать какой термос", "ебучий": an intensifier in front of its noun.
  { pattern: /^еба?нн?(?:ый|ая|ое|ые|ого|ой|ому|ом|ую|ых|ым|ыми)$|^ебать$|^ебуч/, interjection: true },
  {
    pattern:
      /^(?:за|на|вы|от|отъ|до|по|про|у|съ|подъ|разъ|рас|раз|пере|при|объ|въ|взъ|изъ|недо|долбо|)еб(?:у(?:ч|т|$)|и|ну|ет|ыв|ал|ан|ат|аш|ли|ло|ла|ок|ош|ля|он|ищ)/,
  },
  // Not сучьев, сучьям, сучьях: the branches (сук, plural сучья).
  { pattern: /^сук(?:а|и|у|ой|ами|ах|ин|ины|ину)$|^суч(?:ка|ки|ара|ий|ье(?!в)|ьи)/ },
  { pattern: /г[ао]вн|^г[ао]в[её]нн?(?:ый|ая|ое|ые|ого|ой|ому|ом|ую|ых|ым|ыми)$/ },
  // жоп only at the start of a word or after a prefix: Крыжополь is a town.
  { pattern: /дерьм|шлюх|з[ао]луп|^(?:за|по|раз|полу|через|)жоп/ },
  { pattern: /^чмошн/ },
  { pattern: /^(?:за|об|вы|на|)сра(?:н|ть|л|ч)/ },
  { pattern: /^м[ао]нд(?:а|ы|у|ой|ец)$/ },
  // Oaths of the neighbours, written in Cyrillic inside Russian texts: Polish and Ukrainian «курва», Armenian «кунем».
  { pattern: /^курв(?:а|ы|у|ой|е|ам|ами)$|^кунем$/, interjection: true },
  // A Levantine oath in Russian texts written in Israel: «кус эммак».
  { pattern: /^[эе]мм?ак$/, interjection: true },
];

// Innocent words that contain a root above: застрахую, хлебать, колебаться, херес, скипидар, ебонит, сучки (knots),
// Олеговна, саговник, the verbs in -ховать (психую, штрихуйте, сплохуют), эпидермис, лапидарный, and adjectives in
// -хую (плохую, сухую, ветхую, белобрюхую), except the mat adverbs нахую, похую.
const RUSSIAN_ALLOWED =
  /хуйчжоу|хуэй|хуйнань|хуйань|хуйцзы|страху|хлеб|колеб|греб|скреб|херес|херсон|скипидар|ебонит|^сучк(?:и|ов|ами|ах)$|^бляш|^бляха|олегов|сагов|псих|штрих|плоху|эпидерм|лапидар|^(?!(?:на|по|ни|до)хую$)[а-я]{2,}хую$/;

/**
 * Mat written with vowels dropped (пздц, хйня, нхй, мдк, пдрсы, ебнтые): the stems below, each with the flags of the
 * full word. A word is read as one when it spells the stem with at least one of its vowels left out, then at most a
 * short ending, so `бинт` or `мудрый` never match `ебанут` or `мудак`.
 */
const DROPPED_VOWEL_STEMS: [string, Omit<Root, 'pattern'>][] = [
  ['пиздец', { interjection: true }],
  ['пиздеж', {}],
  ['пизд', {}],
  ['спизд', {}],
  ['распизд', {}],
  ['хуйн', {}],
  ['нахуй', {}],
  ['блять', { interjection: true }],
  ['блядь', { interjection: true }],
  ['мудак', { nameCalling: true }],
  ['мудил', { nameCalling: true }],
  ['пидорас', { nameCalling: true }],
  ['пидарас', { nameCalling: true }],
  ['пидор', { nameCalling: true }],
  ['долбоеб', { nameCalling: true }],
  ['гандон', { nameCalling: true }],
  ['ебанут', { interjection: true }],
  ['ебанул', { interjection: true }],
  ['уебан', { nameCalling: true }],
  ['уебок', { nameCalling: true }],
  ['заебал', { interjection: true }],
  ['говн', {}],
  // Name-calling without an obscene root, vowels dropped the same way (дбилы, кртины).
  ['дебил', { nameCalling: true, notObscene: true }],
  ['кретин', { nameCalling: true, notObscene: true }],
  ['дегенерат', { nameCalling: true, notObscene: true }],
];
const VOWEL = /[аеиоуыэюя]/;
const VOWEL_OR_SIGN = /[аеиоуыэюяьъ]/;
const MAX_ENDING = 4;
const INFLECTION =
  /^(?:|[аеиоуыяюь]|ые|ый|ая|ое|ой|ую|ых|ым|ого|ому|ть|л|ла|ли|ло|ся|сь|ц|ца|цы|ец|ок|ка|ки|ку|ов|ами|ах|ом|ет|ют|ут|ит|ат|ешь|ишь|ем|им|ни|ны|ной|ных|ные|ный|ная|ил|или|ила|ило|ел|ели|ела|ят|ей|яй|юк)$/;
const MAX_DROPPED_LENGTH = 13;
const DROPPED_BY_FIRST = new Map<string, [string, Root][]>();
for (const [stem, flags] of DROPPED_VOWEL_STEMS) {
  const list = DROPPED_BY_FIRST.get(stem[0]!) ?? [];
  list.push([stem, { pattern: new RegExp(`^${stem}`), ...flags }]);
  DROPPED_BY_FIRST.set(stem[0]!, list);
}

// One test per first letter rules out almost every word before the letter-by-letter walk below: the stems starting
// with that letter, each with its vowels optional.
const MAYBE_DROPPED = new Map(
  [...DROPPED_BY_FIRST].map(([first, stems]) => [
    first,
    new RegExp(`^(?:${stems.map(([stem]) => stem.replace(/[аеиоуыэюяьъ]/g, '$&?')).join('|')})[а-я]{0,${MAX_ENDING}}$`),
  ]),
);

/** The stem a word spells with some of its vowels (or soft signs) left out, if any. */
function droppedVowels(word: string): Root | undefined {
  if (word.length > MAX_DROPPED_LENGTH || !MAYBE_DROPPED.get(word[0]!)?.test(word)) return undefined;
  for (const [stem, root] of DROPPED_BY_FIRST.get(word[0]!) ?? []) {
    let i = 0;
    let skipped = 0;
    for (const letter of stem) {
      if (word[i] === letter) i++;
      else if (VOWEL_OR_SIGN.test(letter)) skipped++;
      else break;
    }
    const consumed = i + skipped === stem.length;
    // The ending is an inflection (-ые, -ть, -ли), not more of another stem: "заблудил" is not "заебал" cut short.
    const inflected = INFLECTION.test(word.slice(i));
    if (consumed && skipped > 0 && word.length - i <= MAX_ENDING && i >= 3 && inflected) return root;
    // "хй" (хуй) is the only two-letter stem worth reading; shorter words are too ambiguous.
  }
  return word === 'хй' ? VOWELLESS_ROOT : undefined;
}

/** Name-calling roots, for masked or spelled-out words only; plain ones are read in context by abuse-phrases. */
const INSULT_ROOTS: Root[] = [
  {
    pattern:
      /^(?:идиот|дебил|дибил|кретин|урод|дегенерат|придур|ублюд|мраз[ьи]|твар[ьи]|сволоч|скотин|тупиц|тупорыл|недоум|быдл|дур(?:ак|ач|ёх|ех|ищ|ынд)|ушл[её]п|утыр|чушпан|олух|остолоп|болван|бестолоч|баран|козл|козел|клоун|упыр|лох(?:и|ушк|ов)?$|лошар|балбес|жлоб|чурбан|нищеброд|безмозгл|криворук|пустоголов|ничтожеств|растяп|разгильдя|дятл|шакал|идиотк|idiot|moron|retard|imbecil|loser|jerk|dumbass|scum|muppet|clown|stupid|bozo|nitwit|halfwit|dimwit|numpt|donkey)/,
    nameCalling: true,
    notObscene: true,
  },
];

// Tagalog "putang ina", "tangina": the mother oath, no English word's root, so never a name when capitalised.
const MOTHER_OATH: Root = { pattern: /^putang(?:ina)?$|^tangina(?:mo)?$/, interjection: true };

// Jamaican "bumbaclaat", "bloodclaat": an oath, no English word's root, so never a name when capitalised.
const ISLAND_OATH: Root = { pattern: /^b[uo]mb[oa]?cla+t$|^bloodcla+t$|^rassclaa?t$/, interjection: true };

// Portuguese "Porra!": an oath, never a name when capitalised; it keeps its double r, which the translit reading
// would squeeze into Russian «пора».
const PORTUGUESE_OATH: Root = { pattern: /^porra$/, interjection: true };

const ENGLISH_ROOTS: Root[] = [
  PORTUGUESE_OATH,
  {
    pattern:
      /^a+s{2,}h+o+l+e+s*$|^bastards?$|^cunts?$|^dick(?:s|head|heads)?$|^cocksuckers?$|^pricks?$|^bitch(?:es)?$|^biatch|^motherf|^m[ou]th[ae]r?f[uv]*c*k/,
    nameCalling: true,
  },
  // Compounds of "ass" and "fuck" that name a person: a$$hat, assclowns, fvckwit.
  {
    pattern:
      /^a+s{2,}(?:hat|clown|wipe|head|face|bag|wad|kisser|licker)(?:s|es)?$|^(?:f+|ph)[uv]*c+k+(?:wit|face|head|er)s?$|^shit(?:head|bag|stain)s?$|^(?:arsehole|wanker|twat|bellend|knobhead)s?$/,
    nameCalling: true,
  },
  MOTHER_OATH,
  ISLAND_OATH,
  // Singlish "cheebye", said of people.
  { pattern: /^chee?b(?:ye|ai)s?$/, nameCalling: true },
  // The f-word spelled by its sound or with "v" for "u" (phucking, fvck), or without its vowels (fcking, fkn); below,
  // "fyck" is a Cyrillic "у" read by its shape.
  { pattern: /^(?:f+|ph)[uv]*c+k+i+n|^(?:f|ph)u+k+(?:ing|in)$|^f[uv]*c*k+i*ng?$|^wtf$/, interjection: true },
  // "fuq", "fuxxing", "shyt": letters of the same sound for "ck" and "i".
  {
    pattern:
      /(?:f+|ph)[uv]+c+k|^f+y+c+k|^f+c+k|^(?:f|ph)u+k(?:ing|in|ed|s)?$|^fk$|^f+u+(?:q|x+)k?(?:ing|in|ed|er|ers|s)?$|^s+h+y+t+(?:ty|s)?$/,
  },
  // "f0cking", "focking", "f4cking": the vowel swapped for a look-alike or a near sound ("fack" alone is a Scots word);
  // "fcuking" with two letters swapped ("fcuk" alone is a clothing brand).
  { pattern: /^f+o+c+k+(?:ing|in|ed|er|ers|s)?$|^f+a+c+k+(?:ing|in)$|^f+c+u+k+(?:ing|in|ed)$/, interjection: true },
  // Not mishit, shishito (a pepper), shiitake, shitzu, shittim or shittah (acacias).
  { pattern: /(?<!mi|shi)s+h+i+t+(?!t*(?:ak|zu|im|ah))/ },
  { pattern: /^a+s{2,}(?:h+o+l+e+s*|e+s)?$|^(?:dumb|jack|smart|kiss|bad)a+s{2,}$/ },
  { pattern: /b+i+t+c+h/ },
  { pattern: /^cocks?$/ },
  {
    pattern:
      /^(?:bull|horse)?crap(?:py|s)?$|^piss(?:ed)?$|^slut(?!ch|spurt|pris|s[aå]ld|rea|f[oö]rs|sats|ligen|station)|^whores?$|^arse$|^bollocks$|^wank(?:ing)?$/,
  },
  // South African "kak" (shit); read only after an English word that judges with it (see ENGLISH_JUDGING).
  { pattern: /^kak$/ },
];

const TRANSLIT_ROOTS: Root[] = [
  { pattern: /^bl(?:ya|ia|ja)(?:t|d)?$|^blyat|^blyad/, interjection: true },
  { pattern: /^p[ie][zs]dec|^p[ie][zs]dets|^p[ie]zdos/, interjection: true },
  // "ohueli", "oxuet", "akhuenno": охуеть and its forms, with х written h, x or kh.
  { pattern: /^[oa](?:h|x|kh)u[ie](?:l|t|v|nn?|vsh)/, interjection: true },
  { pattern: /^(?:na|po|ni|do)(?:h|x|kh)u(?:ya|ja|ia|yu|ju|iu)$/, interjection: true },
  { pattern: /^(?:za|do)y?eb/, interjection: true },
  // "dolboyoby", "dolboeb": долбоёб as it sounds.
  { pattern: /^dolbo(?:y?e|y?o|jo|io)b/, nameCalling: true },
  // Polish, Portuguese, Spanish and Italian oaths, read like Russian ones in Latin letters (a name in mid-sentence):
  // "Kurwa, again!!", "Mierda, the lamp".
  {
    pattern:
      /^kurw(?:a|y|o|ie|ami)$|^kunem$|^caralho$|^merda$|^mierda$|^joder$|^cazzo$|^(?:s|wy|za|od)?pierdal|^(?:s|wy|za|od)?pierdol|^jeban[yaeo]|^chuj(?:u|a|e|owy|owa|owe)?$/,
    interjection: true,
  },
  {
    pattern:
      /^s+u+k+(?:a|i|y|u)$|p[ie]zd|^(?:na|po|ni)?(?:k?h|x)(?:ui|uy|uj|u[iyj]n(?:ya|yu|ja|ju|e|i)|uev\w*|uet\w*|u(?:ya|yu|ja|ju|yom|jom))$/,
  },
  { pattern: /^(?:na|vy|ot|po|pro|u|pere|raz|ob)?y?eb(?:a[tln]|u(?:ch|t|$)|i|nu|et|lo|lan)/ },
  { pattern: /^mudak|^pid[oa]?r|^g[ao]vn|^chm[oy]$/ },
];

// One test per word first; the list is searched only to tell which root it was.
const anyOf = (roots: readonly Root[]) => new RegExp(roots.map((root) => root.pattern.source).join('|'));
const ANY_RUSSIAN_ROOT = anyOf(RUSSIAN_ROOTS);
const ANY_ENGLISH_ROOT = anyOf(ENGLISH_ROOTS);
const ANY_TRANSLIT_ROOT = anyOf(TRANSLIT_ROOTS);
// English words that spell a transliterated root once their doubled letters are squeezed: ebbing, Ebionite.
const TRANSLIT_ALLOWED = /^ebb|^ebion/;
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
  let insultBudget = MASKED_WORD_BUDGET;
  const verdicts = new Map<string, Root | undefined>();
  for (const token of tokens) {
    if (token.joined === true && found.some((word) => word.span.start < token.end && word.span.end > token.start))
      continue;
    const raw = text.slice(token.start, token.end);
    // Spelling a word out letter by letter (`F U C K`) is shouting it.
    const spelledOut = token.spelledOut === true;
    // Spelled-out words were joined after flattening, so their letters have not been mapped yet.
    const word = spelledOut ? rewriteWord(token.word) : token.word;
    // Words repeat (и, не, товар); each is classified once per text.
    if (!verdicts.has(word)) verdicts.set(word, classify(word));
    let hit = verdicts.get(word);
    if (!hit && token.masked !== undefined && maskedBudget-- > 0) hit = unmask(token.masked, token.masked);
    // Most words are plain letters: one test rules out masks and ambiguous look-alikes together.
    // A symbol masked by flattening (бл€ть → бл*ть) counts as a mask of the raw word.
    const maskSource = MASK.test(raw) ? raw : word;
    const special = !hit && (spelledOut || token.disguised === true || SPECIAL.test(raw) || MASK.test(word));
    const masked = special && raw.length === word.length && MASK.test(maskSource);
    if (special && masked && maskedBudget-- > 0) hit = unmask(maskSource, word);
    // The fill search tries up to a few hundred spellings, so it shares the per-text budget of the mask search.
    if (special && !hit && (spelledOut || masked || token.disguised === true) && insultBudget-- > 0)
      hit = asInsult(word, raw);
    if (special && !hit && raw.length === word.length && ALT_LOOK_ALIKE.test(raw))
      hit = classify(secondReading(raw, word));
    // A Latin letter inside a Cyrillic word may stand for the sound, not the shape: "hуйня", "pиздец", "Nахуй".
    if (!hit && token.rewritten === true && raw.length === word.length && MIXED_SCRIPT.test(raw))
      hit = classify(phoneticReading(raw, word));
    // Readings too loose for the rest of the text (бл9, ոиздец, 5h1t), tried only on words that hide something.
    if (!hit && token.rewritten === true) hit = widerReading(raw, word) ?? leetReading(raw, word);
    if (hit && (partOfLongerWord(text, token.start, token.end) || properName(raw, word, hit, text, token)))
      hit = undefined;
    if (hit && ALSO_A_NAME.test(word)) {
      const before = text.slice(Math.max(0, token.start - 12), token.start);
      if (CAPITALISED.test(raw) && !SENTENCE_START.test(before.slice(-3))) hit = undefined;
      if (CAPITALISED.test(raw) && APPOSITION_AFTER.test(text.slice(token.end, token.end + 8))) hit = undefined;
      if (COMPOUND_BEFORE.test(before) || IDIOM_AFTER.test(text.slice(token.end, token.end + 6))) hit = undefined;
      if (PRODUCT_AFTER.test(text.slice(token.end, token.end + 8))) hit = undefined;
    }
    if (hit && KNOT.test(word) && WOOD.test(text)) hit = undefined;
    if (hit && LOAF_END.test(word) && LOAF.test(text.slice(token.end, token.end + 24))) hit = undefined;
    if (hit && COCK.test(word) && VALVE_NAMED.test(text)) hit = undefined;
    if (hit && COCK.test(word) && cockingAWeapon(text, token.start, token.end)) hit = undefined;
    if (hit && ASS.test(word)) {
      if (FOOL_BEFORE.test(text.slice(Math.max(0, token.start - 40), token.start)))
        hit = { ...hit, nameCalling: true, notObscene: true };
      else if (DONKEY_TEXT.test(text)) hit = undefined;
    }
    // "A bastard file", "bastard cut": a coarse grade of tool or a cut, named by the noun after it.
    if (hit && BASTARD.test(word) && GRADED_THING.test(text.slice(token.end, token.end + 16))) hit = undefined;
    if (hit && BASTARD.test(word) && FILE_GRADE_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start)))
      hit = undefined;
    // "…no bastard file at all (the bastard is the one I needed)": in a text about a bastard file, the word is the file.
    if (hit && BASTARD.test(word) && BASTARD_FILE.test(text)) hit = undefined;
    if (hit && namesAPlace(text, token)) hit = undefined;
    // "kak" is also Russian "как" written in Latin letters ("kak dela"): slang only after "is kak", "so kak".
    if (hit && word === 'kak' && !ENGLISH_JUDGING.test(text.slice(Math.max(0, token.start - 16), token.start)))
      hit = undefined;
    // "Менеджер Анна П***", "Mr S***": a capital and masks in mid-sentence are a name kept private.
    if (hit && MASKED_INITIAL.test(raw) && !SENTENCE_START.test(text.slice(Math.max(0, token.start - 3), token.start)))
      hit = undefined;
    if (hit) {
      found.push({
        span: { start: token.start, end: token.end },
        obscene: !hit.notObscene,
        interjection:
          !hit.notObscene &&
          !insideQuotes(text, token.start, token.end) &&
          ((hit.interjection ?? false) ||
            EXCLAMATION_BEFORE.test(text.slice(Math.max(0, token.start - 12), token.start)) ||
            (LATIN_WORD.test(word) && EXCLAMATION_AFTER.test(text.slice(token.end, token.end + 8)))),
        nameCalling: hit.nameCalling ?? false,
      });
    }
  }
  return found;
}

// A letter the word reader does not take (é, ō, ş) right beside the word: it is a piece of a longer foreign word, as
// "Ass" in Assérac or "ebin" in Şebin.
const LETTER = /[\p{L}\p{M}]/u;

function partOfLongerWord(text: string, start: number, end: number): boolean {
  return LETTER.test(text[start - 1] ?? '') || LETTER.test(text[end] ?? '');
}

// The English obscenities as words: a root at the start, after at most one compound word before it (bullshit,
// dumbass), and at most one ending or compound word after it (shitty, fuckwit, asshole).
const ENGLISH_WORD_FORM =
  /^(?:bull|chicken|horse|dip|dog|bat|ape|jack|holy|dumb|bad|smart|kiss|mother|mutha|muther|cluster|)(?:(?:f+|ph)[uvoa]*c*k+|s+h+[iy]+t+e?|b+i+t+c+h+|a+s+s+|c+o+c+k+|d+i+c+k+|c+u+n+t+|p+i+s+s+|c+r+a+p+|t+w+a+t+|w+a+n+k+|s+l+u+t+|w+h+o+r+e+|a+r+s+e+|p+r+i+c+k+|b+a+s+t+a+r+d+|b+o+l+l+o+c+k+|a+s+h+o+l+e?)(?:s|es|y|ty|tier|tiest|ter|ters|ting|ted|ed|er|ers|ing|in|n|ier|iest|ily|iness|hole|holes|head|heads|load|loads|storm|face|faced|bag|bags|show|less|wit|wits|wad|sucker|suckers|hat|clown|wipe|kisser|licker|stain|house)?$/;
const NEXT_WORD_CAPITALISED = /^[\s-]+[A-Z][a-z]/;

// Endings of Russian surnames and place names: Сукин, Сучков, Хуторское, Пиздюрино (a capital in mid-sentence too).
const CAPITALISED_CYRILLIC = /^[А-ЯЁ][а-яё]+$/;
const NAME_ENDING =
  /(?:ин|ина|ину|иной|ином|ов|ова|ову|овой|овом|ев|ева|еву|евой|евом|ово|ево|ино|ский|ская|ского|ской|ском|ск|ске|ска|енко|юк|як|поль|поле|бург|бурге|град|граде)$/;

/**
 * A capitalised word is a name when, in Latin letters, it only contains an English root (Matsushita, Bitchfield,
 * Slutsk, Shitkino), or in mid-sentence, spells a Russian root in Latin letters while it is not Russian (Ebina, Huete, Yeban,
 * Suka Makmue) or a shortening (the brand Fing), or opens a run of capitalised words (a place or a title: "Jackass
 * Flat"); in Cyrillic, when it ends
 * like a surname or a place.
 */
const OATHS = [MOTHER_OATH, ISLAND_OATH, PORTUGUESE_OATH];
// «Я Нгуен Ван Хуи»: after two capitalised words, a capitalised word is the last part of a person's full name.
const IN_A_FULL_NAME = /[А-ЯЁ][а-яё]+\s+[А-ЯЁ][а-яё]+\s+$/;

function properName(raw: string, word: string, hit: Root, text: string, token: Token): boolean {
  const { start, end } = token;
  // An abbreviation read as the word it stands for (f-ing, mf) is shorter than that word.
  const shortened = raw.length < word.length;
  const latinName = CAPITALISED.test(raw);
  // Even first in a sentence, a capitalised word that only contains an English root is a name ("Washita County …");
  // a Russian root in Latin letters there may be the buyer's "Suka, …", so it counts only in mid-sentence.
  if (latinName && ENGLISH_ROOTS.includes(hit) && !OATHS.includes(hit) && !ENGLISH_WORD_FORM.test(word)) return true;
  if (SENTENCE_START.test(text.slice(Math.max(0, start - 3), start))) return false;
  if (CAPITALISED_CYRILLIC.test(raw))
    return NAME_ENDING.test(word) || IN_A_FULL_NAME.test(text.slice(Math.max(0, start - 40), start));
  return (
    latinName && (TRANSLIT_ROOTS.includes(hit) || shortened || NEXT_WORD_CAPITALISED.test(text.slice(end, end + 4)))
  );
}

function classify(word: string): Root | undefined {
  if (CYRILLIC_LETTER.test(word)) {
    const squeezed = squeeze(word);
    if (!CYRILLIC_WORD.test(squeezed)) return undefined;
    let root: Root | undefined;
    if (!VOWEL.test(squeezed))
      root = droppedVowels(squeezed) ?? RUSSIAN_ROOTS.find((each) => each.pattern.test(squeezed));
    else if (ANY_RUSSIAN_ROOT.test(squeezed)) root = RUSSIAN_ROOTS.find((each) => each.pattern.test(squeezed));
    // Unsqueezed: a doubled vowel is a sound of the word, not a stretched one (заблеет is not заблет, заебал cut short).
    else if (DROPPED_BY_FIRST.has(squeezed[0]!)) root = droppedVowels(word);
    // The innocent twins are looked for only in the few words that spell a root.
    return root && !RUSSIAN_ALLOWED.test(word) ? root : undefined;
  }
  if (!LATIN_WORD.test(word)) return undefined;
  const stretched = DOUBLED.test(word) ? word.replace(/([a-z])\1\1+/g, '$1') : word;
  const squeezed = squeeze(stretched);
  if (!ANY_ENGLISH_ROOT.test(stretched) && !ANY_TRANSLIT_ROOT.test(squeezed)) return undefined;
  return (
    ENGLISH_ROOTS.find((root) => root.pattern.test(stretched)) ??
    (TRANSLIT_ALLOWED.test(word) ? undefined : TRANSLIT_ROOTS.find((root) => root.pattern.test(squeezed)))
  );
}

const VOWELLESS_ROOT: Root = { pattern: /^хй$/ };

/**
 * A masked, spelled-out or digit-written word that is name-calling: `д*билы`, `у р о д ы`, `id!ots`, `о100лопы`.
 * Masks are found in the original text: flattening has already read `@` as `а` (`Ск@тины` → `скатины`), which is
 * often not the letter it hides.
 */
function asInsult(word: string, raw: string): Root | undefined {
  const plain = word.replace(/[*#_!@$]/g, '');
  if (plain.length < 3) return undefined;
  const root = INSULT_ROOTS[0]!;
  if (root.pattern.test(squeeze(word))) return root;
  // One or two masked letters: try the usual fills against the name-calling roots only.
  const source = raw.length === word.length ? raw : word;
  const masks = [...source].flatMap((char, index) => (MASK.test(char) ? [index] : []));
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
// "What the f*ck" (who, why, whit the…), "holy sh*t", "что за хрень": the word is an exclamation. An intensified
// judgement ("полное говно", "complete bullcrap") is not: the corpus labels it profanity without emotion.
const EXCLAMATION_BEFORE = /(?:(?:wh[a-z]{0,4}|how) the|what a|holy|oh|the hell|какого|что за)\s+$/i;
// "F*ck this store", "fuck you", "fuck me, …": an English obscenity followed by its object is an exclamation. "Fuck
// off (with …)" sends the seller away: profanity, not a cry (DECISIONS, rounds twelve and thirteen).
const EXCLAMATION_AFTER = /^\s+(?:this|that|you|it|them|these|those|me)(?![a-z])/i;
// Words that are also names or parts of titles (Moby Dick, Spotted Dick, Cockburn): capitalised mid-sentence, a name.
const ALSO_A_NAME = /^(?:dick|cock|prick|willy|johnson|hui|wank)s?$/;
const CAPITALISED = /^[A-Z][a-z]+$/;
// "Dick, our cockapoo, weighs 11 kg": a capitalised name said again as who it is, at the start of a sentence too.
const APPOSITION_AFTER = /^,\s+(?:our|my|his|her|their)\s/;
// Compound nouns whose second word is one of those (ball cock, weather cock, spotted dick): a thing, not the word.
const COMPOUND_BEFORE =
  /(?<![a-z])(?:ball|stop|weather|pea|wood|game|moor|heath|shuttle|spatch|turkey|sea|spotted|moby|clever|private|drain|pet|bib|gas|air|fuel|water|radiator|sill|blow.?off)[\s-]+$/i;
// "The drain cock leaks … with the cock fully closed": once a text names a valve, the bare word is that valve again.
const COCK = /^cocks?$/;
const VALVE_NAMED =
  /(?<![a-z])(?:(?:ball|stop|drain|pet|bib|gas|air|fuel|water|radiator|sill|blow.?off|shut.?off|test|try|three.?way)[\s-]*cocks?|cocks?[\s-]+valves?)(?![a-z])/i;
// "When I cock the crossbow", "you can't cock it at all": in a text about a bow or a gun the word is the verb that
// readies it, said before its object or after what can be done.
const WEAPON_NAMED =
  /(?<![a-z])(?:crossbows?|bows?|guns?|rifles?|pistols?|revolvers?|shotguns?|airguns?|air[\s-]?rifles?|slingshots?|catapults?|blasters?|muskets?|flintlocks?)(?![a-z])/i;
const OBJECT_AFTER = /^\s+(?:the|a|an|my|your|his|her|its|this|that|it|them|back|fully|halfway)(?![a-z])/i;
const ABLE_BEFORE =
  /(?:^|[^a-z])(?:to|can\W?t|cannot|couldn\W?t|won\W?t|will|didn\W?t|doesn\W?t|don\W?t|i|you|we|and|then|easy to|hard to)\s+$/i;

function cockingAWeapon(text: string, start: number, end: number): boolean {
  if (!WEAPON_NAMED.test(text)) return false;
  return OBJECT_AFTER.test(text.slice(end, end + 10)) || ABLE_BEFORE.test(text.slice(Math.max(0, start - 14), start));
}

// "Stop being a complete ass", "you ass": the fool, a name and no swear word; in a text about donkeys ("the fly mask
// labelled Ass/Donkey") the word is the animal.
const ASS = /^ass(?:es)?$/;
const FOOL_BEFORE =
  /(?:^|[^a-z])(?:an?|you|such an?|what an?)\s+(?:(?:complete|total|absolute|utter|proper|right|stubborn|pompous|silly|stupid|arrogant|smug)\s+)?$/i;
const DONKEY_TEXT = /(?:^|[^a-z])(?:donkeys?|mules?|burros?|jenny|jennies|hinny|equine)(?![a-z])/i;
// Hyphenated idioms: cock-a-hoop, cock-and-bull story, cock-eyed.
const IDIOM_AFTER = /^-(?:a-|and-|eyed|of-)/i;
// A product named by the word: a cock ring (set), a cock cage.
const PRODUCT_AFTER = /^[\s-]+(?:rings?|cages?)(?![a-z])/i;
const BASTARD = /^bastards?$/;
// "Flat bastard, half-round bastard, round": a file's shape before the grade names the file.
const FILE_GRADE_BEFORE = /(?<![a-z])(?:flat|half-round|round|square|hand|mill|taper|triangular|warding)[\s-]+$/i;
const BASTARD_FILE = /bastard[\s-]+(?:files?|cut)(?![a-z])/i;
const GRADED_THING = /^[\s-]+(?:files?|cut|swords?|saws?|mills?|wing|trowels?|granite|indigo|toadflax|balm)(?![a-z])/i;
const PLACE_CALLED = /(?<![a-z])(?:called|named|village of|town of|city of|village|town|hamlet)\s+$/i;

/** "The village was called Fucking until 2021": a capitalised word a place is called by is its name. */
export function namesAPlace(text: string, span: Span): boolean {
  return (
    CAPITALISED.test(text.slice(span.start, span.end)) &&
    PLACE_CALLED.test(text.slice(Math.max(0, span.start - 24), span.start))
  );
}

const ENGLISH_JUDGING =
  /(?<![a-z])(?:is|was|are|were|so|totally|absolutely|pure|proper|utter|complete|really|real)\s+$/i;
// "Сучка" is also the genitive of "сучок", a knot in wood: in a text about wood, it is the knot.
// «В жопке буханки», «жопка огурца»: the end of a loaf or a cucumber, named by what follows.
const LOAF_END = /^жопк/;
const LOAF = /^\s+(?:буханк|батон|хлеб|багет|огур|кабачк|колбас|сыр)/;
const KNOT = /^сучк/;
const WOOD = /дерев|древес|доск|брус|бревн|ветк|ветв|фанер|шпон|полен|сучок|сучков/i;
const MASKED_INITIAL = /^\p{Lu}[*#_]+$/u;
// A word inside «…» or “…” is named or mentioned (a product called «Ахуевший перец»), not exclaimed.
const OPENING_QUOTE = /[«“][^«»“”\n]{0,60}$/;
const CLOSING_QUOTE = /^[^«»“”\n]{0,60}[»”]/;
const SENTENCE_START = /(?:^|[.!?:;]\s*|\n\s*)$/;

const MIXED_SCRIPT = /[а-яё][a-z]|[a-z][а-яё]/i;
const PHONETIC: Record<string, string> = {
  a: 'а',
  b: 'б',
  c: 'с',
  d: 'д',
  e: 'е',
  f: 'ф',
  g: 'г',
  h: 'х',
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
  v: 'в',
  x: 'х',
  y: 'у',
  z: 'з',
};

function widerReading(raw: string, word: string): Root | undefined {
  const lower = raw.toLowerCase().replaceAll('ё', 'е');
  if (lower.length !== word.length) return undefined;
  const wider = rewriteWord(lower, true);
  return wider === word ? undefined : classify(wider);
}

// Digits by their leet value inside a Cyrillic word, where flattening read them by shape: "х3рня" (3 for е, not з).
const CYRILLIC_LEET: Record<string, string> = { '3': 'е', '0': 'о', '4': 'а', '1': 'и' };
const LEET_DIGIT = /[0134]/;

function leetReading(raw: string, word: string): Root | undefined {
  if (raw.length !== word.length || !LEET_DIGIT.test(raw) || !CYRILLIC_LETTER.test(word)) return undefined;
  let out = '';
  for (let i = 0; i < word.length; i++) out += CYRILLIC_LEET[raw[i]!] ?? word[i];
  return out === word ? undefined : classify(out);
}

/** The Latin letters of a mixed word read by their sound (flattening read them by their shape). */
function phoneticReading(raw: string, word: string): string {
  let out = '';
  for (let i = 0; i < word.length; i++) out += PHONETIC[raw[i]!.toLowerCase()] ?? word[i];
  return out;
}

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
  if (raw.length !== [...raw].length) return undefined;
  if (masks.length > MAX_MASKS || letters < 2) return maskedStem(word, new Set(masks));
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
  const found = search(0) ?? maskedStem(word, new Set(masks));
  if (found || !/\*{2}/.test(raw)) return found;
  // A symbol of two code units inside a word (an emoji, «пи🌸дец») was masked as two: it hides one letter.
  return unmask(raw.replace(/\*{2,}/g, '*'), word.replace(/\*{2,}/g, '*'));
}

// The words whose middle a run of masks most often hides (f***ing, s***, п***ц, б***ь): longer runs than the letter
// search above can afford, so the visible letters are lined up with each of these instead.
const MASKED_STEMS = [
  'fuck',
  'motherfuck',
  'shit',
  'bitch',
  'cunt',
  'asshole',
  'bastard',
  'хуй',
  'хуе',
  'хуя',
  'пиздец',
  'пизд',
  'блядь',
  'блять',
  'ебан',
  'ебат',
  'сука',
  'говн',
  'говен',
  'мудак',
  'пидор',
];

/** A word that starts with a visible letter and spells one of the stems with its masks, read as that stem. */
function maskedStem(word: string, masks: ReadonlySet<number>): Root | undefined {
  if (masks.has(0)) return undefined;
  for (const stem of MASKED_STEMS) {
    if (stem.length > word.length || stem[0] !== word[0]) continue;
    let fits = true;
    for (let i = 1; i < stem.length && fits; i++) fits = masks.has(i) || word[i] === stem[i];
    const rest = word.slice(stem.length);
    if (!fits || MASK.test(rest)) continue;
    const hit = classify(stem + rest);
    if (hit) return hit;
  }
  return undefined;
}

function insideQuotes(text: string, start: number, end: number): boolean {
  return (
    OPENING_QUOTE.test(text.slice(Math.max(0, start - 60), start)) && CLOSING_QUOTE.test(text.slice(end, end + 60))
  );
}

// «Наша сука алабая весит 52 кг», "our bitch is a 28 kg Labrador": the breeder's word for a female dog, said of the
// buyer's own dog in a text about dogs.
const FEMALE_DOG = /^(?:сук(?:а|и|у|ой)|суч(?:ка|ки|ку|кой)|bitch(?:es)?)$/;
const OWN_BEFORE = /(?:^|[^a-zа-яё])(?:наш(?:а|е|у|и|ей|его)|мо(?:я|ю|и|ей|его)|our|my)\s+(?:[a-zа-яё]+\s+)?$/;
const DOG_TEXT =
  /(?:^|[^a-zа-яё])(?:собак|щен|пёс|пес(?![а-яё]*(?:ок|ч))|пса|псу|пород|ошейник|поводк|поводок|намордник|шлейк|лайк(?:а|и|е|у|ой)(?![а-яё])|алаба|овчар|лабрадор|ретривер|терьер|спаниел|хаски|такс[аыуе]|шпиц|бульдог|питомник|вязк|течк|кобел|dogs?(?![a-z])|pupp|breed|kennel|labrador|retriever|shepherd|terrier|spaniel|poodle|husky|bulldog|whelp|in heat)/;

// «Шлейка для суки и кобеля», «намордник на суку»: a listing's words for the dog it is made for.
const FOR_BEFORE = /(?:^|[^a-zа-яё])(?:для|у|от|на|for)\s+$/;

export function femaleDog(span: Span, flat: string): boolean {
  if (!FEMALE_DOG.test(flat.slice(span.start, span.end))) return false;
  const before = flat.slice(Math.max(0, span.start - 30), span.start);
  return (OWN_BEFORE.test(before) || FOR_BEFORE.test(before)) && DOG_TEXT.test(flat);
}

// "Dick Whittington", "Moby Dick", "Philip K. Dick": a name, written as one, with a name beside it.
const NAME_DICK_AFTER = /^\s+(?:[A-Z][a-z]|Van |van )/;
const NAME_DICK_BEFORE = /(?:Moby|K\.|Uncle|Saint|St\.|Sir)\s+$/;

/** Whether the word at `span` is the name Dick, capitalised, next to another name. */
export function aNameDick(span: Span, text: string): boolean {
  if (text.slice(span.start, span.end) !== 'Dick') return false;
  return NAME_DICK_AFTER.test(text.slice(span.end, span.end + 5)) || NAME_DICK_BEFORE.test(text.slice(0, span.start));
}

// "F off", "eff off", "effing", "go fork yourself", "screw you": the oath minced to its first letter, one letter off
// or to a milder verb, still read as the word. A fork or a screw alone is hardware: only the oath's own turns are read.
const MINCED_OATH =
  /(?<![a-z])(?:(?:f|eff)(?:\s+|-)off|eff(?:ing|in'?)|go\s+fork\s+your(?:self|selves)|fork\s+(?:off|you)|what\s+the\s+fork|screw\s+(?:you|yourself|yourselves))(?![a-z])/g;
const EFFING = /^eff(?:ing|in)/;
// The Romanian oath "futu-i mama …", cut by its hyphen into pieces no word reader takes for a word.
const ROMANIAN_OATH = /(?<![a-z])futu-?(?:i|ţi|ti|ți)(?![a-z])/g;

/** Oaths minced to a letter, which the word-by-word search cannot see: a lone "f" is no word. */
export function mincedOaths(flat: string): ObsceneWord[] {
  const oath = (match: RegExpExecArray | RegExpMatchArray, interjection: boolean): ObsceneWord => ({
    span: { start: match.index!, end: match.index! + match[0].length },
    obscene: true,
    interjection,
    nameCalling: false,
  });
  return [
    // "effing" intensifies as "fucking" does; "eff off" sends the seller away.
    ...[...flat.matchAll(MINCED_OATH)].map((match) => oath(match, EFFING.test(match[0]))),
    ...[...flat.matchAll(ROMANIAN_OATH)].map((match) => oath(match, true)),
  ];
}
