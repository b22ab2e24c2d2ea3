import type { Site } from './hosts';

/**
 * Addresses a notification opens. Sources: ../shared/docs/aliexpress-pages-and-disputes.md §3.1 (global order
 * detail `/p/order/detail.html?orderId=`), §3.3 (.ru order detail `/order-list/<id>`), Part 2 A1 (the case list's
 * own "view details" link still points to `trade.aliexpress.com/issue/fastissue/Detail.htm?reverseOrderLineId=`,
 * captured 2026-09-07). No dispute-detail address is known for .ru or .us (§3.3, Part 2 C), so those open the order,
 * whose page links to its dispute. lib/pages/detect-page recognises every address built here (tested).
 */
const ORDER_DETAIL: Record<Site, (orderId: string) => string> = {
  global: (orderId) => `https://www.aliexpress.com/p/order/detail.html?orderId=${orderId}`,
  us: (orderId) => `https://www.aliexpress.us/p/order/detail.html?orderId=${orderId}`,
  ru: (orderId) => `https://aliexpress.ru/order-list/${orderId}`,
};

const ID = /^\d{6,24}$/;

export function orderDetailUrl(site: Site, orderId: string): string {
  if (!ID.test(orderId)) throw new Error('not an order id');
  return ORDER_DETAIL[site](orderId);
}

/** The dispute's own page where one is known, else its order's page (which links to the dispute). */
export function disputeDetailUrl(site: Site, disputeId: string, orderId?: string): string {
  if (!ID.test(disputeId)) throw new Error('not a dispute id');
  if (site === 'global')
    return `https://trade.aliexpress.com/issue/fastissue/Detail.htm?reverseOrderLineId=${disputeId}&from=1`;
  if (orderId) return orderDetailUrl(site, orderId);
  return site === 'ru'
    ? 'https://aliexpress.ru/order-list?filterName=dispute'
    : 'https://www.aliexpress.us/p/order/index.html';
}

/** The buyer's order list: where the panel first appears and where a buyer starts (§3.1, §3.3). */
export function orderListUrl(site: Site): string {
  if (site === 'ru') return 'https://aliexpress.ru/order-list';
  return site === 'us'
    ? 'https://www.aliexpress.us/p/order/index.html'
    : 'https://www.aliexpress.com/p/order/index.html';
}
