import { describe, expect, it } from 'vitest';
import { formatAmount, formatCalendar, localeFor } from '../../../lib/i18n/format';
import { translatorFor } from '../../../lib/i18n/translator';

describe('dates and money, with Intl', () => {
  it('a page date is shown as the day the page showed, whatever the time zone', () => {
    expect(formatCalendar('en', { year: 2026, month: 2, day: 14 })).toBe('Feb 14, 2026');
    expect(formatCalendar('ru', { year: 2026, month: 2, day: 14 })).toBe('14 февр. 2026 г.');
  });

  it('times: 24-hour in Russian and British English, 12-hour in American English', () => {
    expect(formatCalendar('ru', { year: 2026, month: 1, day: 12, hours: 8, minutes: 40 })).toBe(
      '12 янв. 2026 г., 08:40',
    );
    expect(formatCalendar('en-GB', { year: 2026, month: 1, day: 12, hours: 13, minutes: 5 })).toBe(
      '12 Jan 2026, 13:05',
    );
    expect(formatCalendar('en', { year: 2026, month: 1, day: 12, hours: 13, minutes: 5 }).replace(/\s/g, ' ')).toBe(
      'Jan 12, 2026, 1:05 PM',
    );
  });

  it('amounts in their currency, with its own decimals (yen has none)', () => {
    expect(formatAmount('en', 1234.5, 'USD')).toBe('$1,234.50');
    expect(formatAmount('en', 1500, 'JPY')).toBe('¥1,500');
    expect(formatAmount('ru', 12.5, 'RUB').replace(/\s/g, ' ')).toBe('12,50 ₽');
  });

  it('a currency code Intl does not know is written beside the number', () => {
    expect(formatAmount('en', 5, 'XY1')).toBe('XY1\u00a05.00');
  });

  it('the buyer’s own locale of the language shown', () => {
    expect(localeFor('en', ['en-GB', 'ru'])).toBe('en-GB');
    expect(localeFor('ru', ['de', 'ru-RU'])).toBe('ru-RU');
    expect(localeFor('en', ['de'])).toBe('en');
  });

  it('a translator formats in its locale', () => {
    const british = translatorFor('en', {}, {}, 'en-GB');
    expect(british.formatPageDate('2025-12-17')).toBe('17 Dec 2025');
  });
});
