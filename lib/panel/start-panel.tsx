import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import checkCss from '../../components/check-result.css?inline';
import panelCss from '../../components/panel.css?inline';
import { ErrorBoundary } from '../../components/ErrorBoundary';
import type { ManualFacts } from '../../components/ManualFactsForm';
import { Panel, readFromPageData, type ReadingState, type SaveState } from '../../components/Panel';
import english from '../../locales/en.json';
import { pickLanguage, translatorFor, type MessageKey, type Translator } from '../i18n/translator';
import { sendToWorker } from '../messaging/client';
import type { ErrorCode, PageFacts, PageReadResult } from '../messaging/protocol';
import { detectPage, type DetectedPage } from '../pages/detect-page';
import { listenToObserver } from './observed-responses';
import { createPanelHost, type PanelHost } from './panel-host';
import { watchDisputeForm, type CheckView } from './dispute-check';
import { removeOrderBadges } from './order-badges';
import { readPageMarkup } from './page-reader';

// SPA routers change the URL in bursts; act once it settles.
const NAVIGATION_SETTLE_MS = 80;
// How long the first paint waits for the remembered collapsed/expanded state before showing the default.
const FIRST_PAINT_WAIT_MS = 400;
const MAX_REMOUNTS = 5;
// After this long without a single fact from the page's data or markup, say so and offer the manual form.
const NOT_RECOGNISED_AFTER_MS = 3000;

/**
 * Shows the panel on order and dispute pages and keeps it in step with single-page navigation.
 * Failures are caught and logged at debug level, and every listener and timer belongs to the context, so
 * nothing is thrown into the page and nothing outlives an extension update.
 */
