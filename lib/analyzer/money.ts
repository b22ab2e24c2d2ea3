import { allMatches, LETTER } from './patterns';
import type { Span } from './types';

export interface MoneyMention extends Span {
  value: number;
  /** ISO code for a sum; absent for a share of the price. */
  currency?: string;
  percent?: boolean;
}

// Thousands are grouped by commas, spaces or (in much of Europe and Latin America) dots: "1.250,00", "9.800 ₺"; a
// sum is never written to three decimals, so a dot before exactly three digits groups thousands.
const NUMBER =
  '\\d{1,3}(?:\\.\\d{3})+(?:,\\d{1,2})?(?![.,]?\\d)|\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';
// Symbols and local abbreviations written before the sum ("S$1", "RM 18", "Rs 1,200", "₹1,450", "R150", "R1 494,00",
// "AUD 11.00", "GH₵ 20").
// The flattened text reads a "$" glued to letters as the "s" it imitates: "S$1" arrives as "ss1". A one-letter prefix
// must touch the sign: "a $2 coupon" is an article, not Australian dollars.
const CURRENCY_BEFORE =
  '(?:(?:us|nz|hk)\\s?\\$|(?:s|a|c)\\$|(?:us|s|a|c|nz|hk)s(?=\\d)|\\$|€|£|¥|₽|₹|₱|₦|₺|₪|₩|₫|฿|₴|₸|gh₵|₵|rs\\.?|rm|r(?=\\d{2}|\\d{1,3}[ \\u00a0\\u202f]\\d{3})|zł|zl|kč|chf|brl|php|inr|myr|sgd|zar|usd|aud|cad|nzd|hkd|eur|gbp|cny|rmb|jpy|uah|kzt|kes|ksh|ngn|ghs|aed|sar)';
// Currency names in words as well as codes and signs: a sum is a sum in any currency the buyer pays in.
const CURRENCY_AFTER = `(?:₽|руб[${LETTER}]*\\.?|р(?:\\.|(?!-))|r(?:ou|o|u)bles?|rub|usd|aud|cad|nzd|hkd|us\\$|\\$|долл[${LETTER}]*\\.?|dollars?|bucks|eur|euros?|€|евро|юан[${LETTER}]*|yuan|cny|rmb|¥|yen|[ий]ен|jpy|грн|гривен|гривн[${LETTER}]*|hryvnias?|₴|uah|тенге|tenge|₸|kzt|byn|бел\\.? ?руб[${LETTER}]*|£|gbp|pounds?|quid|фунт[${LETTER}]*|rupees?|рупи[${LETTER}]*|pesos?|песо|ringgit|rand|zł|zl|zloty|złoty|zlotys|злот[${LETTER}]*|lira|lire|лир[${LETTER}]?|baht|бат[${LETTER}]?|₹|₱|inr|php|myr|sgd|zar|naira|ngn|cedis?|ghs|shillings?|шиллинг[${LETTER}]*|kes|ksh|манат[${LETTER}]*|manats?|azn|сом|soms?|kgs|сумов|сум|uzs|лари|gel|драм(?:ов|а)?|amd|dirhams?|дирхам[${LETTER}]*|aed|riyals?|риал[${LETTER}]*|sar|krw|vnd|chf|франк[${LETTER}]*|francs?|forints?|huf|kroner|kronor|krona|sek|nok|dkk|czk|крон[${LETTER}]*|reais|brl|реал(?:ов|а)?|₺|₪|ils|shekels?|шекел[${LETTER}]*)`;
const EDGE_BEFORE = `(?<![${LETTER}0-9.,])`;
const EDGE_AFTER = `(?![${LETTER}0-9])`;
// "half the fibres", "half an hour": a share of something else than the price.
const HALF_OF_A_THING =
  '\\s+(?:of\\s+)?(?:the|my|its|their|these|those|his|her|a|an|all)\\s+(?!(?:price|cost|money|amount|sum|payment|total|value|order|purchase|refund)(?![a-z]))[a-z]+';
