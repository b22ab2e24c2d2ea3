import { sendToWorker } from '../../messaging/client';
import { listenToObserver, type ObservedResponse } from '../../panel/observed-responses';
import type { PageFeature } from '../feature';
import { readPageMarkup } from '../page-reader';

/**
 * Reads the page, both ways: the page's own JSON traffic (copied by the observer) and its markup. Each report goes
 * to the worker, which parses, validates and stores it and answers the page's facts as they now stand.
 */
export function pageFactsFeature(): PageFeature {
  // One bridge for the content script's life: the observer keeps posting across single-page navigations.
  let bridge: ReturnType<typeof listenToObserver> | undefined;
  let forward: ((response: ObservedResponse) => void) | undefined;

  return {
    name: 'page-facts',
    runsOn: () => true,
    start({ page, ctx, signal, settled, hub }) {
      void settled.then(() => {
        if (signal.aborted) return;
        const reader = readPageMarkup(ctx, page, signal, (answer, cards) => {
          hub.emit('read', { result: answer, listed: cards.length });
          if (cards.length) hub.emit('orders-listed', { cards, answer });
        });
        forward = ({ requestUrl, text }) => {
          void sendToWorker({ type: 'page-data', pageUrl: location.href, requestUrl, text }).then((reply) => {
            if (!reply.ok || signal.aborted) return;
            hub.emit('read', { result: reply.result, listed: 0 });
            // The list's own data may change what its badges say.
            if (page.kind === 'order-list') reader.refresh();
          });
        };
        bridge ??= listenToObserver(ctx, (response) => forward?.(response));
        bridge.replay();
      });
      return () => {
        forward = undefined;
      };
    },
  };
}
