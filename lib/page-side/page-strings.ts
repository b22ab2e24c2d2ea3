import en from '../../locales/page/en.json';
import ru from '../../locales/page/ru.json';
import { textTranslatorFor, type Language, type TextTranslator } from '../i18n/text';

/** The few words the content script writes into AliExpress pages, in both languages (a few hundred bytes). */
export function pageTranslator(language: Language): TextTranslator {
  return textTranslatorFor(language, { en, ru }[language], en);
}
