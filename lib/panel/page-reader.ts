import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { findOrderCards } from '../aliexpress/dom/order-cards';
import { readSnapshotsFromDom } from '../aliexpress/dom/read-page';
import type { Translator } from '../i18n';
import { sendToWorker } from '../messaging/client';
import type { PageReadResult } from '../messaging/protocol';
import type { DetectedPage } from '../pages/detect-page';
import { showOrderBadges } from './order-badges';

// The page keeps rendering after load (data arrives, "View orders" appends more); read again once it settles.
const SETTLE_MS = 400;
const MAX_READS_PER_PAGE = 25;

/**
 * Reads the page's markup now and whenever it changes, sends what it found to the worker when it differs from
 * the last report, and keeps the order-list badges up to date. Returns a stop function for navigation.
 */
export function readPageMarkup(
  ctx: ContentScriptContext,
  page: DetectedPage,
  i18n: { readonly current: Translator },
  onRead: (result: PageReadResult, cardsOnPage: number) => void,
): () => void {
  let lastReport = '';
  let reads = 0;
  let timer: number | undefined;
  let stopped = false;

  const read = async () => {
    if (stopped || reads++ >= MAX_READS_PER_PAGE) return;
    const { orders, disputes } = readSnapshotsFromDom(document, page);
    const cards = page.kind === 'order-list' ? findOrderCards(document, page.site) : [];
    const report = JSON.stringify([orders, disputes]);
    if (report !== lastReport && (orders.length || disputes.length)) {
      lastReport = report;
      const reply = await sendToWorker({ type: 'page-dom', pageUrl: location.href, orders, disputes });
      if (reply.ok && !stopped) onRead(reply.result, cards.length);
    }
    if (cards.length && !stopped) {
      const states = await sendToWorker({ type: 'dispute-states', orderIds: cards.map((card) => card.orderId) });
      if (states.ok && !stopped) showOrderBadges(cards, states.result, i18n.current);
    }
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

  const stop = () => {
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
  };
  ctx.onInvalidated(stop);
  return stop;
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
