import { describe, expect, it } from 'vitest';
import { dueAfter, dueOfPageDate, opensAfter } from '../../../lib/deadlines/due';
import {
  addCalendarDays,
  endOfPageDate,
  instantOfWallClock,
  isTimeZone,
  localPageDateOf,
} from '../../../lib/deadlines/local-time';
import { utc } from './support';

describe('page dates in the buyer zone', () => {
  it.each([
    // A calendar day runs until the next local day begins.
    ['2025-12-17', 'Europe/Berlin', '2025-12-17T23:00'],
    ['2025-12-17', 'Asia/Tokyo', '2025-12-17T15:00'],
    ['2025-12-17', 'America/New_York', '2025-12-18T05:00'],
    ['2025-12-17', 'UTC', '2025-12-18T00:00'],
    ['2025-07-17', 'Europe/Berlin', '2025-07-17T22:00'], // summer time
    ['2025-12-31', 'Asia/Kolkata', '2025-12-31T18:30'], // half-hour offset, year end
    // A date with a time runs out at that minute.
    ['2025-12-17T18:39', 'Europe/Berlin', '2025-12-17T17:39'],
    ['2025-12-17T18:39', 'America/Los_Angeles', '2025-12-18T02:39'],
    // The day of a DST change: Berlin's 2025-03-30 has 23 hours, so the next day begins at 22:00 UTC.
    ['2025-03-30', 'Europe/Berlin', '2025-03-30T22:00'],
    ['2025-10-26', 'Europe/Berlin', '2025-10-26T23:00'],
  ])('%s in %s ends at %s UTC', (pageDate, zone, expected) => {
    expect(endOfPageDate(pageDate, zone)).toBe(utc(expected));
  });

  it.each([
    // Spring forward: 02:30 does not exist in Berlin on 2025-03-30; it moves forward by the gap (03:30 CEST).
    [{ year: 2025, month: 3, day: 30, hour: 2, minute: 30 }, 'Europe/Berlin', '2025-03-30T01:30'],
    // Fall back: 02:30 happens twice on 2025-10-26; the first (CEST) is taken.
    [{ year: 2025, month: 10, day: 26, hour: 2, minute: 30 }, 'Europe/Berlin', '2025-10-26T00:30'],
    [{ year: 2025, month: 3, day: 9, hour: 2, minute: 30 }, 'America/New_York', '2025-03-09T07:30'], // 03:30 EDT
    [{ year: 2025, month: 11, day: 2, hour: 1, minute: 30 }, 'America/New_York', '2025-11-02T05:30'], // first 01:30 (EDT)
  ])('wall clock %j in %s', (wall, zone, expected) => {
    expect(instantOfWallClock(wall, zone)).toBe(utc(expected));
  });

  it.each([
    ['2025-01-31', 1, '2025-02-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['2025-12-20', 15, '2026-01-04'],
    ['2025-03-01', -1, '2025-02-28'],
    ['2025-03-28T10:15', 5, '2025-04-02T10:15'],
  ])('%s + %i calendar days = %s', (from, days, expected) => {
    expect(addCalendarDays(from, days)).toBe(expected);
  });

  it('reads an instant back as local time', () => {
    expect(localPageDateOf(utc('2025-10-29T08:00'), 'Europe/Berlin')).toBe('2025-10-29T09:00');
    expect(localPageDateOf(utc('2025-10-29T08:00'), 'Asia/Tokyo')).toBe('2025-10-29T17:00');
  });

  it('knows real zones only', () => {
    expect(isTimeZone('Europe/Moscow')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});

describe('rule arithmetic across a DST change', () => {
  it('a timed start counts 24-hour days: 5 days from 10:00 CEST end at 09:00 CET', () => {
    const due = dueAfter('2025-10-24T10:00', 5, 'Europe/Berlin');
    expect(due).toEqual({
      at: utc('2025-10-29T08:00'),
      local: '2025-10-29T09:00',
      allDay: false,
      timeZone: 'Europe/Berlin',
    });
  });

  it('a day start counts calendar days: 5 days from Mar 28 end with Apr 2 (CEST)', () => {
    const due = dueAfter('2025-03-28', 5, 'Europe/Berlin');
    expect(due).toEqual({ at: utc('2025-04-02T22:00'), local: '2025-04-02', allDay: true, timeZone: 'Europe/Berlin' });
  });

  it('an opening starts with its local day', () => {
    expect(opensAfter('2025-03-25', 5, 'Europe/Berlin').at).toBe(utc('2025-03-29T23:00'));
    expect(opensAfter('2025-03-26', 5, 'Europe/Berlin').at).toBe(utc('2025-03-30T22:00'));
  });

  it('keeps the page date as shown', () => {
    expect(dueOfPageDate('2025-12-17', 'Asia/Tokyo')).toMatchObject({ local: '2025-12-17', allDay: true });
  });
});

describe('process time zone does not matter', () => {
  it('gives the same instants whatever TZ the process runs in', () => {
    const before = process.env.TZ;
    const results: number[] = [];
    for (const tz of ['UTC', 'America/New_York', 'Asia/Tokyo']) {
      process.env.TZ = tz;
      results.push(endOfPageDate('2025-10-26', 'Europe/Berlin'), dueAfter('2025-10-24T10:00', 5, 'Europe/Berlin').at);
    }
    process.env.TZ = before;
    expect(new Set(results.filter((_, i) => i % 2 === 0)).size).toBe(1);
    expect(new Set(results.filter((_, i) => i % 2 === 1)).size).toBe(1);
  });
});
