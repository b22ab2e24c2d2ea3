import type { Due } from '../model/deadlines';
import type { PageDate } from '../model/snapshots';
import { addCalendarDays, endOfPageDate, localPageDateOf, MS, startOfLocalDay } from './local-time';

/** A date the page shows, as a Due: a calendar day runs to the end of that local day; a time, to that minute. */
export function dueOfPageDate(value: PageDate, timeZone: string): Due {
  return { at: endOfPageDate(value, timeZone), local: value, allDay: !value.includes('T'), timeZone };
}

/**
 * `days` after a start. A start with a time is a timestamp the platform counts from, so the timer is a duration
 * (days × 24 h, as AliExpress's servers count it: Part 2 A5 "gmt_create + 5 × 24 h"), and a DST change moves the
 * local clock time of the result by an hour. A start that is only a day counts calendar days and ends with the
 * local day, so DST cannot move it.
 */
export function dueAfter(start: PageDate, days: number, timeZone: string): Due {
  if (!start.includes('T')) return dueOfPageDate(addCalendarDays(start, days), timeZone);
  const at = endOfPageDate(start, timeZone) + days * MS.day;
  return { at, local: localPageDateOf(at, timeZone), allDay: false, timeZone };
}

/** From when something becomes possible `days` after a start: the beginning of that local day, or that minute. */
export function opensAfter(start: PageDate, days: number, timeZone: string): Due {
  if (!start.includes('T')) {
    const day = addCalendarDays(start, days);
    return { at: startOfLocalDay(day, timeZone), local: day, allDay: true, timeZone };
  }
  return dueAfter(start, days, timeZone);
}

/** Calendar-day shift of an existing Due (a day stays a day; a time keeps its local clock time). */
export function shiftDue(due: Due, days: number): Due {
  return dueOfPageDate(addCalendarDays(due.local, days), due.timeZone);
}
