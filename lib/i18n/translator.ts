import { formatAmount, formatCalendar } from './format';
import type { Dictionary, Language } from './strings';
import { textTranslatorFor, type TextTranslator } from './text';

export { pickLanguage, type Language, type MessageKey, type TextTranslator } from './text';

export interface Translator extends TextTranslator {
  formatDate: (epochMs: number) => string;
  /** A date as the page showed it (`2025-12-17`, optionally with `T18:39`), without shifting its time zone. */
  formatPageDate: (pageDate: string) => string;
  formatMoney: (money: { amount: number; currency: string }) => string;
}

/**
 * Words, dates and money over the strings given. `locale` picks how dates and amounts are written (en-GB writes
 * 17 Dec 2025 and a 24-hour clock); it defaults to the language.
 */
export function translatorFor(
  language: Language,
  dictionary: Dictionary,
  fallback: Dictionary = {},
  locale: string = language,
): Translator {
  const formatPageDate = (pageDate: string) => {
    const [date, time] = pageDate.split('T');
    const [year, month, day] = date!.split('-').map(Number) as [number, number, number];
    const [hours, minutes] = time ? (time.split(':').map(Number) as [number, number]) : [];
    return formatCalendar(locale, { year, month, day, hours, minutes });
  };
  const formatDate = (epochMs: number) => {
    const at = new Date(epochMs);
    return formatCalendar(locale, {
      year: at.getFullYear(),
      month: at.getMonth() + 1,
      day: at.getDate(),
      hours: at.getHours(),
      minutes: at.getMinutes(),
    });
  };
  const formatMoney = ({ amount, currency }: { amount: number; currency: string }) =>
    formatAmount(locale, amount, currency);
  return { ...textTranslatorFor(language, dictionary, fallback), formatDate, formatPageDate, formatMoney };
}
