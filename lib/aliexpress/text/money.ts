/** An amount in the currency's major unit with its ISO 4217 code: the shape of the snapshot `Money`. */
export interface MoneyValue {
  amount: number;
  currency: string;
}

export interface ParseMoneyOptions {
  /** The currency to assume when the text shows none (e.g. the response's `currencyCode`). */
  currency?: string;
  /** The decimal separator, when the page states it (`global_price_local_config.decimalPointChar`). */
  decimal?: ',' | '.';
}

/**
 * Currency marks as AliExpress prints them, most specific first ("US $" before "$", "CN¥" before "¥").
 * A bare "$" is USD: the global site writes other dollars with a prefix (C$, A$, MX$). A bare "¥" is left
 * unknown because the site uses it for both yuan and yen.
 */
const CURRENCY_MARKS: ReadonlyArray<[RegExp, string]> = [
  [/R\$/, 'BRL'],
  [/US\s?\$/i, 'USD'],
  [/C\s?\$|CA\s?\$/, 'CAD'],
  [/A\s?\$|AU\s?\$/, 'AUD'],
  [/MX\s?\$/, 'MXN'],
  [/NZ\s?\$/, 'NZD'],
  [/CN\s?¥|RMB/, 'CNY'],
  [/JP\s?¥/, 'JPY'],
  [/₽|руб\.?|(?<![\p{L}])р\.(?![\p{L}])/iu, 'RUB'],
  [/€/, 'EUR'],
  [/£/, 'GBP'],
  [/zł/i, 'PLN'],
  [/₴|грн/i, 'UAH'],
  [/₸/, 'KZT'],
  [/₩/, 'KRW'],
  [/₹/, 'INR'],
  [/₺/, 'TRY'],
  [/\$/, 'USD'],
];
const ISO_CODE = /(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])/;

// Digits with the grouping marks pages use: space, NBSP, narrow NBSP, thin space, apostrophe, dot and comma.
const NUMBER = /\d(?:[\d\s\u00a0\u202f\u2009'.,]*\d)?/;
const GROUPING_SPACES = /[\s\u00a0\u202f\u2009']/g;
const MAX_AMOUNT = 1e9;

/**
 * Reads the first amount in a price text: "1 234,56 ₽", "R$1.234,56", "US $12.50", "12,5 USD", "CN¥ 88.00".
 * Decimal separator rules, in order: the `decimal` option when given; when both "." and "," appear, the last
 * one is the decimal mark; a mark that appears more than once groups thousands; a single mark followed by exactly
 * three digits groups thousands ("1,234" = 1234, "1.234" = 1234) because no currency AliExpress shows has three
 * decimals; otherwise it is the decimal mark ("12,5" = 12.5). Returns undefined without a currency, for negative
 * amounts (discount rows like "-R$5,66") and for anything out of range.
 */
export function parseMoney(text: string, options: ParseMoneyOptions = {}): MoneyValue | undefined {
  if (typeof text !== 'string') return undefined;
  const sample = text.length > 200 ? text.slice(0, 200) : text;
  const number = NUMBER.exec(sample);
  if (!number) return undefined;
  if (/[-−–]\s*\D{0,4}$/.test(sample.slice(Math.max(0, number.index - 6), number.index))) return undefined;
  const currency = currencyIn(sample) ?? normaliseCurrency(options.currency);
  if (!currency) return undefined;
  const amount = amountOf(number[0], options.decimal);
  return amount === undefined ? undefined : { amount, currency };
}

/** The currency a price text shows, by symbol or ISO code. */
export function currencyIn(text: string): string | undefined {
  for (const [mark, code] of CURRENCY_MARKS) if (mark.test(text)) return code;
  return ISO_CODE.exec(text)?.[1];
}

/** `{cent: 6125, currency: "BRL"}` (the refund list's money) as 61.25 BRL. */
export function moneyFromCents(cent: unknown, currency: unknown): MoneyValue | undefined {
  const code = normaliseCurrency(currency);
  const cents = typeof cent === 'string' && /^\d{1,12}$/.test(cent) ? Number(cent) : cent;
  if (!code || typeof cents !== 'number' || !Number.isSafeInteger(cents) || cents < 0) return undefined;
  return inRange(cents / 100, code);
}

/**
 * `formatPriceInfo` "R$126,59|126|59" (display text, integer part, fraction) with the sibling `currencyCode`:
 * the integer and fraction parts are unambiguous, so they win over reading the display text.
 */
export function moneyFromPriceInfo(priceInfo: unknown, currency: unknown): MoneyValue | undefined {
  if (typeof priceInfo !== 'string') return undefined;
  const [display = '', integer, fraction] = priceInfo.slice(0, 200).split('|');
  const code = normaliseCurrency(currency) ?? currencyIn(display);
  if (!code) return undefined;
  const integerDigits = integer?.replace(/[^\d]/g, '');
  if (integerDigits && /^\d{0,3}$/.test(fraction ?? '') && !/^\s*[-−]/.test(display)) {
    return inRange(Number(`${integerDigits}.${fraction || '0'}`), code);
  }
  return parseMoney(display, { currency: code });
}

function amountOf(raw: string, decimal: ',' | '.' | undefined): number | undefined {
  const compact = raw.replace(GROUPING_SPACES, '');
  const decimalMark = decimal ?? inferDecimalMark(compact);
  const normalised = decimalMark
    ? compact.replace(decimalMark === ',' ? /\./g : /,/g, '').replace(decimalMark, '.')
    : compact.replace(/[.,]/g, '');
  if (!/^\d+(\.\d+)?$/.test(normalised)) return undefined;
  return validAmount(Number(normalised));
}

function inferDecimalMark(compact: string): ',' | '.' | undefined {
  const lastDot = compact.lastIndexOf('.');
  const lastComma = compact.lastIndexOf(',');
  if (lastDot >= 0 && lastComma >= 0) return lastDot > lastComma ? '.' : ',';
  const mark = lastDot >= 0 ? '.' : lastComma >= 0 ? ',' : undefined;
  if (!mark) return undefined;
  if (compact.indexOf(mark) !== compact.lastIndexOf(mark)) return undefined;
  return compact.length - compact.indexOf(mark) - 1 === 3 ? undefined : mark;
}

function inRange(amount: number, currency: string): MoneyValue | undefined {
  const valid = validAmount(amount);
  return valid === undefined ? undefined : { amount: valid, currency };
}

function validAmount(amount: number): number | undefined {
  if (!Number.isFinite(amount) || amount < 0 || amount > MAX_AMOUNT) return undefined;
  return Math.round(amount * 100) / 100;
}

function normaliseCurrency(value: unknown): string | undefined {
  return typeof value === 'string' && /^[A-Za-z]{3}$/.test(value.trim()) ? value.trim().toUpperCase() : undefined;
}
