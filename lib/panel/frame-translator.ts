import type { Dictionary, Language } from '../i18n/strings';
import { localeFor } from '../i18n/format';
import { translatorFor, type Translator } from '../i18n/translator';

/**
 * Each language's strings are a chunk of their own, loaded when the frame starts: the panel carries only the buyer's
 * language (the dispute check's strings, which follow the language of the text checked, are in the frame in both).
 */
const STRINGS: Record<Language, () => Promise<Dictionary>> = {
  en: () => import('./strings/en').then((module) => module.default),
  ru: () => import('./strings/ru').then((module) => module.default),
};

/**
 * The panel's strings, the page widgets' (the panel names them too) and the deadlines' (the Now card), in the buyer's
 * language; dates and money as the buyer's own locale writes them. The locale files are complete in both languages
 * (tests/unit/i18n), so nothing falls back to another language. The translator reads `dictionary` as it is at each
 * call: parts loaded later (the evidence checklist) add their strings to it.
 */
export async function loadFrameTranslator(
  language: Language,
  preferred: readonly string[],
): Promise<{ i18n: Translator; dictionary: Record<string, string | undefined> }> {
  const dictionary: Record<string, string | undefined> = { ...(await STRINGS[language]()) };
  return { i18n: translatorFor(language, dictionary, {}, localeFor(language, preferred)), dictionary };
}
