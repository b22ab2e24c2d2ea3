import type { Language } from '../i18n/strings';

/** The dossier's own strings and the checklist's (the summary names each evidence item), in one language. */
const STRINGS: Record<Language, () => Promise<Array<Record<string, string>>>> = {
  en: () =>
    Promise.all([
      import('../../locales/dossier/en.json').then((module) => module.default),
      import('../../locales/evidence/en.json').then((module) => module.default),
    ]),
  ru: () =>
    Promise.all([
      import('../../locales/dossier/ru.json').then((module) => module.default),
      import('../../locales/evidence/ru.json').then((module) => module.default),
    ]),
};

/** Adds the dossier's strings to the dictionary a translator reads (lib/panel/frame-translator.ts). */
export async function loadDossierStrings(language: Language, dictionary: Record<string, string | undefined>) {
  for (const bundle of await STRINGS[language]()) Object.assign(dictionary, bundle);
}
