import type { PageDate } from '../model/snapshots';

/**
 * Wall-clock arithmetic in a named IANA time zone without a date library. Pages show dates in the buyer's own
 * zone (the browser renders them), so a page date is turned into an instant with the zone the browser had when the
 * page was read. The zone is always passed in: the functions stay pure and tests can pin any zone (DST included).
 */

const MINUTE = 60_000;
const MS_DAY = 24 * 60 * MINUTE;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    // hourCycle h23 keeps midnight as 00, not 24.
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** True for a zone name the runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

/**
 * The wall clock of an instant in a zone, remembered: formatToParts is the costly step of every date computation
 * (the popup's dashboard computes the deadlines of a thousand cases at once), and neighbouring calendar days ask for
 * the same instants (a day's end is the next day's start; offsets are read a day either side). Exact, never
 * approximated; the memory is bounded.
 */
const wallClocks = new Map<string, Readonly<WallClock & { second: number }>>();
const MAX_REMEMBERED_WALL_CLOCKS = 20_000;

function wallClockAt(instant: number, timeZone: string): Readonly<WallClock & { second: number }> {
  const key = `${timeZone}|${instant}`;
  let wall = wallClocks.get(key);
  if (!wall) {
    if (wallClocks.size >= MAX_REMEMBERED_WALL_CLOCKS) wallClocks.clear();
    wall = readWallClock(instant, timeZone);
    wallClocks.set(key, wall);
  }
  return wall;
}

/** What the en-US formatter writes, e.g. `12/3/2026, 07:13:19`: parsing it is three times faster than formatToParts. */
const EN_US_WALL_CLOCK = /^(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{2}):(\d{2}):(\d{2})$/;

function readWallClock(instant: number, timeZone: string): WallClock & { second: number } {
  const formatter = formatterFor(timeZone);
  const match = EN_US_WALL_CLOCK.exec(formatter.format(instant));
  if (match) {
    const [, month, day, year, hour, minute, second] = match.map(Number) as number[];
    return { year: year!, month: month!, day: day!, hour: hour!, minute: minute!, second: second! };
  }
  // Any other shape (a runtime writing it differently, a year before 1000): the parts, slower but certain.
  const parts: Record<string, number> = {};
  for (const part of formatter.formatToParts(new Date(instant))) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year!,
    month: parts.month!,
    day: parts.day!,
    hour: parts.hour!,
    minute: parts.minute!,
    second: parts.second!,
  };
}

/** The zone's offset from UTC at an instant, in milliseconds (Berlin in summer: +2 h). */
function offsetAt(instant: number, timeZone: string): number {
  const wall = wallClockAt(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant a wall-clock time happens in a zone. The offsets a day before and a day after cover any one change:
 * a time repeated by a fall-back change resolves to its first occurrence; a time skipped by a spring-forward change
 * moves forward by the gap (02:30 becomes 03:30), as Temporal's "compatible" choice does.
 */
export function instantOfWallClock(wall: WallClock, timeZone: string): number {
  const guess = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute);
  const before = guess - offsetAt(guess - MS_DAY, timeZone);
  const after = guess - offsetAt(guess + MS_DAY, timeZone);
  const shows = (instant: number) => {
    const at = wallClockAt(instant, timeZone);
    return (
      at.year === wall.year &&
      at.month === wall.month &&
      at.day === wall.day &&
      at.hour === wall.hour &&
      at.minute === wall.minute
    );
  };
  // Away from a change both guesses agree: one check is enough.
  const real = (before === after ? [before] : [before, after]).filter(shows);
  return real.length ? Math.min(...real) : before;
}

/** Splits a PageDate into its parts; the time is absent for a calendar day. */
export function pageDateParts(value: PageDate): { year: number; month: number; day: number; time?: [number, number] } {
  const [date, time] = value.split('T') as [string, string | undefined];
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const clock = time?.split(':').map(Number) as [number, number] | undefined;
  return { year, month, day, ...(clock && { time: clock }) };
}

/** The calendar day `days` after `day` (negative goes back), by the calendar, not by 24-hour steps. */
export function addCalendarDays(value: PageDate, days: number): PageDate {
  const { year, month, day, time } = pageDateParts(value);
  const moved = new Date(Date.UTC(year, month - 1, day + days));
  const date = moved.toISOString().slice(0, 10);
  return time ? `${date}T${pad(time[0])}:${pad(time[1])}` : date;
}

/** The instant a local day begins (usually 00:00; a zone that skips midnight starts later). */
export function startOfLocalDay(value: PageDate, timeZone: string): number {
  const { year, month, day } = pageDateParts(value);
  return instantOfWallClock({ year, month, day, hour: 0, minute: 0 }, timeZone);
}

/**
 * When a page date runs out: a calendar day lasts until the next local day begins (so "until Dec 17" includes all
 * of Dec 17); a date with a time runs out at that minute.
 */
export function endOfPageDate(value: PageDate, timeZone: string): number {
  const { year, month, day, time } = pageDateParts(value);
  if (!time) return startOfLocalDay(addCalendarDays(value.slice(0, 10), 1), timeZone);
  return instantOfWallClock({ year, month, day, hour: time[0], minute: time[1] }, timeZone);
}

/** The local date and time of an instant, as a PageDate with minutes (seconds dropped). */
export function localPageDateOf(instant: number, timeZone: string): PageDate {
  const wall = wallClockAt(instant, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

export const MS = { minute: MINUTE, hour: 60 * MINUTE, day: 24 * 60 * MINUTE } as const;

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
