import type { Dictionary, Language, MessageKey } from './strings';

export type { Language, MessageKey };

export type PluralBase = MessageKey extends infer Key
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

/** Words only: what the page side needs (it formats no dates or money). */
export interface TextTranslator {
  language: Language;
  t: (key: MessageKey, values?: Record<string, string | number>) => string;
  plural: (base: PluralBase, count: number, values?: Record<string, string | number>) => string;
}

/**
 * Words over the strings given: no dictionary is imported here, so a caller bundles only the strings it needs.
 * A key missing from `dictionary` is looked up in `fallback`, then shown as the key itself.
 */
export function textTranslatorFor(
  language: Language,
  dictionary: Dictionary,
  fallback: Dictionary = {},
): TextTranslator {
  let pluralRules: Intl.PluralRules | undefined;
  const lookup = (key: string) => dictionary[key] ?? fallback[key] ?? key;
  const t: TextTranslator['t'] = (key, values) => interpolate(lookup(key), values);
  const plural: TextTranslator['plural'] = (base, count, values) => {
    pluralRules ??= new Intl.PluralRules(language);
    const form = `${base}_${pluralRules.select(count)}`;
    const template = dictionary[form] ?? dictionary[`${base}_other`] ?? lookup(`${base}_other`);
    return interpolate(template, { count, ...values });
  };
  return { language, t, plural };
}

function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : whole,
  );
}
