import { render, type ComponentType } from 'preact';
import { pickLanguage, type MessageKey, type Translator } from '../i18n';
import { createPageTranslator } from './strings';

/** Renders an extension page in the browser's language, with the document's title and language set to match. */
export function mountExtensionPage(App: ComponentType<{ i18n: Translator }>, titleKey: MessageKey): void {
  const language = pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]);
  const i18n = createPageTranslator(language);
  document.documentElement.lang = i18n.language;
  document.title = i18n.t(titleKey);
  render(<App i18n={i18n} />, document.getElementById('app')!);
}