export function startPanel(ctx: ContentScriptContext): void {
  const language = pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]);
  // English is bundled; another language's strings come with the worker's first answer (see page-seen).
  let i18n: Translator = translatorFor('en', english);
  const strings = {
    get current() {
      return i18n;
    },
  };
  let shown: DetectedPage | null = null;
  let navigation = 0;
  let ui: PanelHost | undefined;
  let view:
    | {
        page: DetectedPage;
        save: SaveState;
        collapsed: boolean;
        facts: PageFacts;
        reading: ReadingState;
        listed: number;
      }
    | undefined;
  let stopReading: (() => void) | undefined;
  let disputeForm: { checkNow: () => void; stop: () => void } | undefined;
  let check: CheckView | undefined;

  const paint = () => {
    if (!ui || !view) return;
    const { page, save, collapsed, facts, reading, listed } = view;
    render(
      <ErrorBoundary fallback={i18n.t('panelCrashed')}>
        <Panel
          page={page}
          save={save}
          collapsed={collapsed}
          onToggle={toggle}
          i18n={i18n}
          facts={facts}
          reading={reading}
          listed={listed}
          onManualSave={saveManualFacts}
          check={check}
          onCheck={checkNow}
        />
      </ErrorBoundary>,
      ui.container,
    );
  };

  /** A report to the worker came back: show the page's facts as they now stand. */
  const applyRead = (result: PageReadResult, listed = 0) => {
    if (!view) return;
    view.facts = newerFacts(view.facts, result.facts);
    view.listed = Math.max(view.listed, listed, view.page.kind === 'order-list' ? result.read.orders : 0);
    const readSomething = result.read.orders + result.read.disputes > 0;
    if (readSomething || view.listed || readFromPageData(view.facts)) view.reading = 'read';
    paint();
  };

  const checkNow = () => {
    if (view?.collapsed) toggle();
    disputeForm?.checkNow();
  };

  const saveManualFacts = async (typed: ManualFacts): Promise<string | null> => {
    const reply = await sendToWorker({ type: 'manual-facts', pageUrl: location.href, ...typed });
    if (!reply.ok) return i18n.t('status.error', { reason: i18n.t(reasonKey(reply.error)) });
    // What the buyer typed is shown, but the page still was not read: the notice and its form stay.
    applyRead({ ...reply.result, read: { orders: 0, disputes: 0 } });
    return null;
  };

  const observer = listenToObserver(ctx, async ({ requestUrl, text }) => {
    if (!shown) return false;
    const navigationAtSend = navigation;
    const reply = await sendToWorker({ type: 'page-data', pageUrl: location.href, requestUrl, text });
    if (reply.ok && navigationAtSend === navigation) applyRead(reply.result);
    return reply.ok;
  });

  let toggles = 0;
  const toggle = () => {
    if (!view) return;
    toggles++;
    view.collapsed = !view.collapsed;
    paint();
    void sendToWorker({ type: 'panel-set-collapsed', collapsed: view.collapsed });
  };

  const remove = () => {
    if (ui) render(null, ui.container);
    ui?.remove();
    ui = undefined;
    view = undefined;
  };

  const sync = async () => {
    const page = detectPage(location.href);
    if (samePage(page, shown)) return;
    const current = ++navigation;
    shown = page;
    stopReading?.();
    stopReading = undefined;
    disputeForm?.stop();
    disputeForm = undefined;
    check = undefined;
    removeOrderBadges();
    if (!page) return remove();

    const reply = sendToWorker({ type: 'page-seen', url: location.href, language }).then((answer) => {
      if (answer.ok && answer.result.strings) i18n = translatorFor(language, answer.result.strings, english);
      return answer;
    });
    let collapsedStateKnown = true;
    if (!ui) {
      const early = await Promise.race([reply, delay(ctx, FIRST_PAINT_WAIT_MS)]);
      collapsedStateKnown = early !== undefined;
      const collapsed = early?.ok ? early.result.panel.collapsed : false;
      if (current !== navigation || ctx.isInvalid) return;
      ui = createPanelHost(`${panelCss}\n${checkCss}`);
      ui.mount();
      view = { page, save: { state: 'saving' }, collapsed, facts: {}, reading: 'reading', listed: 0 };
    } else {
      view = {
        page,
        save: { state: 'saving' },
        collapsed: view?.collapsed ?? false,
        facts: {},
        reading: 'reading',
        listed: 0,
      };
    }
    paint();
    stopReading = readPageMarkup(ctx, page, strings, (result, cards) => {
      if (current === navigation) applyRead(result, cards);
    });
    observer.replay();
    if (page.kind === 'dispute-start' || page.kind === 'dispute-detail') {
      disputeForm = watchDisputeForm(
        ctx,
        language,
        strings,
        (next) => {
          if (current !== navigation) return;
          check = next;
          // On the open-dispute page the form is what there is to read: finding it means the page was recognised.
          if (next.state !== 'no-form' && view) view.reading = 'read';
          paint();
        },
        checkNow,
      );
    }
    ctx.setTimeout(() => {
      if (current !== navigation || !view || view.reading !== 'reading') return;
      view.reading = 'not-recognised';
      paint();
    }, NOT_RECOGNISED_AFTER_MS);

    const togglesBefore = toggles;
    const answer = await reply;
    if (current !== navigation || !view) return;
    // A slow worker answered after the first paint: apply the remembered state unless the buyer already chose.
    if (answer.ok && !collapsedStateKnown && toggles === togglesBefore) view.collapsed = answer.result.panel.collapsed;
    view.save = answer.ok
      ? { state: 'saved', visit: answer.result.visit }
      : { state: 'error', reason: reasonKey(answer.error) };
    if (answer.ok) applyRead({ read: { orders: 0, disputes: 0 }, facts: answer.result.facts });
    else paint();
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
  const remounter = new MutationObserver(() => {
    if (ui && !ui.host.isConnected && remounts++ < MAX_REMOUNTS) ui.mount();
  });
  remounter.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => remounter.disconnect());
  void safeSync();
}

/** Answers can arrive out of order; per record, keep the most recently updated one. */
function newerFacts(shown: PageFacts, answer: PageFacts): PageFacts {
  const pick = <T extends { updatedAt: number }>(a: T | undefined, b: T | undefined) =>
    !a || (b && b.updatedAt >= a.updatedAt) ? b : a;
  const order = pick(shown.order, answer.order);
  const dispute = pick(shown.dispute, answer.dispute);
  return { ...(order && { order }), ...(dispute && { dispute }) };
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
