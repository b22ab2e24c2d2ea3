import { browser, type Browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { MessageKey } from '../../i18n/strings';
import { sendToWorker } from '../../messaging/client';
import {
  isFromPanel,
  PANEL_PAGE,
  PANEL_PORT,
  type FromPanel,
  type ManualFacts,
  type PanelView,
  type ToPanel,
} from '../../messaging/panel-channel';
import type { ErrorCode, PageFacts, PageReadResult } from '../../messaging/protocol';
import type { FeatureContext, PageFeature } from '../feature';
import { createPanelHost, type PanelHost } from '../panel-host';

type Port = Browser.runtime.Port;

// How long the first paint waits for the remembered collapsed/expanded state before showing the default.
const FIRST_PAINT_WAIT_MS = 400;
const MAX_REMOUNTS = 5;
// After this long without a single fact from the page's data or markup, say so and offer the manual form.
const NOT_RECOGNISED_AFTER_MS = 3000;

/**
 * The panel on every order and dispute page. The page side only holds the frame (an extension page, which draws the
 * panel) and keeps it told what this page yielded; the frame's requests come back over the same port. The host
 * outlives single-page navigation, so moving between our pages does not reload the frame.
 */
export function panelFeature(): PageFeature {
  let ui: PanelHost | undefined;
  let owner: object | undefined;
  let collapsedShown: boolean | undefined;
  let port: Port | undefined;
  let listening = false;
  /** The current page's handling of the frame: set by `start`, used by the port for the content script's life. */
  let current: { view: () => PanelView; handle: (message: FromPanel) => void } | undefined;

  const post = (message: ToPanel) => {
    try {
      port?.postMessage(message);
    } catch {
      // The frame went away (reloaded, or the page removed it); it reconnects when it is back.
      port = undefined;
    }
  };

  const listen = (ctx: ContentScriptContext) => {
    const accept = (connecting: Port) => {
      if (connecting.name !== PANEL_PORT || !isOurPanel(connecting.sender?.url)) return;
      port?.disconnect();
      port = connecting;
      connecting.onMessage.addListener((message: unknown) => {
        if (port === connecting && isFromPanel(message)) current?.handle(message);
      });
      connecting.onDisconnect.addListener(() => {
        if (port === connecting) port = undefined;
      });
      if (current) post({ type: 'view', view: current.view() });
    };
    browser.runtime.onConnect.addListener(accept);
    ctx.onInvalidated(() => {
      browser.runtime.onConnect.removeListener(accept);
      port?.disconnect();
    });
  };

  const mount = (context: FeatureContext) => {
    if (ui) return ui;
    if (!listening) listen(context.ctx);
    listening = true;
    ui = createPanelHost(context.i18n.t('panel.frameTitle'));
    ui.mount();
    keepMounted(context.ctx, () => ui);
    return ui;
  };

  return {
    name: 'panel',
    runsOn: () => true,
    start(context) {
      const { page, ctx, signal, settled, hub, language } = context;
      const self = {};
      owner = self;
      // A retried report of this page view must not count as another visit.
      const loadId = crypto.randomUUID();
      const view: PanelView = {
        page,
        save: { state: 'saving' },
        collapsed: collapsedShown ?? false,
        facts: {},
        reading: 'reading',
        listed: 0,
      };
      let toggles = 0;

      const paint = () => {
        if (!ui || signal.aborted) return;
        ui.setSize(view.collapsed);
        post({ type: 'view', view });
      };

      const toggle = () => {
        toggles++;
        view.collapsed = !view.collapsed;
        collapsedShown = view.collapsed;
        paint();
        void sendToWorker({ type: 'panel-set-collapsed', collapsed: view.collapsed });
      };

      /** A report to the worker came back: show the page's facts as they now stand. */
      const applyRead = (result: PageReadResult, listed = 0) => {
        view.facts = newerFacts(view.facts, result.facts);
        view.listed = Math.max(view.listed, listed, page.kind === 'order-list' ? result.read.orders : 0);
        const readSomething = result.read.orders + result.read.disputes > 0;
        if (readSomething || view.listed || readFromPage(view.facts)) view.reading = 'read';
        paint();
      };

      const saveManualFacts = async (requestId: number, typed: ManualFacts) => {
        const reply = await sendToWorker({ type: 'manual-facts', pageUrl: location.href, ...typed });
        if (signal.aborted) return;
        post({ type: 'manual-saved', requestId, error: reply.ok ? null : reasonKey(reply.error) });
        // What the buyer typed is shown, but the page still was not read: the notice and its form stay.
        if (reply.ok) applyRead({ ...reply.result, read: { orders: 0, disputes: 0 } });
      };

      current = {
        view: () => view,
        handle: (message) => {
          if (owner !== self) return;
          if (message.type === 'toggle') toggle();
          else if (message.type === 'check') hub.emit('check-requested', undefined);
          else if (message.type === 'size') ui?.setSize(view.collapsed, message.height);
          else void saveManualFacts(message.requestId, message.facts);
        },
      };

      hub.on('read', ({ result, listed }) => applyRead(result, listed), signal);
      hub.on(
        'check',
        (check) => {
          view.check = check;
          // On the open-dispute page the form is what there is to read: finding it means the page was recognised.
          if (check.state !== 'no-form') view.reading = 'read';
          paint();
        },
        signal,
      );
      hub.on(
        'check-requested',
        () => {
          if (view.collapsed) toggle();
        },
        signal,
      );

      const show = async () => {
        await settled;
        if (signal.aborted) return;
        const reply = sendToWorker({ type: 'page-seen', url: location.href, language, loadId });
        let collapsedStateKnown = true;
        if (!ui) {
          const early = await Promise.race([reply, delay(ctx, FIRST_PAINT_WAIT_MS)]);
          collapsedStateKnown = early !== undefined;
          if (early?.ok) view.collapsed = early.result.panel.collapsed;
          if (signal.aborted || ctx.isInvalid) return;
        }
        mount(context);
        paint();
        ctx.setTimeout(() => {
          if (signal.aborted || view.reading !== 'reading') return;
          view.reading = 'not-recognised';
          paint();
        }, NOT_RECOGNISED_AFTER_MS);

        const togglesBefore = toggles;
        const answer = await reply;
        if (signal.aborted) return;
        // A slow worker answered after the first paint: apply the remembered state unless the buyer already chose.
        if (answer.ok && !collapsedStateKnown && toggles === togglesBefore)
          view.collapsed = answer.result.panel.collapsed;
        collapsedShown = view.collapsed;
        view.save = answer.ok
          ? { state: 'saved', visit: answer.result.visit }
          : { state: 'error', reason: reasonKey(answer.error) };
        if (answer.ok) applyRead({ read: { orders: 0, disputes: 0 }, facts: answer.result.facts });
        else paint();
      };
      void show().catch((error: unknown) => console.debug('[dispute-helper]', error));

      return () => {
        // The next page's panel takes the host over in the same task; when no page of ours follows, it goes.
        queueMicrotask(() => {
          if (owner !== self || !ui) return;
          current = undefined;
          ui.remove();
          ui = undefined;
        });
      };
    },
  };
}

/** Only our own panel page may drive the panel: not the popup, not another extension page. */
function isOurPanel(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).pathname === PANEL_PAGE && url.startsWith(browser.runtime.getURL('/'));
  } catch {
    return false;
  }
}

