import { formatAmount, formatCalendar } from './format';
import type { Dictionary, Language, MessageKey } from './strings';

export type { Language };

export type { MessageKey } from './strings';
type PluralBase = MessageKey extends infer Key
  ? Key extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : never
  : never;

/**
 * The first of the browser's preferred languages that we speak; English otherwise.
 * Languages whose speakers mostly read Russian on AliExpress (uk, be, kk…) are not guessed at:
 * the browser's own list decides.
 */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0];
    if (base === 'ru' || base === 'en') return base;
  }
  return 'en';
}

export interface Translator {
  language: Language;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  plural: (base: PluralBase, count: number, values?: Record<string, string | number>) => string;
  formatDate: (epochMs: number) => string;
  /** A date as the page showed it (`2025-12-17`, optionally with `T18:39`), without shifting its time zone. */
  formatPageDate: (pageDate: string) => string;
  formatMoney: (money: { amount: number; currency: string }) => string;
}

/**
 * A translator over the strings given: no dictionary is imported here, so a caller bundles only the strings it
 * needs (the content script carries English and gets the buyer's other language from the worker).
 * A key missing from `dictionary` is looked up in `fallback`, then shown as the key itself.
 */
export function translatorFor(language: Language, dictionary: Dictionary, fallback: Dictionary = {}): Translator {
  // Intl objects are costly to create on a page's first use, so the one still used is made on first need.
  const lazy = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const pluralRules = lazy(() => new Intl.PluralRules(language));

  const lookup = (key: string) => dictionary[key] ?? fallback[key] ?? key;
  const t: Translator['t'] = (key, values) => interpolate(lookup(key), values);
  const plural: Translator['plural'] = (base, count, values) => {
    const form = `${base}_${pluralRules().select(count)}`;
    const template = dictionary[form] ?? dictionary[`${base}_other`] ?? lookup(`${base}_other`);
    return interpolate(template, { count, ...values });
  };
  const formatPageDate = (pageDate: string) => {
    const [date, time] = pageDate.split('T');
    const [year, month, day] = date!.split('-').map(Number) as [number, number, number];
    const [hours, minutes] = time ? (time.split(':').map(Number) as [number, number]) : [];
    return formatCalendar(language, { year, month, day, hours, minutes });
  };
  const formatDate = (epochMs: number) => {
    const at = new Date(epochMs);
    return formatCalendar(language, {
      year: at.getFullYear(),
      month: at.getMonth() + 1,
      day: at.getDate(),
      hours: at.getHours(),
      minutes: at.getMinutes(),
    });
  };
  const formatMoney = ({ amount, currency }: { amount: number; currency: string }) =>
    formatAmount(language, amount, currency);
  return { language, t, plural, formatDate, formatPageDate, formatMoney };
}

function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
