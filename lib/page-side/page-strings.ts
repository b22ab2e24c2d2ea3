import en from '../../locales/page/en.json';
import ru from '../../locales/page/ru.json';
import { translatorFor, type Language, type Translator } from '../i18n/translator';

/** The few words the content script writes into AliExpress pages, in both languages (a few hundred bytes). */
export function pageTranslator(language: Language): Translator {
  return translatorFor(language, { en, ru }[language], en);
}
