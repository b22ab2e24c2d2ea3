import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FIXTURE_API_DIR } from '../../support/aliexpress-fixtures';

/** The order the forgery targets (its page is open) and one the buyer never opened. */
export const OPEN_ORDER = '8190000123456789';
export const NEVER_OPENED_ORDER = '8190000999999999';
export const ORDER_DETAIL_ENDPOINT = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/';
const DETAIL = readFileSync(path.join(FIXTURE_API_DIR, `com/order-detail/${OPEN_ORDER}.json`), 'utf8');

/** The page's own order-detail answer, rewritten: another total for the open order, and an order never opened. */
export const FORGED_BODIES = [
  DETAIL.replaceAll('11.48', '999.99').replaceAll('|11|48', '|999|99'),
  DETAIL.replaceAll(OPEN_ORDER, NEVER_OPENED_ORDER),
];

/**
 * Runs in the page's world (a page script, after load): everything a page could send to pass for the observer.
 * The old tag through postMessage, the old replay request, CustomEvents named after the tag on document and window,
 * and a channel element of our name planted in the document with messages dispatched on it.
 */
export function forgeObserverMessages({ endpoint, bodies }: { endpoint: string; bodies: string[] }): void {
  const tag = 'dispute-helper:observed-response';
  for (const text of bodies) {
    const message = { tag, requestUrl: endpoint, text };
    window.postMessage(message, location.origin);
    window.postMessage(message, '*');
    for (const target of [document, window, document.documentElement]) {
      target.dispatchEvent(new CustomEvent(tag, { detail: message }));
      target.dispatchEvent(new CustomEvent(tag, { detail: `${endpoint}\n${text}` }));
    }
    const planted = document.createElement('dispute-helper-channel');
    const name = 'dh-0f8fad5b-d9cb-469f-a165-70867728950e';
    planted.setAttribute('data-channel', name);
    document.documentElement.append(planted);
    planted.dispatchEvent(new CustomEvent(name, { detail: `${endpoint}\n${text}` }));
  }
  window.postMessage({ tag: 'dispute-helper:replay-observed' }, location.origin);
}
