import en from '../../locales/en.json';
import ru from '../../locales/ru.json';
import { formatAmount, formatCalendar } from './format';
import type { Dictionary, MessageKey } from './strings';

export type { MessageKey } from './strings';
export type Language = 'en' | 'ru';
type PluralBase = MessageKey extends infer Key
  ? Key extends `${infer Base}_${'one' | 'other'}`
    ? Base
    : never
  : never;

const DICTIONARIES: Record<Language, Dictionary> = { en, ru };

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
 * A translator for one language. `extra` adds strings that are not bundled with the caller, e.g. the dispute
 * check's messages, which the worker sends with its answer so they stay out of the content script.
 */
export function createTranslator(language: Language, extra: Dictionary = {}): Translator {
  const dictionary = { ...DICTIONARIES[language], ...extra };
  // Intl objects are costly to create on a page's first use, so the one still used is made on first need.
  const lazy = <T>(make: () => T) => {
    let made: T | undefined;
    return () => (made ??= make());
  };
  const pluralRules = lazy(() => new Intl.PluralRules(language));

  const lookup = (key: string) => dictionary[key] ?? DICTIONARIES.en[key] ?? key;
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
