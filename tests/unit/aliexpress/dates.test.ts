import { describe, expect, it } from 'vitest';
import { parsePageDate } from '../../../lib/aliexpress/text/dates';

const reference = new Date('2026-09-07T12:00:00Z');

describe('parsePageDate', () => {
  it.each([
    ['Dec 17, 2025', '2025-12-17'],
    ['Dec. 17, 2025', '2025-12-17'],
    ['17 Dec 2025', '2025-12-17'],
    ['December 17, 2025 10:05', '2025-12-17T10:05'],
    ['Dec 17, 2025, 10:05 PM', '2025-12-17T22:05'],
    ['Dec 17, 2025 12:30 a.m.', '2025-12-17T00:30'],
    ['Order date: Jul 15, 2026', '2026-07-15'],
    ['2022-03-23 21:19:58', '2022-03-23T21:19'],
    ['2026-01-05', '2026-01-05'],
    ['17.12.2025', '2025-12-17'],
    ['17.12.2025 08:30', '2025-12-17T08:30'],
    ['Refund if no delivery before Oct 15, 2026', '2026-10-15'],
    ['Estimated delivery date: Aug 3, 2026', '2026-08-03'],
  ])('reads the English and numeric form %s', (text, expected) => {
    expect(parsePageDate(text, { referenceDate: reference })).toBe(expected);
  });

  it.each([
    ['17 декабря 2025', '2025-12-17'],
    ['17 декабря 2025 г.', '2025-12-17'],
    ['от 17 декабря 2025', '2025-12-17'],
    ['Заказ от 3 марта 2026 г., 14:20', '2026-03-03T14:20'],
    ['1 мая 2026', '2026-05-01'],
    ['Доставлен 28 ноября 2025', '2025-11-28'],
  ])('reads the Russian form %s', (text, expected) => {
    expect(parsePageDate(text, { referenceDate: reference })).toBe(expected);
  });

  it.each([
    ['15 de octubre de 2026', '2026-10-15'],
    ['15 de outubro de 2026', '2026-10-15'],
    ['15 octobre 2026', '2026-10-15'],
  ])('reads the Spanish, Portuguese and French form %s', (text, expected) => {
    expect(parsePageDate(text, { referenceDate: reference })).toBe(expected);
  });

  it('places a yearless date between eleven months before and one month after the reference', () => {
    expect(parsePageDate('Tue | Jul. 28 18:39', { referenceDate: reference })).toBe('2026-07-28T18:39');
    expect(parsePageDate('Jul. 28', { referenceDate: reference })).toBe('2026-07-28');
    expect(parsePageDate('Oct. 2', { referenceDate: reference })).toBe('2026-10-02');
    expect(parsePageDate('Dec. 20', { referenceDate: reference })).toBe('2025-12-20');
    expect(parsePageDate('Dec. 20', { referenceDate: new Date('2027-01-03T00:00:00Z') })).toBe('2026-12-20');
    expect(parsePageDate('Jan. 20', { referenceDate: new Date('2026-12-28T00:00:00Z') })).toBe('2027-01-20');
  });

  it.each(['Feb 30, 2026', '31.04.2026', '2026-13-01', '2025-02-29', 'Completed', '', 'Set of 6 coasters', 'Mayor 5'])(
    'rejects %j',
    (text) => {
      expect(parsePageDate(text, { referenceDate: reference })).toBeUndefined();
    },
  );

  it('keeps the date but drops an impossible time', () => {
    expect(parsePageDate('2026-01-05 25:61', { referenceDate: reference })).toBe('2026-01-05');
  });
});
