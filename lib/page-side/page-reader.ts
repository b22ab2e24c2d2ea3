import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findOrderCards } from '../aliexpress/dom/order-cards';
import { readSnapshotsFromDom } from '../aliexpress/dom/read-page';
import { sendToWorker, worthSendingAgain } from '../messaging/client';
import type { PageDomResult } from '../messaging/protocol';
import type { DetectedPage } from '../pages/detect-page';

// The page keeps rendering after load (data arrives, "View orders" appends more); read again once it settles.
const SETTLE_MS = 400;
const MAX_READS_PER_PAGE = 25;
// A report the worker did not take goes again after 1, 2, 4 and 8 seconds, then every 8 seconds for about three
// minutes (see observer-bridge.ts); those sends are not reads of a changed page, so they do not count as reads.
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 8000;
const MAX_FAILED_SENDS = 25;

export type OrderCards = ReturnType<typeof findOrderCards>;

/**
 * Reads the page's markup now and whenever it changes, and sends what it found to the worker when it differs from
 * the last report. On an order list the report names the cards' orders, and the answer brings their dispute states.
 */
export function readPageMarkup(
  ctx: ContentScriptContext,
  page: DetectedPage,
  signal: AbortSignal,
  events: {
    /** A changed report was stored: the worker's answer, and the order cards it named. */
    onRead: (answer: PageDomResult, cards: OrderCards) => void;
    /** After every read, changed or not: the order cards on the page now. */
    onCards?: (cards: OrderCards) => void;
  },
): { refresh: () => void } {
  let lastReport = '';
  let reads = 0;
  let failedSends = 0;
  let timer: number | undefined;

  const read = async (retry = false) => {
    if (signal.aborted || (!retry && reads++ >= MAX_READS_PER_PAGE)) return;
    const { orders, disputes } = readSnapshotsFromDom(document, page);
    const cards = page.kind === 'order-list' ? findOrderCards(document, page.site) : [];
    const listedOrderIds = cards.map((card) => card.orderId);
    const report = JSON.stringify([orders, disputes, listedOrderIds]);
    events.onCards?.(cards);
    if (report === lastReport || !(orders.length || disputes.length || cards.length)) return;
    lastReport = report;
    const reply = await sendToWorker({
      type: 'page-dom',
      pageUrl: location.href,
      orders,
      disputes,
      ...(cards.length && { listedOrderIds }),
    });
    if (signal.aborted) return;
    if (reply.ok) {
      failedSends = 0;
      return events.onRead(reply.result, cards);
    }
    // Not stored (the worker was stopped mid-way, say): the same report goes again a little later.
    lastReport = '';
    if (!worthSendingAgain(reply) || failedSends >= MAX_FAILED_SENDS) return;
    const wait = Math.min(RETRY_BASE_MS * 2 ** failedSends++, RETRY_MAX_MS);
    timer = ctx.setTimeout(() => void read(true).catch(debug), wait);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = ctx.setTimeout(() => void read().catch(debug), SETTLE_MS);
  };

  // Our own badges change the page too; ignore mutations that only touch them.
  const observer = new MutationObserver((records) => {
    if (records.some((record) => !isOwnBadgeChange(record))) schedule();
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  // The first read waits for the page to settle too, so it runs in its own task after the panel's first paint.
  schedule();

  signal.addEventListener('abort', () => {
    clearTimeout(timer);
    observer.disconnect();
  });
  return {
    /** Report again even if the markup did not change: what the worker knows did. */
    refresh: () => {
      lastReport = '';
      schedule();
    },
  };
}

function isOwnBadgeChange(record: MutationRecord): boolean {
  const nodes = record.type === 'childList' ? [...record.addedNodes, ...record.removedNodes] : [record.target];
  return nodes.every((node) => {
    const element = node instanceof Element ? node : node.parentElement;
    return element?.closest('[data-dispute-helper]') != null;
  });
}

function debug(error: unknown): void {
  console.debug('[dispute-helper]', error);
}
