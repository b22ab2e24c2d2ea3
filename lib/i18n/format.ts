import type { Language } from './strings';

/**
 * Dates and money in the buyer's language, with Intl. Only the panel frame, the extension pages and the worker
 * format, never the page side: a page's first Intl formatter costs it about 35 ms of main thread.
 */
const formats = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();
function cached<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let format = formats.get(key) as T | undefined;
  if (!format) formats.set(key, (format = make()));
  return format;
}

export interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hours?: number;
  minutes?: number;
}

/** A calendar day (and time) as shown, without moving it through any time zone. */
export function formatCalendar(locale: string, { year, month, day, hours, minutes }: CalendarParts): string {
  const withTime = hours !== undefined && minutes !== undefined;
  const format = cached(
    `date|${locale}|${withTime}`,
    () =>
      new Intl.DateTimeFormat(locale, {
        dateStyle: 'medium',
        ...(withTime && { timeStyle: 'short' }),
        timeZone: 'UTC',
      }),
  );
  return format.format(Date.UTC(year, month - 1, day, hours ?? 0, minutes ?? 0));
}

export function formatAmount(locale: string, amount: number, currency: string): string {
  try {
    return cached(
      `money|${locale}|${currency}`,
      () => new Intl.NumberFormat(locale, { style: 'currency', currency }),
    ).format(amount);
  } catch {
    // A code Intl does not know: write it next to the number.
    return `${currency}\u00a0${amount.toFixed(2)}`;
  }
}

/** The buyer's own locale when it is of the language shown (en-GB for English), so dates and times read as usual. */
export function localeFor(language: Language, preferred: readonly string[]): string {
  return preferred.find((tag) => tag.toLowerCase().split('-')[0] === language) ?? language;
}
