import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { replyErrorKey, sendToWorker } from '../../messaging/client';
import {
  FROM_PANEL,
  PANEL_WAIT_MS,
  isFromPanel,
  type FromPanel,
  type ManualFacts,
  type PanelView,
  type PanelAnswer,
} from '../../messaging/panel-channel';
import type { ErrorCode, PageFacts, PageReadResult } from '../../messaging/protocol';
import type { FeatureContext, PageFeature } from '../feature';
import { insertIntoTextBox } from '../insert-text';
import { createPanelHost, type PanelHost } from '../panel-host';

// How long the first paint waits for the remembered collapsed/expanded state before showing the default.
const FIRST_PAINT_WAIT_MS = 400;
const MAX_REMOUNTS = 5;
// After this long without a single fact from the page's data or markup, say so and offer the manual form.
const NOT_RECOGNISED_AFTER_MS = 3000;

/**
 * The panel on every order and dispute page. The page side only holds the frame (an extension page, which draws the
 * panel) and answers the frame's requests, which the worker passes on: above all "the view, once newer". The host
 * outlives single-page navigation, so moving between our pages does not reload the frame.
 */
export function panelFeature(): PageFeature {
  let ui: PanelHost | undefined;
  let owner: object | undefined;
  /** The buyer's own choice, remembered across pages: it wins over where the panel would fit. */
  let chosen: boolean | undefined;
  let listening = false;
  /** The current page's answers to the frame: set by `start`, used by the listener for the content script's life. */
  let current: { answer: (request: FromPanel) => Promise<PanelAnswer> } | undefined;
  // Each change of what the panel shows gets a new version; a frame waiting for a newer one is answered at once.
  let version = 0;
  const waiting = new Set<() => void>();
  const changed = () => {
    version++;
    for (const wake of [...waiting]) wake();
  };

  /** The frame's requests arrive through the worker, which alone can address this tab's content script. */
  const listen = (ctx: ContentScriptContext) => {
    const fromWorker = (
      message: unknown,
      sender: { id?: string; tab?: unknown; url?: string },
      respond: (answer: PanelAnswer) => void,
    ) => {
      if (sender.id !== browser.runtime.id || sender.tab || !sender.url?.startsWith(browser.runtime.getURL('/')))
        return false;
      const relay = message as { type?: unknown; request?: unknown } | null;
      if (relay?.type !== FROM_PANEL || !isFromPanel(relay.request) || !current) return false;
      void current.answer(relay.request).then(respond);
      return true;
    };
    browser.runtime.onMessage.addListener(fromWorker);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(fromWorker));
  };

  const mount = (context: FeatureContext) => {
    // Once for the content script's life: the frame's requests, and putting the host back when a page removes it.
    if (!listening) {
      listen(context.ctx);
      keepMounted(context.ctx, () => ui);
    }
    listening = true;
    ui ??= createPanelHost(context.i18n.t('panel.frameTitle'));
    // Measured before the host goes in, so the read sees the page alone.
    const placement = ui.place();
    if (!ui.host.isConnected) ui.mount();
    return placement;
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
        collapsed: chosen ?? true,
        facts: {},
        reading: 'reading',
        listed: 0,
      };
      let toggles = 0;

      const paint = () => {
        if (!ui || signal.aborted) return;
        ui.setSize(view.collapsed);
        changed();
      };

      /** Opens or collapses the panel; the buyer's own click on it is a choice to remember on every page. */
      const toggle = (remember = true) => {
        toggles++;
        view.collapsed = !view.collapsed;
        paint();
        if (remember) void sendToWorker({ type: 'panel-set-collapsed', collapsed: (chosen = view.collapsed) });
      };

      /** A report to the worker came back: show the page's facts as they now stand. */
      const applyRead = (result: PageReadResult, listed = 0) => {
        view.facts = newerFacts(view.facts, result.facts);
        view.listed = Math.max(view.listed, listed, page.kind === 'order-list' ? result.read.orders : 0);
        const readSomething = result.read.orders + result.read.disputes > 0;
        if (readSomething || view.listed || readFromPage(view.facts)) view.reading = 'read';
        paint();
      };

      const saveManualFacts = async (typed: ManualFacts): Promise<PanelAnswer> => {
        const reply = await sendToWorker({ type: 'manual-facts', pageUrl: location.href, ...typed });
        // What the buyer typed is shown, but the page still was not read: the notice and its form stay.
        if (reply.ok && !signal.aborted) applyRead({ ...reply.result, read: { orders: 0, disputes: 0 } });
        return { saved: reply.ok ? null : replyErrorKey(reply.error) };
      };

      /** Answers once the view is newer than the frame's, or as it is after a while (the frame then asks again). */
      const newerView = (since: number) =>
        new Promise<PanelAnswer>((resolve) => {
          const answer = () => {
            waiting.delete(answer);
            resolve({ view, version });
          };
          if (version > since || signal.aborted) return answer();
          waiting.add(answer);
          ctx.setTimeout(answer, PANEL_WAIT_MS);
        });

      current = {
        answer: async (request) => {
          if (request.type === 'wait') return newerView(request.since);
          if (request.type === 'manual-facts') return saveManualFacts(request.facts);
          if (request.type === 'insert-text') return { inserted: insertIntoTextBox(document, request.text) };
          if (request.type === 'toggle') toggle();
          else if (request.type === 'check') hub.emit('check-requested', undefined);
          else if (request.type === 'checked') hub.emit('check-verdict', { id: request.id, verdict: request.verdict });
          else ui?.setSize(view.collapsed, request.height);
          return { done: true };
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
      // The buyer asked for the check: the panel opens to show it, for this page only (not a choice to remember).
      hub.on('check-requested', () => view.collapsed && toggle(false), signal);

      const show = async () => {
        await settled;
        if (signal.aborted) return;
        const reply = sendUntilAnswered(ctx, signal, () =>
          sendToWorker({ type: 'page-seen', url: location.href, language, loadId }),
        );
        let choiceKnown = true;
        if (!ui) {
          const early = await Promise.race([reply, delay(ctx, FIRST_PAINT_WAIT_MS)]);
          choiceKnown = early !== undefined;
          if (early?.ok) chosen = early.result.panel.collapsed ?? chosen;
          if (signal.aborted || ctx.isInvalid) return;
        }
        // Without the buyer's choice the panel opens only where it hides none of the page's controls; elsewhere it
        // waits as a small tab in a free spot, and opening it is the buyer's call.
        const placement = mount(context);
        view.collapsed = chosen ?? !placement.fits;
        paint();
        ctx.setTimeout(() => {
          if (signal.aborted || view.reading !== 'reading') return;
          view.reading = 'not-recognised';
          paint();
        }, NOT_RECOGNISED_AFTER_MS);

        const togglesBefore = toggles;
        const answer = await reply;
        if (signal.aborted) return;
        // A slow worker answered after the first paint: apply the remembered choice unless the buyer already chose.
        const late = answer.ok ? answer.result.panel.collapsed : undefined;
        if (late !== undefined && !choiceKnown && toggles === togglesBefore) view.collapsed = chosen = late;
        view.save = answer.ok
          ? { state: 'saved', visit: answer.result.visit }
          : { state: 'error', reason: replyErrorKey(answer.error) };
        if (answer.ok) applyRead({ read: { orders: 0, disputes: 0 }, facts: answer.result.facts });
        else paint();
      };
      void show().catch((error: unknown) => console.debug('[dispute-helper]', error));

      return () => {
        // The next page's panel takes the host over in the same task; when no page of ours follows, it goes.
        // A frame waiting on this page gets its last view; the next page's view follows on its next request.
        changed();
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
  // The worker answers all of the order's readings at once: the newest answer's are the whole set.
  const readings = answer.readings ?? shown.readings;
  return { ...(order && { order }), ...(dispute && { dispute }), ...(readings && { readings }) };
}

const RESENDS = 25;

/**
 * Sends again, after 1, 2, 4 and 8 seconds and then every 8 seconds for about three minutes, while the worker cannot
 * be reached (stopped mid-message, say; see observer-bridge.ts). Only for messages the worker takes once however often
 * they come (the visit carries its page load's id).
 */
async function sendUntilAnswered<R extends { ok: boolean; error?: { code: ErrorCode } }>(
  ctx: ContentScriptContext,
  signal: AbortSignal,
  send: () => Promise<R>,
): Promise<R> {
  let reply = await send();
  for (let attempt = 0; !reply.ok && reply.error?.code === 'no-answer' && attempt < RESENDS; attempt++) {
    await delay(ctx, Math.min(1000 * 2 ** attempt, 8000));
    if (signal.aborted) break;
    reply = await send();
  }
  return reply;
}

function delay(ctx: ContentScriptContext, ms: number): Promise<undefined> {
  return new Promise((resolve) => ctx.setTimeout(() => resolve(undefined), ms));
}
