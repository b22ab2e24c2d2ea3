import en from '../../locales/en.json';
import ru from '../../locales/ru.json';
import { translatorFor, type Language, type Translator } from './translator';
import type { Dictionary } from './strings';

export { pickLanguage, translatorFor, type Language, type MessageKey, type Translator } from './translator';

/** The panel's strings in every language: for the worker, the extension pages and tests, not the content script. */
export const PANEL_STRINGS: Record<Language, Dictionary> = { en, ru };

/** A translator with the panel's strings of `language` (English for anything missing), plus `extra` strings. */
export function createTranslator(language: Language, extra: Dictionary = {}, locale?: string): Translator {
  return translatorFor(language, { ...PANEL_STRINGS[language], ...extra }, en, locale);
}
