import { MONTH_BY_WORD, MONTH_WORD_PATTERN } from './month-names';

/** A local date as the page shows it: `2025-12-17` or `2025-12-17T10:05` (the PageDate format). */
type PageDateText = string;

export interface ParseDateOptions {
  /** For dates shown without a year ("Jul. 28"): the moment the page was read. Defaults to now. */
  referenceDate?: Date;
}

interface DateParts {
  index: number;
  year?: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

// Letters next to a month word mean it is part of another word ("Mayor", "декабрист"); JS \b knows no Cyrillic.
const NOT_LETTER_BEFORE = '(?<![\\p{L}])';
const NOT_LETTER_AFTER = '(?![\\p{L}])';
const TIME =
  '(?:,?\\s+(?:at\\s+|в\\s+|às\\s+|à\\s+)?(\\d{1,2}):(\\d{2})(?::\\d{2})?(?:\\s*([AaPp])\\.?[Mm]\\.?(?![\\p{L}]))?)?';
const YEAR = '(\\d{4})(?![\\d:])';

const ISO = new RegExp(`(?<!\\d)(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::\\d{2})?)?(?!\\d)`, 'u');
const DOTTED = new RegExp(`(?<![\\d.])(\\d{1,2})\\.(\\d{1,2})\\.${YEAR}${TIME}`, 'u');
const MONTH_FIRST = new RegExp(
  `${NOT_LETTER_BEFORE}(${MONTH_WORD_PATTERN})\\.?${NOT_LETTER_AFTER}\\s*(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s*${YEAR})?${TIME}`,
  'iu',
);
const DAY_FIRST = new RegExp(
  `(?<![\\d.])(\\d{1,2})\\.?\\s*(?:de\\s+)?(${MONTH_WORD_PATTERN})\\.?${NOT_LETTER_AFTER}(?:,?\\s*(?:de\\s+)?${YEAR}(?:\\s*г\\.?)?)?${TIME}`,
  'iu',
);

/**
 * Finds the first date in a text from the page and returns it as the page shows it (no time-zone conversion).
 * Forms: ISO `2022-03-23 21:19:58`, `17.12.2025`, `Dec 17, 2025`, `Dec. 17, 2025 10:05`, `17 Dec 2025`,
 * `17 декабря 2025 г.`, `от 17 декабря 2025`, and the yearless `Tue | Jul. 28 18:39`.
 *
 * Yearless dates take the year that puts them in the window from eleven months before to one month after the
 * reference date: pages show yearless dates for recent events (tracking) and near promises (delivery estimates).
 * Impossible dates (Feb 30, 25:00) are rejected rather than rolled over.
 */
export function parsePageDate(text: string, options: ParseDateOptions = {}): PageDateText | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const sample = text.length > 2000 ? text.slice(0, 2000) : text;
  const found = [matchIso(sample), matchDotted(sample), matchMonthFirst(sample), matchDayFirst(sample)]
    .filter((parts): parts is DateParts => parts !== undefined)
    .sort((a, b) => a.index - b.index);
  for (const parts of found) {
    const formatted = formatParts(parts, options.referenceDate ?? new Date());
    if (formatted) return formatted;
  }
  return undefined;
}

function matchIso(text: string): DateParts | undefined {
  const m = ISO.exec(text);
  if (!m) return undefined;
  return { index: m.index, year: +m[1]!, month: +m[2]!, day: +m[3]!, ...time(m[4], m[5], undefined) };
}

function matchDotted(text: string): DateParts | undefined {
  const m = DOTTED.exec(text);
  if (!m) return undefined;
  return { index: m.index, day: +m[1]!, month: +m[2]!, year: +m[3]!, ...time(m[4], m[5], m[6]) };
}

function matchMonthFirst(text: string): DateParts | undefined {
  const m = MONTH_FIRST.exec(text);
  const month = m && MONTH_BY_WORD.get(m[1]!.toLowerCase());
  if (!m || !month) return undefined;
  return { index: m.index, month, day: +m[2]!, year: m[3] ? +m[3] : undefined, ...time(m[4], m[5], m[6]) };
}

function matchDayFirst(text: string): DateParts | undefined {
  const m = DAY_FIRST.exec(text);
  const month = m && MONTH_BY_WORD.get(m[2]!.toLowerCase());
  if (!m || !month) return undefined;
  return { index: m.index, day: +m[1]!, month, year: m[3] ? +m[3] : undefined, ...time(m[4], m[5], m[6]) };
}

/** 24-hour time; "10:05 PM" becomes 22:05, and an impossible 12-hour time ("13:00 PM") is dropped. */
function time(
  hour: string | undefined,
  minute: string | undefined,
  meridiem: string | undefined,
): Pick<DateParts, 'hour' | 'minute'> {
  if (hour === undefined || minute === undefined) return {};
  if (!meridiem) return { hour: +hour, minute: +minute };
  if (+hour < 1 || +hour > 12) return {};
  return { hour: (+hour % 12) + (/p/i.test(meridiem) ? 12 : 0), minute: +minute };
}

const DAY_MS = 86_400_000;

function formatParts(parts: DateParts, reference: Date): PageDateText | undefined {
  const year = parts.year ?? yearNearReference(parts.month, parts.day, reference);
  if (year === undefined || year < 2000 || year > 2100 || !isRealDate(year, parts.month, parts.day)) return undefined;
  const date = `${year}-${pad(parts.month)}-${pad(parts.day)}`;
  if (parts.hour === undefined || parts.minute === undefined) return date;
  if (parts.hour > 23 || parts.minute > 59) return date;
  return `${date}T${pad(parts.hour)}:${pad(parts.minute)}`;
}

function yearNearReference(month: number, day: number, reference: Date): number | undefined {
  const referenceMs = reference.getTime();
  if (!Number.isFinite(referenceMs)) return undefined;
  const latestAllowed = referenceMs + 31 * DAY_MS;
  const referenceYear = reference.getUTCFullYear();
  for (const year of [referenceYear + 1, referenceYear, referenceYear - 1]) {
    if (isRealDate(year, month, day) && Date.UTC(year, month - 1, day) <= latestAllowed) return year;
  }
  return undefined;
}

function isRealDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const pad = (value: number) => String(value).padStart(2, '0');
