import { describe, expect, it } from 'vitest';
import { formatAmount, formatCalendar } from '../../../lib/i18n/format';

// The hand-made formats must read like the browser's own medium formats, which they replace for speed.
describe.each(['en', 'ru'] as const)('%s', (language) => {
  it('dates read as Intl medium dates, every month', () => {
    const intl = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 9, 28]) {
        expect(formatCalendar(language, { year: 2026, month, day })).toBe(intl.format(Date.UTC(2026, month - 1, day)));
      }
    }
  });

  it('amounts read as Intl currency amounts', () => {
    const currencies = language === 'ru' ? ['USD', 'EUR', 'RUB'] : ['USD', 'EUR'];
    for (const currency of currencies) {
      const intl = new Intl.NumberFormat(language, { style: 'currency', currency });
      for (const amount of [0, 0.5, 12.5, 1234.56, 1234567.891]) {
        expect(formatAmount(language, amount, currency).normalize()).toBe(
          intl.format(amount).replace(/\u202f/g, '\u00a0'),
        );
      }
    }
  });
});

it('times: 24-hour in Russian, 12-hour in English', () => {
  expect(formatCalendar('ru', { year: 2026, month: 1, day: 12, hours: 8, minutes: 40 })).toBe('12 янв. 2026 г., 08:40');
  expect(formatCalendar('en', { year: 2026, month: 1, day: 12, hours: 0, minutes: 5 })).toBe(
    'Jan 12, 2026, 12:05\u00a0AM',
  );
  expect(formatCalendar('en', { year: 2026, month: 1, day: 12, hours: 13, minutes: 0 })).toBe(
    'Jan 12, 2026, 1:00\u00a0PM',
  );
});

it('a currency without a symbol is written with its code', () => {
  expect(formatAmount('en', 5, 'XYZ')).toBe('XYZ\u00a05.00');
  expect(formatAmount('ru', 5, 'XYZ')).toBe('5,00\u00a0XYZ');
});