const MONEY = new RegExp(
  `${EDGE_BEFORE}(?:(${CURRENCY_BEFORE})\\s?(${NUMBER})|(${NUMBER})\\s?(?:(%|процент[${LETTER}]*|percent)|${CURRENCY_AFTER.replace('(?:', '(')}))${EDGE_AFTER}|${EDGE_BEFORE}(половин(?:у|ы|ой)|пол ?(?:цены|суммы|стоимости)|(?:треть|четверть)(?!\\s+(?!(?:цены|суммы|стоимости|денег|оплаты|заказа)(?![а-яё]))[а-яё]{3,})|half(?!${HALF_OF_A_THING}))${EDGE_AFTER}`,
  'gu',
);
const SHARE_WORDS: Record<string, number> = { треть: 100 / 3, четверть: 25 };

// A dispute names a handful of sums; a text with thousands of them is not one, and must not cost seconds.
const MAX_MENTIONS = 50;

const UNITS: Record<string, number> = {
  полтора: 1.5,
  полторы: 1.5,
  один: 1,
  одна: 1,
  одну: 1,
  два: 2,
  две: 2,
  три: 3,
  четыре: 4,
  пять: 5,
  шесть: 6,
  семь: 7,
  восемь: 8,
  девять: 9,
  десять: 10,
  одиннадцать: 11,
  двенадцать: 12,
  тринадцать: 13,
  четырнадцать: 14,
  пятнадцать: 15,
  шестнадцать: 16,
  семнадцать: 17,
  восемнадцать: 18,
  девятнадцать: 19,
  двадцать: 20,
  тридцать: 30,
  сорок: 40,
  пятьдесят: 50,
  шестьдесят: 60,
  семьдесят: 70,
  восемьдесят: 80,
  девяносто: 90,
  сто: 100,
  двести: 200,
  триста: 300,
  четыреста: 400,
  пятьсот: 500,
  шестьсот: 600,
  семьсот: 700,
  восемьсот: 800,
  девятьсот: 900,
  // The oblique cases a sum takes after «в размере», «на сумму», «компенсацию в…».
  одного: 1,
  одной: 1,
  двух: 2,
  трех: 3,
  четырех: 4,
  пяти: 5,
  шести: 6,
  семи: 7,
  восьми: 8,
  девяти: 9,
  десяти: 10,
  пятнадцати: 15,
  двадцати: 20,
  тридцати: 30,
  сорока: 40,
  пятидесяти: 50,
  шестидесяти: 60,
  семидесяти: 70,
  восьмидесяти: 80,
  девяноста: 90,
  ста: 100,
  двухсот: 200,
  трехсот: 300,
  четырехсот: 400,
  пятисот: 500,
  шестисот: 600,
  семисот: 700,
  восьмисот: 800,
  девятисот: 900,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  тысяча: 1000,
  тысячу: 1000,
  тысячи: 1000,
  тысяч: 1000,
  тысячам: 1000,
  тысячах: 1000,
  тыс: 1000,
  hundred: 100,
  thousand: 1000,
};
const NUMBER_WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(SCALES)].sort((a, b) => b.length - a.length).join('|')})`;
// "двести рублей", "полторы тысячи рублей", "five dollars", "twenty-five euros".
// "thirty percent", «двадцать процентов»: a share in words.
const PERCENT_WORD = `percent|per cent|процент[${LETTER}]*`;
const MONEY_IN_WORDS = new RegExp(
  `${EDGE_BEFORE}(${NUMBER_WORD}(?:[\\s-]+(?:and[\\s]+)?${NUMBER_WORD})*)\\.?\\s+${CURRENCY_AFTER.replace('(?:', `(${PERCENT_WORD}|`)}${EDGE_AFTER}`,
  'gu',
);

const CURRENCY_WORD =
  /руб|r(?:ou|o|u)ble|rub|долл|dollar|buck|eur|евро|юан|yuan|yen|[ий]ен|тенге|tenge|грн|гривн|гривен|hryvn|usd|gbp|cny|rmb|uah|kzt|byn|rupee|рупи|peso|песо|ringgit|rand|naira|cedi|shilling|шиллинг|манат|manat|сом|сум|лари|драм|dirham|дирхам|riyal|риал|франк|franc|forint|kron|крон|злот|zlot|лир|lira|бат|baht|krw|vnd|nok|sek|dkk|czk|chf|huf|aed|sar|gel|amd|azn|kgs|uzs|kes|ksh|ngn|ghs|jpy|reais|реал|шекел|shekel|pound|quid|фунт|percent|per cent|процент/;

function wordsToNumber(words: string): number {
  let total = 0;
  let current = 0;
  for (const word of words.split(/[\s-]+/)) {
    if (word === 'and') continue;
    const scale = SCALES[word];
    if (scale) {
      current = (current || 1) * scale;
      if (scale >= 1000) {
        total += current;
        current = 0;
      }
    } else current += UNITS[word] ?? 0;
  }
  return total + current;
}

// «Верните 1 200 за картридж», "refund 15 for the missing lid": a number asked back for something is a sum, even with
// no currency written; the form's currency is the one meant.
const ASKED_FOR_SOMETHING = new RegExp(
  `(?<=(?<![${LETTER}])(?:верните|вернуть|возместите|возместить|компенсируйте|refund|reimburse)\\s+(?:мне\\s+|me\\s+)?)(?:${NUMBER})(?=\\s+(?:за|for)\\s)`,
  'gu',
);

/**
 * Sums with a currency ("1 234,56 ₽", "$12.50", "12,5 USD", "двести рублей"), sums asked back for something without one
 * («верните 1 200 за картридж»), and shares ("50%", "половину"). `text`, the original of `flat` where there is one,
 * tells a Brazilian "R$" from the rupees' "Rs": flattening reads both as "rs".
 */
export function findMoney(flat: string, text?: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  // Sums in words are rare; the long alternation of number words runs only when a currency word is there.
  const inWords = CURRENCY_WORD.test(flat) ? allMatches(MONEY_IN_WORDS, flat) : [];
  for (const match of inWords) {
    if (found.length === MAX_MENTIONS) break;
    const words = wordsToNumber(match[1]!);
    // "5 тысяч рублей", "2 hundred dollars": digits before a scale word multiply it.
    const digits = SCALE_FIRST.test(match[1]!)
      ? DIGITS_BEFORE.exec(flat.slice(Math.max(0, match.index - 12), match.index))
      : null;
    const value = digits ? parseNumber(digits[1]!) * words : words;
    if (value > 0 && PERCENT.test(match[2]!)) {
      found.push({ start: match.index, end: match.index + match[0].length, value, percent: true });
    } else if (value > 0) {
      const start = digits ? match.index - digits[0].length : match.index;
      found.push(
        withMinorUnits(flat, { start, end: match.index + match[0].length, value, currency: currencyCode(match[2]!) }),
      );
    }
  }
  for (const match of allMatches(MONEY, flat)) {
    if (found.length === MAX_MENTIONS) break;
    const [whole, symbolBefore, numberAfterSymbol, number, percentWord, symbolAfter, shareWord] = match;
    const span = { start: match.index, end: match.index + whole.length };
    if (shareWord) {
      found.push({ ...span, value: SHARE_WORDS[shareWord] ?? 50, percent: true });
    } else if (percentWord) {
      found.push({ ...span, value: parseNumber(number!), percent: true });
    } else {
      const value = parseNumber(numberAfterSymbol ?? number!);
      const currency =
        symbolBefore === 'rs' && text?.[match.index + 1] === '$'
          ? 'BRL'
          : currencyCode(symbolBefore ?? symbolAfter ?? '');
      found.push(symbolAfter ? withMinorUnits(flat, { ...span, value, currency }) : { ...span, value, currency });
    }
  }
  for (const match of allMatches(ASKED_FOR_SOMETHING, flat)) {
    if (found.length === MAX_MENTIONS) break;
    found.push({ start: match.index, end: match.index + match[0].length, value: parseNumber(match[0]) });
  }
  return found.sort((a, b) => a.start - b.start);
}

const PERCENT = /^(?:percent|per cent|процент)/;
const SCALE_FIRST = new RegExp(`^(?:${Object.keys(SCALES).join('|')})`);
const DIGITS_BEFORE = /(\d+(?:[.,]\d+)?)\s+$/;
// Cents or kopecks after a whole sum: "twelve dollars fifty", "12 долларов 50 центов", "300 рублей 50 копеек". Without a
// unit word the number must end the phrase ("… dollars fifty, please"), so "10 dollars 3 days ago" stays 10.
const MINOR = new RegExp(
  `^\\s+(?:and\\s+|и\\s+)?(\\d{1,2}|${NUMBER_WORD}(?:[\\s-]+${NUMBER_WORD})?)(?:\\s*(?:cents?|pence|центов|цента|цент|копеек|копейки|копейка|коп\\.?|тиын[${LETTER}]*|pesewas|kobo)(?![${LETTER}])|(?=\\s*(?:[.,;:!?)\\n]|$|\\s(?:please|pls|back|for|to|as|за|пожалуйста|в качестве|как|обратно|назад)(?![${LETTER}]))))`,
  'u',
);

function withMinorUnits(flat: string, mention: MoneyMention): MoneyMention {
  if (!Number.isInteger(mention.value)) return mention;
  const minor = MINOR.exec(flat.slice(mention.end, mention.end + 40));
  if (!minor) return mention;
  const cents = /^\d/.test(minor[1]!) ? Number(minor[1]) : wordsToNumber(minor[1]!);
  if (!(cents > 0 && cents < 100)) return mention;
  return { ...mention, end: mention.end + minor[0].length, value: mention.value + cents / 100 };
}

const DOT_THOUSANDS = /^\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?$/;

function parseNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  if (DOT_THOUSANDS.test(compact)) return Number(compact.replaceAll('.', '').replace(',', '.'));
  const decimal = /,\d{3}(?:\.|$)/.test(compact) ? compact.replaceAll(',', '') : compact.replace(',', '.');
  return Number(decimal);
}

const LOCAL_DOLLARS: Record<string, string> = { us: 'USD', s: 'SGD', a: 'AUD', c: 'CAD', nz: 'NZD', hk: 'HKD' };

function currencyCode(symbol: string): string | undefined {
  if (/^(?:₽|руб|р\.?$|rub$)/.test(symbol)) return 'RUB';
  const dollar = /^(us|s|a|c|nz|hk)\s?[$s]$/.exec(symbol)?.[1];
  if (dollar) return LOCAL_DOLLARS[dollar];
  const localCode = /^(aud|cad|nzd|hkd)$/.exec(symbol)?.[1];
  if (localCode) return localCode.toUpperCase();
  if (/\$|usd|долл|dollar|bucks/.test(symbol)) return 'USD';
  if (/€|eur|евро/.test(symbol)) return 'EUR';
  if (/£|gbp|pound|quid|фунт/.test(symbol)) return 'GBP';
  if (/¥|юан|yuan|cny|rmb/.test(symbol)) return 'CNY';
  if (/yen|[ий]ен|jpy/.test(symbol)) return 'JPY';
  if (/грн|гривн|гривен|hryvn|₴|uah/.test(symbol)) return 'UAH';
  if (/тенге|tenge|₸|kzt/.test(symbol)) return 'KZT';
  if (/byn|^бел/.test(symbol)) return 'BYN';
  return currencyByName(symbol);
}

const CURRENCY_NAMES: readonly (readonly [RegExp, string])[] = [
  [/^r(?:ou|o|u)ble/, 'RUB'],
  [/naira|ngn/, 'NGN'],
  [/cedi|ghs|₵/, 'GHS'],
  [/shilling|шиллинг|kes|ksh/, 'KES'],
  [/манат|manat|azn/, 'AZN'],
  [/^сом|^som|kgs/, 'KGS'],
  [/^сум|uzs/, 'UZS'],
  [/лари|gel/, 'GEL'],
  [/драм|amd/, 'AMD'],
  [/dirham|дирхам|aed/, 'AED'],
  [/riyal|риал|sar/, 'SAR'],
  [/krw/, 'KRW'],
  [/vnd/, 'VND'],
  [/chf|франк|franc/, 'CHF'],
  [/forint|huf/, 'HUF'],
  [/zł|^zl$|zlot|złot|злот/, 'PLN'],
  [/lir|лир|₺/, 'TRY'],
  [/₪|ils|shekel|шекел/, 'ILS'],
  [/baht|бат/, 'THB'],
  [/reais|brl|реал/, 'BRL'],
  [/czk/, 'CZK'],
  [/sek|kronor|krona/, 'SEK'],
  [/nok/, 'NOK'],
  [/dkk/, 'DKK'],
];

function currencyByName(symbol: string): string | undefined {
  for (const [name, code] of CURRENCY_NAMES) if (name.test(symbol)) return code;
  if (/₹|^rs|rupee|рупи|inr/.test(symbol)) return 'INR';
  if (/₱|peso|php/.test(symbol)) return 'PHP';
  if (/^rm|ringgit|myr/.test(symbol)) return 'MYR';
  if (/^r$|rand|zar/.test(symbol)) return 'ZAR';
  return undefined;
}
