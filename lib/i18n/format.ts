import type { Language } from './strings';

/**
 * Dates and money formatted by hand rather than with Intl: the first `Intl.DateTimeFormat` in a page costs about
 * 35 ms (the renderer loads its locale data), which is most of what the panel would add to a page's main thread.
 * Two languages need little: month names, the order of the parts, the separators and a few currency symbols.
 */
const MONTHS: Record<Language, readonly string[]> = {
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  ru: ['янв.', 'февр.', 'мар.', 'апр.', 'мая', 'июн.', 'июл.', 'авг.', 'сент.', 'окт.', 'нояб.', 'дек.'],
};
const SYMBOLS: Partial<Record<string, string>> = {
  USD: '$',
  EUR: '€',
  RUB: '₽',
  BRL: 'R$',
  GBP: '£',
  CNY: 'CN¥',
  JPY: '¥',
  KZT: '₸',
  UAH: '₴',
  PLN: 'zł',
};
const NO_BREAK = '\u00a0';

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hours?: number;
  minutes?: number;
}

export function formatCalendar(language: Language, { year, month, day, hours, minutes }: CalendarParts): string {
  const name = MONTHS[language][month - 1] ?? String(month);
  const date = language === 'ru' ? `${day} ${name} ${year} г.` : `${name} ${day}, ${year}`;
  if (hours === undefined || minutes === undefined) return date;
  const mm = String(minutes).padStart(2, '0');
  const time =
    language === 'ru'
      ? `${String(hours).padStart(2, '0')}:${mm}`
      : `${hours % 12 || 12}:${mm}${NO_BREAK}${hours < 12 ? 'AM' : 'PM'}`;
  return `${date}, ${time}`;
}

export function formatAmount(language: Language, amount: number, currency: string): string {
  const [whole, cents] = amount.toFixed(2).split('.') as [string, string];
  const group = language === 'ru' ? NO_BREAK : ',';
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, group);
  const number = `${grouped}${language === 'ru' ? ',' : '.'}${cents}`;
  const symbol = SYMBOLS[currency] ?? currency;
  if (language === 'ru') return `${number}${NO_BREAK}${symbol}`;
  return SYMBOLS[currency] ? `${symbol}${number}` : `${currency}${NO_BREAK}${number}`;
}
