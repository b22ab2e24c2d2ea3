import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import checkCss from '../../../components/check-result.css?inline';
import panelCss from '../../../components/panel.css?inline';
import type { CheckView } from '../../../components/DisputeCheckSection';
import { ErrorBoundary } from '../../../components/ErrorBoundary';
import type { ManualFacts } from '../../../components/ManualFactsForm';
import { Panel, readFromPageData, type ReadingState, type SaveState } from '../../../components/Panel';
import type { MessageKey } from '../../i18n/translator';
import { sendToWorker } from '../../messaging/client';
import type { ErrorCode, PageFacts, PageReadResult } from '../../messaging/protocol';
import type { PageFeature } from '../feature';
import { createPanelHost, type PanelHost } from '../panel-host';

// How long the first paint waits for the remembered collapsed/expanded state before showing the default.
const FIRST_PAINT_WAIT_MS = 400;
const MAX_REMOUNTS = 5;
// After this long without a single fact from the page's data or markup, say so and offer the manual form.
const NOT_RECOGNISED_AFTER_MS = 3000;

interface PanelView {
  save: SaveState;
  collapsed: boolean;
  facts: PageFacts;
  reading: ReadingState;
  listed: number;
  check?: CheckView;
}

/**
 * The side panel on every order and dispute page: what the page is, the facts read, the dispute check, and whether
 * it is saved. Its host outlives single-page navigation, so moving between our pages does not flicker.
 */
export function panelFeature(): PageFeature {
  let ui: PanelHost | undefined;
  let owner: object | undefined;
  let collapsedShown: boolean | undefined;

  const mount = (ctx: ContentScriptContext) => {
    if (ui) return ui;
    ui = createPanelHost(`${panelCss}\n${checkCss}`);
    ui.mount();
    keepMounted(ctx, () => ui);
    return ui;
  };

  return {
    name: 'panel',
    runsOn: () => true,
    start({ page, ctx, signal, settled, hub, language, strings }) {
      const self = {};
      owner = self;
      // A retried report of this page view must not count as another visit.
      const loadId = crypto.randomUUID();
      const view: PanelView = {
        save: { state: 'saving' },
        collapsed: collapsedShown ?? false,
        facts: {},
        reading: 'reading',
        listed: 0,
      };
      let toggles = 0;

      const paint = () => {
        if (!ui || signal.aborted) return;
        const i18n = strings.current;
        render(
          <ErrorBoundary fallback={i18n.t('panelCrashed')}>
            <Panel
              page={page}
              save={view.save}
              collapsed={view.collapsed}
              onToggle={toggle}
              i18n={i18n}
              facts={view.facts}
              reading={view.reading}
              listed={view.listed}
              onManualSave={saveManualFacts}
              check={view.check}
              onCheck={() => hub.emit('check-requested', undefined)}
            />
          </ErrorBoundary>,
          ui.container,
        );
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
        if (readSomething || view.listed || readFromPageData(view.facts)) view.reading = 'read';
        paint();
      };

      const saveManualFacts = async (typed: ManualFacts): Promise<string | null> => {
        const reply = await sendToWorker({ type: 'manual-facts', pageUrl: location.href, ...typed });
        const i18n = strings.current;
        if (!reply.ok) return i18n.t('status.error', { reason: i18n.t(reasonKey(reply.error)) });
        // What the buyer typed is shown, but the page still was not read: the notice and its form stay.
        applyRead({ ...reply.result, read: { orders: 0, disputes: 0 } });
        return null;
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
        const reply = sendToWorker({ type: 'page-seen', url: location.href, language, loadId }).then((answer) => {
          if (answer.ok && answer.result.strings) strings.use(answer.result.strings);
          return answer;
        });
        let collapsedStateKnown = true;
        if (!ui) {
          const early = await Promise.race([reply, delay(ctx, FIRST_PAINT_WAIT_MS)]);
          collapsedStateKnown = early !== undefined;
          if (early?.ok) view.collapsed = early.result.panel.collapsed;
          if (signal.aborted || ctx.isInvalid) return;
        }
        mount(ctx);
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
          render(null, ui.container);
          ui.remove();
          ui = undefined;
        });
      };
    },
  };
}

/** Some pages rebuild <html>'s children; put the panel back if it was taken out, but never fight a page that keeps removing it. */
function keepMounted(ctx: ContentScriptContext, current: () => PanelHost | undefined): void {
  let remounts = 0;
  const remounter = new MutationObserver(() => {
    const ui = current();
    if (ui && !ui.host.isConnected && remounts++ < MAX_REMOUNTS) ui.mount();
  });
  remounter.observe(document.documentElement, { childList: true });
  ctx.onInvalidated(() => remounter.disconnect());
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