/** Some pages rebuild <html>'s children; put the panel back if it was taken out, but never fight a page that keeps removing it. */
function keepMounted(ctx: ContentScriptContext, currentHost: () => PanelHost | undefined): void {
  let remounts = 0;
  const remounter = new MutationObserver(() => {
    const ui = currentHost();
    if (ui && !ui.host.isConnected && remounts++ < MAX_REMOUNTS) ui.mount();
  });
  remounter.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => remounter.disconnect());
}

/** True when some fact came from the page itself, not from the buyer or the address. */
function readFromPage(facts: PageFacts): boolean {
  return [facts.order, facts.dispute].some((record) =>
    Object.values(record?.origins ?? {}).some(
      (origin) => origin.source === 'page-data' || origin.source === 'page-dom',
    ),
  );
}

/** Answers can arrive out of order; per record, keep the most recently updated one. */
function newerFacts(shown: PageFacts, answer: PageFacts): PageFacts {
  const pick = <T extends { updatedAt: number }>(a: T | undefined, b: T | undefined) =>
    !a || (b && b.updatedAt >= a.updatedAt) ? b : a;
  const order = pick(shown.order, answer.order);
  const dispute = pick(shown.dispute, answer.dispute);
  return { ...(order && { order }), ...(dispute && { dispute }) };
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
