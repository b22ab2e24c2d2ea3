import { render } from 'preact';
import { EvidenceSection } from '../../components/EvidenceSection';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { pickLanguage } from '../i18n/text';
import { ID_PATTERN } from '../model/vocab';
import { createEvidenceController, loadEvidenceStrings } from './evidence-part';
import { loadFrameTranslator } from './frame-translator';

/**
 * The order's evidence checklist in a tab of its own (`evidence.html?order=<id>`), for browsers that keep the panel
 * frame inside AliExpress pages from the extension's storage. A top-level extension page always has that storage.
 */
export async function startEvidencePage(root: HTMLElement): Promise<void> {
  const preferred = navigator.languages.length ? navigator.languages : [navigator.language];
  const language = pickLanguage(preferred);
  const { i18n, dictionary } = await loadFrameTranslator(language, preferred);
  await loadEvidenceStrings(language, dictionary);
  document.documentElement.lang = language;
  const orderId = new URLSearchParams(location.search).get('order') ?? '';
  document.title = `${i18n.t('checklist.heading')} · ${i18n.t('orderIdLabel')} ${orderId}`;
  if (!ID_PATTERN.test(orderId)) {
    render(<p class="dh-root">{i18n.t('checklist.noOrder')}</p>, root);
    return;
  }
  const paint = () => {
    const view = evidence.view();
    render(
      <ErrorBoundary fallback={i18n.t('panelCrashed')}>
        <main class="dh-root dh-evidence-page" data-testid="evidence-page">
          <h1 class="dh-title">
            {i18n.t('checklist.pageTitle')} {orderId}
          </h1>
          {view && <EvidenceSection view={view} actions={evidence.actions} i18n={i18n} withScore />}
        </main>
      </ErrorBoundary>,
      root,
    );
  };
  const evidence = createEvidenceController({ changed: paint, saved: () => undefined });
  evidence.follow(orderId);
  paint();
}
