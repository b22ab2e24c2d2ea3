import { sendToWorker, worthSendingAgain } from '../../messaging/client';
import { listenToObserver, type BridgedResponse } from '../observer-bridge';
import type { PageFeature } from '../feature';
import { loadMarkupSensors } from '../markup-sensors';
import type { readPageMarkup } from '../page-reader';

// A list response waits for the cards it renders; more than this many waiting means the page is misbehaving.
const MAX_WAITING_RESPONSES = 12;

/**
 * Reads the page, both ways: the page's own JSON traffic (copied by the observer) and its markup. Each report goes
 * to the worker, which parses, validates and stores it and answers the page's facts as they now stand. On the order
 * list a response is sent with the orders whose cards are on the page, which are all it may teach us about.
 */
export function pageFactsFeature(): PageFeature {
  // One bridge for the content script's life: the observer keeps posting across single-page navigations.
  let bridge: ReturnType<typeof listenToObserver> | undefined;
  let forward: ((response: BridgedResponse) => Promise<boolean>) | undefined;

  return {
    name: 'page-facts',
    runsOn: () => true,
    start({ page, ctx, signal, settled, hub }) {
      const onList = page.kind === 'order-list';
      const waiting: Array<{ response: BridgedResponse; delivered: (ok: boolean) => void }> = [];
      let reader: ReturnType<typeof readPageMarkup> | undefined;

      /** Resolves whether the worker took it: the bridge retries what it did not. */
      const send = async (
        { requestUrl, text, receivedAt, method, body, contentType }: BridgedResponse,
        listedOrderIds?: string[],
      ) => {
        const reply = await sendToWorker({
          type: 'page-data',
          pageUrl: location.href,
          requestUrl,
          text,
          observedAt: receivedAt,
          // How the page asked: on a dispute's own page the worker may learn it for the seller-reply watcher.
          ...(method && {
            request: { method, ...(body !== undefined && { body }), ...(contentType && { contentType }) },
          }),
          ...(listedOrderIds?.length && { listedOrderIds }),
        });
        // A report the worker refused for good counts as taken: only one it could not reach or store goes again.
        if (!reply.ok || signal.aborted) return !worthSendingAgain(reply);
        hub.emit('read', { result: reply.result, listed: 0 });
        // What the list's own data taught may change what its badges say.
        if (onList) reader?.refresh();
        return true;
      };

      void settled
        .then(async () => {
          if (signal.aborted) return;
          // The markup readers load only now, on our pages: the observer keeps what it saw meanwhile. Should they
          // fail to load, the page's own data still goes to the worker (on a list, without the cards' order ids).
          const sensors = await loadMarkupSensors().catch((error: unknown) => {
            console.debug('[dispute-helper]', error);
            return undefined;
          });
          if (signal.aborted) return;
          const markup = sensors?.readPageMarkup(ctx, page, signal, {
            onRead: (answer, cards) => {
              hub.emit('read', { result: answer, listed: cards.length });
              if (cards.length) hub.emit('orders-listed', { cards, answer });
            },
            onCards: (cards) => {
              const listed = cards.map((card) => card.orderId);
              for (const { response, delivered } of waiting.splice(0)) void send(response, listed).then(delivered);
            },
          });
          reader = markup;
          forward = (response) => {
            if (!onList || !markup) return send(response);
            // The list renders its cards from this response: send it once they are on the page.
            if (waiting.length >= MAX_WAITING_RESPONSES) return Promise.resolve(false);
            markup.refresh();
            return new Promise((delivered) => waiting.push({ response, delivered }));
          };
          bridge ??= listenToObserver(ctx, (response) => forward?.(response) ?? Promise.resolve(false));
          bridge.replay();
        })
        .catch((error: unknown) => console.debug('[dispute-helper]', error));
      return () => {
        forward = undefined;
        // Left before the cards came: not delivered, so the bridge offers them again on the next page.
        for (const { delivered } of waiting.splice(0)) delivered(false);
      };
    },
  };
}
