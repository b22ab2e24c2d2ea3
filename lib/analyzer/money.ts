import { LETTER } from './patterns';
import type { Span } from './types';

export interface MoneyMention extends Span {
  value: number;
  /** ISO code for a sum; absent for a share of the price. */
  currency?: string;
  percent?: boolean;
}

const NUMBER =
  '\\d{1,3}(?:,\\d{3})+(?:\\.\\d{1,2})?|\\d{1,3}(?:[ \\u00a0\\u202f]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?';
const CURRENCY_BEFORE = '(?:us\\s?\\$|\\$|€|£|¥|₽)';
const CURRENCY_AFTER = `(?:₽|руб[${LETTER}]*\\.?|р\\.|usd|us\\$|\\$|долл[${LETTER}]*\\.?|dollars?|bucks|eur|€|евро|юан[${LETTER}]*|cny|rmb|¥|грн|₴|uah|тенге|₸|kzt|byn|£|gbp)`;
const EDGE_BEFORE = `(?<![${LETTER}0-9.,])`;
const EDGE_AFTER = `(?![${LETTER}0-9])`;
const MONEY = new RegExp(
  `${EDGE_BEFORE}(?:(${CURRENCY_BEFORE})\\s?(${NUMBER})|(${NUMBER})\\s?(?:(%|процент[${LETTER}]*|percent)|${CURRENCY_AFTER.replace('(?:', '(')}))${EDGE_AFTER}|${EDGE_BEFORE}(половин[${LETTER}]*|треть|четверть|half)${EDGE_AFTER}`,
  'gu',
);
const SHARE_WORDS: Record<string, number> = { треть: 100 / 3, четверть: 25 };

// A dispute names a handful of sums; a text with thousands of them is not one, and must not cost seconds.
const MAX_MENTIONS = 50;

/** Sums with a currency ("1 234,56 ₽", "$12.50", "12,5 USD") and shares of the price ("50%", "половину"). */
export function findMoney(flat: string): MoneyMention[] {
  const found: MoneyMention[] = [];
  for (const match of flat.matchAll(MONEY)) {
    if (found.length === MAX_MENTIONS) break;
    const [whole, symbolBefore, numberAfterSymbol, number, percentWord, symbolAfter, shareWord] = match;
    const span = { start: match.index, end: match.index + whole.length };
    if (shareWord) {
      found.push({ ...span, value: SHARE_WORDS[shareWord] ?? 50, percent: true });
    } else if (percentWord) {
      found.push({ ...span, value: parseNumber(number!), percent: true });
    } else {
      const value = parseNumber(numberAfterSymbol ?? number!);
      found.push({ ...span, value, currency: currencyCode(symbolBefore ?? symbolAfter ?? '') });
    }
  }
  return found;
}

function parseNumber(text: string): number {
  const compact = text.replace(/[\s\u00a0\u202f]/g, '');
  const decimal = /,\d{3}(?:\.|$)/.test(compact) ? compact.replaceAll(',', '') : compact.replace(',', '.');
  return Number(decimal);
}

function currencyCode(symbol: string): string | undefined {
  if (/^(?:₽|руб|р\.)/.test(symbol)) return 'RUB';
  if (/\$|usd|долл|dollar|bucks/.test(symbol)) return 'USD';
  if (/€|eur|евро/.test(symbol)) return 'EUR';
  if (/£|gbp/.test(symbol)) return 'GBP';
  if (/¥|юан|cny|rmb/.test(symbol)) return 'CNY';
  if (/грн|₴|uah/.test(symbol)) return 'UAH';
  if (/тенге|₸|kzt/.test(symbol)) return 'KZT';
  if (/byn/.test(symbol)) return 'BYN';
  return undefined;
}
