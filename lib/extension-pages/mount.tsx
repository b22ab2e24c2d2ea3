import { render, type ComponentType } from 'preact';
import { createTranslator, pickLanguage, type MessageKey, type Translator } from '../i18n';

/** Renders an extension page in the browser's language, with the document's title and language set to match. */
export function mountExtensionPage(App: ComponentType<{ i18n: Translator }>, titleKey: MessageKey): void {
  const i18n = createTranslator(pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]));
  document.documentElement.lang = i18n.language;
  document.title = i18n.t(titleKey);
  render(<App i18n={i18n} />, document.getElementById('app')!);
}
