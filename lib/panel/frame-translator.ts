import evidenceEn from '../../locales/evidence/en.json';
import evidenceRu from '../../locales/evidence/ru.json';
import pageEn from '../../locales/page/en.json';
import pageRu from '../../locales/page/ru.json';
import remindersEn from '../../locales/reminders/en.json';
import remindersRu from '../../locales/reminders/ru.json';
import { createTranslator, type Language, type Translator } from '../i18n';
import { localeFor } from '../i18n/format';

/**
 * The panel's strings, the page widgets' (the panel names them too), the deadlines' (the Now card) and the evidence
 * checklists', in the buyer's language; dates and money as the buyer's own locale writes them.
 */
export function frameTranslator(language: Language, preferred: readonly string[]): Translator {
  const extra =
    language === 'ru' ? { ...pageRu, ...remindersRu, ...evidenceRu } : { ...pageEn, ...remindersEn, ...evidenceEn };
  return createTranslator(language, extra, localeFor(language, preferred));
}
