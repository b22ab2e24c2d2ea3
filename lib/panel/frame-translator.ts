import pageEn from '../../locales/page/en.json';
import pageRu from '../../locales/page/ru.json';
import { createTranslator, type Language, type Translator } from '../i18n';

/** The panel's strings, and the page widgets' (the panel names them too), in the buyer's language. */
export function frameTranslator(language: Language): Translator {
  return createTranslator(language, { en: pageEn, ru: pageRu }[language]);
}
