import {
  ACCUSATION,
  AFFECT,
  EMOTIVE_EMOJI,
  INTENT,
  NEGATED_BEFORE,
  SARCASTIC_ACCUSATION,
  SHOUTING_PUNCTUATION,
} from './tone-phrases';
import { sentenceIndex, sentencesOf } from './frame-parts';
import { OBSCENE_INTENSIFIER } from './intensifiers';
import { namesAPlace } from './obscene';
import { sharpensANameAsAnIntensifier } from './mat-tone';
import { MOTIVE } from './motive-phrases';
import { oneOf, spansByLexicon, spansOf } from './patterns';
import type { Span } from './types';

// A contraction in capitals is one word ("DON'T"), its apostrophe and all.
const CAPS_WORD = /(?<![A-Za-zА-Яа-яЁё0-9])[A-ZА-ЯЁ]{2,}(?:['’][A-Z]{1,2})?(?![A-Za-zА-Яа-яЁё0-9])/g;
// Abbreviations, units and brand names written in capitals are names, not shouting ("XIAOMI REDMI", "RGB LED").
const ABBREVIATIONS = new Set(
  [
    'USB HDMI LED LCD USPS DHL EMS UPS СДЭК ПВЗ РФ США OK ОК ID USA EU UK GPS SIM SD DIY SMS ТВ TV PC ПК SSD NFC XS XL XXL',
    'XXS XXXL GB TB MB ГБ МБ ТБ КГ ИП ИНН USD EUR RUB CNY AUX RGB IPS OLED AMOLED QLED WIFI LTE GSM TWS ANC BT AC DC IP',
    'XIAOMI REDMI HUAWEI HONOR SAMSUNG APPLE LENOVO ASUS ACER BASEUS UGREEN ANKER NIKE ADIDAS PUMA PHILIPS BOSCH SONY',
    'CANON NIKON GOPRO DJI LEGO IKEA AMAZFIT REALME POCO ONEPLUS OPPO VIVO TCL JBL',
    // Chat shorthand is filler, not shouting ("LOL BRO PLS").
    'LOL LMAO BRO PLS PLZ ПЛИЗ ПЖ ПЖЛ ПЖЛСТ ASAP FYI BTW IMO IMHO TBH THX THANKS СПС ОК',
  ]
    .join(' ')
    .split(' '),
);
const SHORT = 4;
// "I ordered TWO, you sent ONE", "I have been VERY patient": a count or an intensifier in capitals is stressed, short
// as it is.
const COUNTED = new Set('ONE TWO SIX TEN ОДИН ОДНА ОДНО ДВА ДВЕ ТРИ VERY SO FULL ALL ОЧЕНЬ ТАК'.split(' '));
// "I am NOT accepting a coupon. NOT.": a word of refusal said twice in capitals shouts, though it is one word.
const REFUSALS = new Set(
  "NOT NO NEVER DON'T DON’T CAN'T CAN’T WON'T WON’T ISN'T ISN’T DOESN'T DOESN’T НЕТ НЕ НИКОГДА".split(' '),
);
// One scan per text for each finding: most of a scan's cost is trying every position, not the number of lexicons.
const EMOTION_WORDS = oneOf([AFFECT, OBSCENE_INTENSIFIER]);
// Past about 20 KB of source V8 stops optimising a pattern (a scan then takes milliseconds), so the labels get a scan of
// their own.
const ACCUSATION_WORDS = oneOf([SARCASTIC_ACCUSATION, MOTIVE, INTENT]);

// "I'm not upset about the delay", «я не злюсь»: a feeling denied right before its word is not shown.
// «Чуть не расплакалась», «едва не заплакала» say the feeling came close, so they are not a denial.
const DENIED =
  /(?:^|[^a-zа-яё])(?<!(?:чуть|едва|почти)\s+)(?:не|not|n\W?t|never)\s+(?:(?:so|too|very|that|really|at all|очень|слишком|особо|сильно)\s+)?$/;

/** Strong emotion: `!!`/`??`, two or more shouted words, affect words, mat as an intensifier, angry or crying emoji. */
export function findEmotion(text: string, flat: string): Span[] {
  const [affect, intensifiers] = spansByLexicon(EMOTION_WORDS, flat);
  return [
    ...spansOf(SHOUTING_PUNCTUATION, text),
    ...shoutedWords(text),
    ...affect!.filter(
      (span) =>
        !DENIED.test(flat.slice(Math.max(0, span.start - 24), span.start)) &&
        !capitalisedName(text, span) &&
        !quotedName(text, span),
    ),
    ...intensifiers!.filter((span) => !sharpensANameAsAnIntensifier(span, flat) && !namesAPlace(text, span)),
    ...spansOf(EMOTIVE_EMOJI, text),
  ];
}

// A colour or a product named in quotes («бешеная вишня», “Mad Love”) is its name, not the buyer's feeling.
const NAME_OPENS = /[«“„]$/;
const NAME_CLOSES = /^[^«»“”„\n]{0,30}[»”“]/;

function quotedName(text: string, span: Span): boolean {
  return (
    NAME_OPENS.test(text.slice(Math.max(0, span.start - 1), span.start)) && NAME_CLOSES.test(text.slice(span.start))
  );
}

const TITLE_CASE = /^[A-ZА-ЯЁ][a-zа-яё]/;
const SENTENCE_OPENS = /(?:^|[.!?…:\n«"“(]|(?:^|\s)I)$/;
const NEXT_CAPITALISED = /^[\s-]+[A-ZА-ЯЁ]/;
const TWO_CAPITALISED_BEFORE = /[A-ZА-ЯЁ]\S*\s+[A-ZА-ЯЁ]\S*\s*$/;

/**
 * "The Angry Birds set", «набор Ужас Аркхэма»: inside a sentence, a capitalised word of feeling followed by another
 * capitalised word is a name. A text that capitalises Every Word is not naming anything.
 */
function capitalisedName(text: string, span: Span): boolean {
  if (!TITLE_CASE.test(text.slice(span.start, span.start + 2))) return false;
  const before = text.slice(Math.max(0, span.start - 40), span.start).trimEnd();
  return (
    !SENTENCE_OPENS.test(before.slice(-12)) &&
    NEXT_CAPITALISED.test(text.slice(span.end, span.end + 4)) &&
    !TWO_CAPITALISED_BEFORE.test(before)
  );
}

/**
 * Capitalised words count when long, or when short but next to another one ("НЕ ТОТ ЦВЕТ"), and only two different
 * words shout: a brand written twice ("KEMEI … KEMEI") is one name.
 */
function shoutedWords(text: string): Span[] {
  const caps = spansOf(CAPS_WORD, text).filter((span) => !ABBREVIATIONS.has(text.slice(span.start, span.end)));
  if (caps.length < 2) return [];
  const shouted = capitalRuns(text, caps)
    .filter((run) => !namesOrPrint(text, run))
    .flatMap((run) =>
      run.length > 1
        ? run
        : run.filter((span) => {
            const word = text.slice(span.start, span.end);
            return span.end - span.start > SHORT || COUNTED.has(word) || (REFUSALS.has(word) && !numbered(text, span));
          }),
    );
  const words = shouted.map((span) => text.slice(span.start, span.end));
  const refusals = words.filter((word) => REFUSALS.has(word)).length;
  return new Set(words).size >= 2 || refusals >= 2 ? shouted : [];
}

// Between two words of a run: spaces and light punctuation, an apostrophe's ending or a one-letter word ("DON'T WANT A
// REFUND", «Я В ШОКЕ»).
const RUN_GAP = /^(?=.{1,5}$)[\s,.-]*(?:['’][A-Z]{1,2}|[A-ZА-ЯЁ])?[\s,.-]+$/u;

// "Order NO. 12345": a number's abbreviation, not a refusal.
const NUMBER_AFTER = /^\s*[.:#]?\s*\d/;
const numbered = (text: string, span: Span) => NUMBER_AFTER.test(text.slice(span.end, span.end + 4));

/** Capitalised words next to each other ("НЕ ТОТ ЦВЕТ", "FRAGILE, HANDLE WITH CARE") form one run. */
function capitalRuns(text: string, caps: readonly Span[]): Span[][] {
  const runs: Span[][] = [];
  for (const span of caps) {
    const run = runs.at(-1);
    const last = run?.at(-1);
    if (run && last && RUN_GAP.test(text.slice(last.end, span.start))) run.push(span);
    else runs.push([span]);
  }
  return runs;
}

const LATIN_CAPITAL = /^[A-Z]+(?:['’][A-Z]{1,2})?$/;
// A run right after a field or a printing word, or inside quotes, copies what is printed or listed ("colour BLACK",
// «надпись FRAGILE», "status: ОЖИДАЕТ ВРУЧЕНИЯ", "the screen shows ERROR"): it names, it does not shout.
const PRINTED_BEFORE =
  /(?:^|[^a-zа-яё])(?:says|said|reads|shows|showed|displays|labell?ed|marked|printed|stamped|written|status|colou?r|size|model|brand|variant|option|version|edition|label|tag|logo|named|called|написано|написан[аоы]?|надпись|надписью|статус|цвет|размер|модель|модели|бренд|марка|марки|вариант|комплектация|артикул|пишет|показывает|выда[её]т|этикетке|бирке|логотип|называется|название|фирмы)\s*[:—–-]?\s*$|[«"“„']\s*$/;
const CLOSING_QUOTE = /^[»"”']/;
// Short capitals after "my", "the", «для» are what the buyer owns or names ("my DAF XF", «для ВАЗ»), not shouting.
const OWNED_BEFORE =
  /(?:^|[^a-zа-яё])(?:my|our|your|his|her|their|the|a|an|for|мой|моя|мое|моё|мои|моего|моей|моему|моим|для|на)\s+$/;
// A model code next to the run ("SONY WH-1000XM4", "ДУ-13/780ЭР"): letters and digits together, with a Latin capital
// or a dash; a bare number ("ВЕРНИТЕ 500 РУБЛЕЙ") is not one.
const GLUED_DIGIT_AFTER = /^[-/]?\d/;
const GLUED_DIGIT_BEFORE = /\d[-/]?$/;
const MODEL_CODE = /^(?=\S*\d)(?=\S*(?:[A-Z]|[A-ZА-ЯЁ][-/]|[-/][A-ZА-ЯЁ]|\d[-/]?[A-ZА-ЯЁ]))[\dA-ZА-ЯЁa-z/-]+$/;

function namesOrPrint(text: string, run: readonly Span[]): boolean {
  const first = run[0]!;
  const last = run.at(-1)!;
  const before = text.slice(Math.max(0, first.start - 24), first.start);
  if (PRINTED_BEFORE.test(before.toLowerCase()) || CLOSING_QUOTE.test(text.slice(last.end, last.end + 1))) return true;
  if (OWNED_BEFORE.test(before.toLowerCase()) && run.every((span) => span.end - span.start <= SHORT)) return true;
  const previous = /(\S+)[\s-]$/.exec(before)?.[1]?.replace(/[,.;:!?)(]+$/, '');
  const next = /^[\s-](\S+)/.exec(text.slice(last.end, last.end + 24))?.[1]?.replace(/[,.;:!?)(]+$/, '');
  if ([previous, next].some((token) => token !== undefined && MODEL_CODE.test(token))) return true;
  if (
    run.some(
      (span) =>
        GLUED_DIGIT_AFTER.test(text.slice(span.end, span.end + 2)) ||
        GLUED_DIGIT_BEFORE.test(text.slice(Math.max(0, span.start - 2), span.start)),
    )
  )
    return true;
  // In a Russian text Latin capitals are brands and printed words; in an English one, Cyrillic capitals are.
  return LATIN_CAPITAL.test(text.slice(first.start, first.end)) !== latinText(text);
}

function latinText(text: string): boolean {
  let latin = 0;
  let cyrillic = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code >= 0x61 && code <= 0x7a) latin++;
    else if (code >= 0x430 && code <= 0x44f) cyrillic++;
  }
  return latin >= cyrillic;
}

/**
 * Blanket labels for honesty or intent, claims about the seller's motives, and sarcasm about honesty. A label that is
 * taken back in the same sentence ("не говорю, что вы специально", "I'm not saying you did this on purpose", "не
 * специально") is not one, and neither is an intent word about the buyer's own choice.
 */
export function findAccusations(flat: string): Span[] {
  const [sarcasm, motives, intent] = spansByLexicon(ACCUSATION_WORDS, flat);
  const labels = spansOf(ACCUSATION, flat);
  return [
    ...sarcasm!.filter((span) => !shownMessage(flat, span)),
    ...[...labels, ...motives!].filter(
      (span) => !negated(flat, span.start) && !disowned(flat, span) && !someoneElses(flat, span),
    ),
    ...intent!.filter((span) => !negated(flat, span.start) && !buyersOwnDoing(flat, span) && !disowned(flat, span)),
  ];
}

// «Муж сказал, что вы жулики, но я так не считаю», "Dad called you thieves; I don't share that view", «муж ворчал, что на
// складе одни придурки, но я думаю, просто перепутали»: someone else's label or name, retold and then disowned by the
// writer, is not the writer's accusation or insult.
const SOMEONE_SAID =
  /(?:сказал|говорит|говорил|считает|назвал|обозвал|ругал|ворчал|ворчит|возмущал|написал|пишет|called|calls|says|said|thinks|reckons|grumbled|muttered|wrote|writes)[a-zа-яё]*(?=[^.!?\n]*$)/;
const SELLER_SAID_THAT =
  /(?:продав[а-яё]*|магазин|поддержк[а-яё]*|seller|shop|store|support)\s+(?:\S+\s+)?(?:ответил|сказал|написал|пишет|говорит|заявил|сообщил|предупредил|replied|said|wrote|says|told me|warned)[a-zа-яё]*,?\s+(?:что|that)\s+(?:это|они|те|those|they|these|it\W?s|they\W?re)\s+[^.!?\n]*$/;
const DISOWNED =
  /(?:я (?:так )?не (?:считаю|думаю)|я с (?:ним|ней|ними|этим) не согла|я не согла|не разделяю|не мои слова|i don\W?t (?:share|agree|think so|believe that|think that\W?s)|i disagree|i wouldn\W?t (?:say|go that far)|not my (?:view|words)|i\W?m not (?:saying|calling)|(?:но|а)\s+я\s+(?:думаю|считаю|полагаю)[,\s]+(?:что\s+)?(?:[а-яё]+\s+){0,3}?(?:просто|скорее|наверное|случайно|это|ошиб|перепута|недосмотр|уронил|курьер|почт)|but i (?:think|reckon|guess),? (?:it was |they )?(?:just|simply|probably|an honest))/;

export function disowned(flat: string, span: Span): boolean {
  const before = sentenceBefore(flat, span.start);
  // «Продавец ответил, что это мошенники»: the seller's word for someone else is not the buyer's for the seller.
  if (SELLER_SAID_THAT.test(before)) return true;
  if (!SOMEONE_SAID.test(before)) return false;
  // The label's own sentence and the next one: "…, but I don't think so." or "… . I disagree."
  const sentences = sentencesOf(flat);
  const index = sentenceIndex(sentences, span.end);
  const end = sentences[index + 1]?.end ?? sentences[index]?.end ?? flat.length;
  return DISOWNED.test(flat.slice(span.end, end));
}

// Fraud or theft by someone else: an impostor "posing as AliExpress support" («представился менеджером вашего
// магазина», «мошенники якобы из службы доставки») in the text, thieves «на сортировке», a parcel "delivered, to a
// thief", scammers who phoned, the writer's pet. A label said to the seller ("you scammers", «вы мошенники», "your fake
// tracking") stays theirs.
const IMPOSTOR =
  /posing as|pretend(?:ing|ed) to be|impersonat|представил(?:ся|ась|ись)|представлял(?:ся|ась|ись)|выдава(?:л|ла|ли) себя за|(?:мошенник|аферист|жулик)[а-яё]* якобы (?:из|от) |фишинг|поддельн\S* (?:сайт|ссылк|смс|сообщени)/;
const SAID_TO_THE_SELLER_BEFORE = /(?:^|[^a-zа-яё])(?:вы|you|your|ваш[а-яё]*|тво[а-яё]*)\s+(?:[a-zа-яё]+\s+)?$/;
const AT_THE_POST_AFTER =
  /^\s+(?:на|в|at|in)\s+(?:сортировк|почт|таможн|депо|the depot|the post office|customs|the sorting|the mail ?room|the pickup point)/;
const TO_A_THIEF_BEFORE = /(?:^|[^a-z])(?:to|by) (?:a|some|the) (?:porch )?$/;
// «телефонные мошенники», "phone scammers", «звонили какие-то мошенники», «мошенники по телефону»: callers, not the
// seller.
const BY_PHONE_BEFORE =
  /(?:телефонн|интернет|кибер|phone|telephone|online|internet|whatsapp|telegram)[a-zа-яё-]*\s+$|(?:^|[^a-zа-яё])(?:звонил|позвонил|названивал)[а-яё]*\s+(?:[а-яё-]+\s+){0,2}$/;
const BY_PHONE_AFTER =
  /^(?:\s+[a-zа-яё]+)?\s+(?:телефонн[a-zа-яё]*\s+(?:мошенник|аферист|жулик)|phone scammers)|^\s+[«"“]?(?:из|от) (?:службы (?:доставки|безопасности|поддержки)|банка|поддержки)|^\s+(?:по телефону|из (?:вотсапа|телеграма|банка)|on the phone|over the phone|on whatsapp)/;
// «Мой кот — главный мошенник в доме», "my son is a little thief": the writer's own pet or family.
const MY_OWN_BEFORE =
  /(?:^|[^a-zа-яё])(?:мой|моя|мои|наш|наша|наши|my|our)\s+(?:кот|кошка|пёс|пес|собака|сын|дочь|дочка|муж|внук|внучка|брат|сестра|cat|dog|son|daughter|husband|kid|brother|sister)[a-zа-яё]*\s*(?:[—–-]|is|was|\W?s)\s+(?:[a-zа-яё]+\s+)?$/;

function someoneElses(flat: string, span: Span): boolean {
  const before = flat.slice(Math.max(0, span.start - 30), span.start);
  if (SAID_TO_THE_SELLER_BEFORE.test(before)) return false;
  return (
    AT_THE_POST_AFTER.test(flat.slice(span.end, span.end + 30)) ||
    BY_PHONE_AFTER.test(flat.slice(span.end, span.end + 30)) ||
    TO_A_THIEF_BEFORE.test(before) ||
    BY_PHONE_BEFORE.test(before) ||
    MY_OWN_BEFORE.test(flat.slice(Math.max(0, span.start - 50), span.start)) ||
    IMPOSTOR.test(flat)
  );
}

// What a screen, an app or a label shows, quoted: «ошибка 14», "Error E3", the display reads "mistake".
const QUOTED = /^[«"“'‘]/;
const DISPLAY_BEFORE =
  /(?:screen|display|app|indicator|shows|showed|reads|экран|дисплей|приложени|индикатор|показывает|показал|выда[её]т|выдавал)[a-zа-яё]*\s*[:—–-]?\s*$/;

function shownMessage(flat: string, span: Span): boolean {
  if (!QUOTED.test(flat.slice(span.start, span.start + 1))) return false;
  return (
    /\d/.test(flat.slice(span.start, span.end)) ||
    DISPLAY_BEFORE.test(flat.slice(Math.max(0, span.start - 30), span.start))
  );
}

// "Не хочу называть это разводом, но …", "I'm not accusing anyone, but …": what follows the "but" is said, not taken back.
const BUT = /(?<![a-zа-яё])(?:но|but|однако|however)\s/g;

function negated(flat: string, start: number): boolean {
  const before = sentenceBefore(flat, start);
  let clause = before;
  for (const turn of before.matchAll(BUT)) clause = before.slice(turn.index + turn[0].length);
  return NEGATED_BEFORE.test(clause);
}

function sentenceBefore(flat: string, start: number): string {
  let from = start;
  while (from > 0 && start - from < 80 && !/[.!?\n]/.test(flat[from - 1]!)) from--;
  return flat.slice(from, start);
}

// The buyer right before the word, as its subject: "я специально заказала", "we had deliberately chosen".
const BUYER_SUBJECT =
  /(?:^|[^a-zа-яё])(?:я|мы|i|we)(?:\s+(?:had|have|was|did|even|also|же|ведь|даже|тоже|и|ещ[её]|уже|сама?|сами))?\s*$/;
const SOMEONE_ELSE =
  /(?:^|[^a-zа-яё])(?:вы|вас|you|они|they|продав\S*|seller\S*|магазин\S*|shop|store|склад\S*|warehouse)(?![a-zа-яё])/;
// Care taken on purpose, by anyone: «специально упаковали в пупырку», «специально завернули в два слоя»; and a request
// made on purpose is one made specially, whoever made it: «как вы специально просили, сняла видео».
const CARE =
  /^\s+(?:(?:у|за|об)?паков[а-яё]*|заверн[а-яё]*|обмота[а-яё]*|(?:по)?прос(?:ил|ила|или)(?![а-яё])|asked|requested)/;
// What the buyer does on purpose: asking, writing, choosing, ordering, paying.
const BUYER_ACTION =
  /^\s+(?:(?:по)?прос(?:ил|ила|или)|(?:на)?писал[аи]?|указал[аи]?|выбирал[аи]?|выбрал[аи]?|заказ[а-яё]*|доплатил[аи]?|уточнял[аи]?|asked|requested|specified|chose|ordered|paid)(?![a-zа-яё])/;

/**
 * "Я специально заказала размер больше", "I deliberately ordered a size up", «специально просила упаковать»: the
 * buyer's choice, not the seller's, unless the clause names someone else as the doer; and care taken or a request made
 * on purpose is no accusation whoever did it.
 */
function buyersOwnDoing(flat: string, span: Span): boolean {
  const after = flat.slice(span.end, span.end + 20);
  if (CARE.test(after)) return true;
  const before = sentenceBefore(flat, span.start);
  if (BUYER_SUBJECT.test(before)) return true;
  // Lexicons read a comma as a second space, so a run of two spaces also ends a clause.
  const clause = before.split(/[,;:—–]|\s-\s|\s{2}/).pop() ?? '';
  return BUYER_ACTION.test(after) && !SOMEONE_ELSE.test(clause);
}
