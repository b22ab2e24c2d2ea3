import en from '../../locales/pages/en.json';
import ru from '../../locales/pages/ru.json';
import dashboardEn from '../../locales/dashboard/en.json';
import dashboardRu from '../../locales/dashboard/ru.json';
import { createTranslator, type Language, type Translator } from '../i18n';

const PAGE_STRINGS = { en: { ...en, ...dashboardEn }, ru: { ...ru, ...dashboardRu } };

/** A translator with the popup's and options page's own strings, which the content script does not carry. */
export function createPageTranslator(language: Language): Translator {
  return createTranslator(language, PAGE_STRINGS[language]);
}
