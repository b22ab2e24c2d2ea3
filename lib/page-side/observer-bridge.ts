import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { observedEndpointOf } from '../aliexpress/endpoints';
import {
  CHANNEL_ATTRIBUTE,
  CHANNEL_ELEMENT,
  CHANNEL_NAME,
  decodeObserved,
  MAX_OBSERVED_CHARS,
  MAX_REQUEST_BODY_CHARS,
  type ObservedResponse,
} from '../aliexpress/observe-traffic';

/** A response as the bridge received it; when the page received it, so what was seen before a deletion stays out. */
export interface BridgedResponse extends ObservedResponse {
  receivedAt: number;
}

/**
 * The isolated-world end of the observer's channel (see lib/aliexpress/observe-traffic.ts), in two halves:
 * `openObserverBridge` runs at document_start right after the observer and takes its channel element before any
 * page script exists; `listenToObserver` is the panel's side, from document_idle on. They share the isolated
 * world's global object, which the page cannot see.
 *
 * Nothing arrives through `window` messages any more: a page script cannot reach the channel. It can still call
 * the functions the observer wraps (its own JSONP callbacks above all) and so have made-up text copied, which is
 * why a page load may send at most MAX_MESSAGES_PER_PAGE messages and MAX_CHARS_PER_PAGE characters, and why the
 * worker parses every text as hostile.
 */
export const MAX_MESSAGES_PER_PAGE = 100;
export const MAX_CHARS_PER_PAGE = 8_000_000;
/** The order list, detail, tracking and dispute answers of one page, for a listener that starts later. */
const KEPT = 12;
/** Responses the worker accepted, so a replay sends each once. */
const REMEMBERED = 64;
/**
 * Failed deliveries are retried after 1, 2, 4 and 8 seconds, then every 8 seconds for about three minutes: a worker
 * stopped at the wrong moment has been seen to refuse every message for tens of seconds ("Receiving end does not
 * exist") before the browser starts it afresh.
 */
const RETRY_BASE_MS = 1000;
const RETRY_MAX_MS = 8000;
const RETRIES = 25;
const MAX_URL_CHARS = 8192;
const BRIDGE = Symbol.for('dispute-helper:observer-bridge');

interface Bridge {
  recent: readonly BridgedResponse[];
  subscribe(listener: (response: BridgedResponse) => void): () => void;
}

/** document_start, isolated world, only where the observer runs. */
export function openObserverBridge(doc: Document = document, scope: object = globalThis): void {
  const root = doc.documentElement;
  const channel = root ? Array.from(root.children).find((child) => child.localName === CHANNEL_ELEMENT) : undefined;
  if (!channel) return;
  const name = channel.getAttribute(CHANNEL_ATTRIBUTE);
  channel.remove();
  if (!name || !CHANNEL_NAME.test(name)) return;

  let messages = 0;
  let chars = 0;
  const recent: BridgedResponse[] = [];
  const listeners = new Set<(response: BridgedResponse) => void>();
  channel.addEventListener(name, (event) => {
    const decoded = decodeObserved((event as CustomEvent<unknown>).detail);
    if (!decoded || !acceptable(decoded)) return;
    const response: BridgedResponse = { ...decoded, receivedAt: Date.now() };
    const size = response.text.length + (response.body?.length ?? 0);
    if (messages >= MAX_MESSAGES_PER_PAGE || chars + size > MAX_CHARS_PER_PAGE) return;
    messages++;
    chars += size;
    recent.push(response);
    if (recent.length > KEPT) recent.shift();
    for (const listener of listeners) listener(response);
  });
  const bridge: Bridge = {
    recent,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  Object.defineProperty(scope, BRIDGE, { value: bridge, configurable: true });
}

function acceptable({ requestUrl, text, body }: ObservedResponse): boolean {
  return (
    requestUrl.length <= MAX_URL_CHARS &&
    (body?.length ?? 0) <= MAX_REQUEST_BODY_CHARS &&
    observedEndpointOf(requestUrl) !== null &&
    text.length > 0 &&
    text.length <= MAX_OBSERVED_CHARS
  );
}

/**
 * Passes each observed response on once the panel is listening. `onResponse` answers whether the worker took it:
 * only then is it marked seen; otherwise it is retried with back-off, and `replay()` offers the recent ones again.
 * Without a bridge (the page is outside the observer's sections) nothing arrives.
 */
export function listenToObserver(
  ctx: ContentScriptContext,
  onResponse: (response: BridgedResponse) => Promise<boolean>,
  scope: object = globalThis,
) {
  const bridge = (scope as Record<symbol, Bridge | undefined>)[BRIDGE];
  if (!bridge) return { replay: () => undefined };
  // Compared by URL and whole text: two answers of one request may differ anywhere in the body. Strings of unequal
  // length differ at once, and nothing is hashed or copied on the page's main thread.
  const accepted: BridgedResponse[] = [];
  const inFlight: BridgedResponse[] = [];
  const sameAs = (response: BridgedResponse) => (other: BridgedResponse) =>
    other.requestUrl === response.requestUrl && other.text === response.text;

  const deliver = async (response: BridgedResponse, attempt = 0): Promise<void> => {
    if (accepted.some(sameAs(response)) || inFlight.some(sameAs(response)) || ctx.isInvalid) return;
    inFlight.push(response);
    const ok = await onResponse(response).catch(() => false);
    inFlight.splice(inFlight.indexOf(response), 1);
    if (ok) {
      accepted.push(response);
      if (accepted.length > REMEMBERED) accepted.shift();
    } else if (attempt < RETRIES) {
      ctx.setTimeout(() => void deliver(response, attempt + 1), Math.min(RETRY_BASE_MS * 2 ** attempt, RETRY_MAX_MS));
    }
  };

  ctx.onInvalidated(bridge.subscribe((response) => void deliver(response)));
  return {
    /** Offers again what the observer saw before the panel listened or before this navigation. */
    replay: () => {
      for (const response of bridge.recent) void deliver(response);
    },
  };
}
