import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import panelCss from '../../components/panel.css?inline';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import { Panel, type SaveState } from '../../components/Panel';
import { createTranslator, pickLanguage, type MessageKey } from '../i18n';
import { sendToWorker } from '../messaging/client';
import type { ErrorCode } from '../messaging/protocol';
import { detectPage, type DetectedPage } from '../pages/detect-page';

/** Host element name: a stable hook that tests outside the project rely on. */
export const PANEL_HOST = 'dispute-helper';
// SPA routers change the URL in bursts; act once it settles.
const NAVIGATION_SETTLE_MS = 80;
// How long the first paint waits for the remembered collapsed/expanded state before showing the default.
const FIRST_PAINT_WAIT_MS = 400;
const MAX_REMOUNTS = 5;

/**
 * Shows the panel on order and dispute pages and keeps it in step with single-page navigation.
 * Failures are caught and logged at debug level, and every listener and timer belongs to the context, so
 * nothing is thrown into the page and nothing outlives an extension update.
 */
export function startPanel(ctx: ContentScriptContext): void {
  const i18n = createTranslator(pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]));
  let shown: DetectedPage | null = null;
  let navigation = 0;
  let ui: ShadowRootContentScriptUi<void> | undefined;
  let view: { page: DetectedPage; save: SaveState; collapsed: boolean } | undefined;

  const paint = () => {
    if (!ui || !view) return;
    const { page, save, collapsed } = view;
    render(
      <ErrorBoundary fallback={i18n.t('panelCrashed')}>
        <Panel page={page} save={save} collapsed={collapsed} onToggle={toggle} i18n={i18n} />
      </ErrorBoundary>,
      ui.uiContainer,
    );
  };

  let toggles = 0;
  const toggle = () => {
    if (!view) return;
    toggles++;
    view.collapsed = !view.collapsed;
    paint();
    void sendToWorker({ type: 'panel-set-collapsed', collapsed: view.collapsed });
  };

  const remove = () => {
    if (ui) render(null, ui.uiContainer);
    ui?.remove();
    ui = undefined;
    view = undefined;
  };

  const sync = async () => {
    const page = detectPage(location.href);
    if (samePage(page, shown)) return;
    const current = ++navigation;
    shown = page;
    if (!page) return remove();

    const reply = sendToWorker({ type: 'page-seen', url: location.href });
    let collapsedStateKnown = true;
    if (!ui) {
      const early = await Promise.race([reply, delay(ctx, FIRST_PAINT_WAIT_MS)]);
      collapsedStateKnown = early !== undefined;
      const collapsed = early?.ok ? early.result.panel.collapsed : false;
      const created = await createPanelUi(ctx);
      if (current !== navigation || ctx.isInvalid) return created.remove();
      ui = created;
      view = { page, save: { state: 'saving' }, collapsed };
    } else {
      view = { page, save: { state: 'saving' }, collapsed: view?.collapsed ?? false };
    }
    paint();

    const togglesBefore = toggles;
    const answer = await reply;
    if (current !== navigation || !view) return;
    // A slow worker answered after the first paint: apply the remembered state unless the buyer already chose.
    if (answer.ok && !collapsedStateKnown && toggles === togglesBefore) view.collapsed = answer.result.panel.collapsed;
    view.save = answer.ok
      ? { state: 'saved', visit: answer.result.visit }
      : { state: 'error', reason: reasonKey(answer.error) };
    paint();
  };

  const safeSync = () => sync().catch((error: unknown) => console.debug('[dispute-helper]', error));
  let settleTimer: number | undefined;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clearTimeout(settleTimer);
    settleTimer = ctx.setTimeout(safeSync, NAVIGATION_SETTLE_MS);
  });
  // Some pages rebuild <html>'s children; put the panel back if it was taken out, but never fight a page
  // that keeps removing it.
  let remounts = 0;
  const observer = new MutationObserver(() => {
    if (ui && !ui.shadowHost.isConnected && remounts++ < MAX_REMOUNTS) ui.mount();
  });
  observer.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => observer.disconnect());
  void safeSync();
}

async function createPanelUi(ctx: ContentScriptContext) {
  const ui = await createShadowRootUi<void>(ctx, {
    name: PANEL_HOST,
    position: 'inline',
    // After <body>, not inside it: pages that re-render their body cannot take the panel with them.
    anchor: 'html',
    append: 'last',
    css: panelCss,
    onMount: () => undefined,
  });
  ui.mount();
  return ui;
}

function samePage(a: DetectedPage | null, b: DetectedPage | null): boolean {
  return a?.kind === b?.kind && a?.site === b?.site && a?.orderId === b?.orderId && a?.disputeId === b?.disputeId;
}

function reasonKey(error: { code: ErrorCode; message: string }): MessageKey {
  if (error.code === 'no-answer') return 'error.no-answer';
  if (error.code === 'storage-full') return 'error.storage-full';
  if (error.code === 'storage-failed') return 'error.storage-failed';
  return 'error.rejected';
}

function delay(ctx: ContentScriptContext, ms: number): Promise<undefined> {
  return new Promise((resolve) => ctx.setTimeout(() => resolve(undefined), ms));
}
