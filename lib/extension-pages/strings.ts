import optionsEn from '../../locales/options/en.json';
import optionsRu from '../../locales/options/ru.json';
import en from '../../locales/pages/en.json';
import ru from '../../locales/pages/ru.json';
import syncEn from '../../locales/sync/en.json';
import syncRu from '../../locales/sync/ru.json';
import dashboardEn from '../../locales/dashboard/en.json';
import dashboardRu from '../../locales/dashboard/ru.json';
import { createTranslator, type Language, type Translator } from '../i18n';

/** A translator with the popup's and options page's own strings (the dashboard's, sync's and the settings'), which the content script does not carry. */
export function createPageTranslator(language: Language): Translator {
  return createTranslator(language, {
    ...{ en, ru }[language],
    ...{ en: dashboardEn, ru: dashboardRu }[language],
    ...{ en: syncEn, ru: syncRu }[language],
    ...{ en: optionsEn, ru: optionsRu }[language],
  });
}
