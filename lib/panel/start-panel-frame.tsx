import { render } from 'preact';
import { browser, type Browser } from 'wxt/browser';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Panel } from '../../components/Panel';
import { pickLanguage, type MessageKey } from '../i18n';
import { PANEL_PORT, type FromPanel, type ManualFacts, type PanelView, type ToPanel } from '../messaging/panel-channel';
import { frameTranslator } from './frame-translator';

/**
 * The panel frame: an extension page the content script shows inside AliExpress pages. It opens a port to the
 * content script of its own tab, which tells it what the page yielded; the buyer's actions go back the same way.
 */
export async function startPanelFrame(root: HTMLElement): Promise<void> {
  const language = pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]);
  const i18n = frameTranslator(language);
  document.documentElement.lang = language;
  document.title = i18n.t('panelTitle');

  const tab = await browser.tabs.getCurrent();
  if (tab?.id === undefined) return;
  const port: Browser.runtime.Port = browser.tabs.connect(tab.id, { name: PANEL_PORT, frameId: 0 });
  const send = (message: FromPanel) => port.postMessage(message);

  let view: PanelView | undefined;
  let nextRequest = 1;
  const pending = new Map<number, (error: MessageKey | null) => void>();

  const saveManualFacts = (facts: ManualFacts) =>
    new Promise<string | null>((resolve) => {
      const requestId = nextRequest++;
      pending.set(requestId, (error) => resolve(error ? i18n.t('status.error', { reason: i18n.t(error) }) : null));
      send({ type: 'manual-facts', requestId, facts });
    });

  const paint = () => {
    if (!view) return;
    render(
      <ErrorBoundary fallback={i18n.t('panelCrashed')}>
        <Panel
          {...view}
          i18n={i18n}
          onToggle={() => send({ type: 'toggle' })}
          onManualSave={saveManualFacts}
          onCheck={() => send({ type: 'check' })}
        />
      </ErrorBoundary>,
      root,
    );
  };

  port.onMessage.addListener((message: ToPanel) => {
    if (message.type === 'view') {
      view = message.view;
      paint();
    } else if (message.type === 'manual-saved') {
      pending.get(message.requestId)?.(message.error);
      pending.delete(message.requestId);
    }
  });

  // The frame is only as tall as its content, within the window: tell the content script what that is.
  new ResizeObserver(() => send({ type: 'size', height: Math.ceil(root.getBoundingClientRect().height) })).observe(
    root,
  );
}
