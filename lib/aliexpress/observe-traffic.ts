import { observedEndpointOf } from './endpoints';

/**
 * Runs in the page's own JavaScript world (MAIN) from document_start: copies the responses of the page's order,
 * tracking and dispute requests (fetch, XHR and JSONP) and posts them to our isolated content script. The page gets
 * exactly what it would have got: we read clones and wrap callbacks without touching arguments or results.
 * Only the request URL and body text travel; nothing is stored here, and a recent few are kept for a late listener.
 */

export const OBSERVED_TAG = 'dispute-helper:observed-response';
export const REPLAY_TAG = 'dispute-helper:replay-observed';
/** Larger bodies are skipped rather than cut, because a cut JSON body cannot be parsed. */
export const MAX_OBSERVED_CHARS = 2_000_000;
const KEPT_FOR_REPLAY = 12;

export interface ObservedResponse {
  tag: typeof OBSERVED_TAG;
  requestUrl: string;
  text: string;
}

type PageWindow = Window & typeof globalThis;

export function installTrafficObserver(win: PageWindow): void {
  const recent: ObservedResponse[] = [];

  function publish(requestUrl: string, text: unknown): void {
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_OBSERVED_CHARS) return;
    const message: ObservedResponse = { tag: OBSERVED_TAG, requestUrl, text };
    recent.push(message);
    if (recent.length > KEPT_FOR_REPLAY) recent.shift();
    win.postMessage(message, win.location.origin);
  }

  const observedUrl = (raw: unknown): string | null => {
    try {
      const url = new URL(String(raw), win.location.href).href;
      return observedEndpointOf(url) ? url : null;
    } catch {
      return null;
    }
  };

  watchFetch(win, observedUrl, publish);
  watchXhr(win, observedUrl, publish);
  watchJsonp(win, observedUrl, publish);

  win.addEventListener('message', (event) => {
    if (event.source !== win || (event.data as { tag?: unknown } | null)?.tag !== REPLAY_TAG) return;
    for (const message of recent) win.postMessage(message, win.location.origin);
  });
}

type ObservedUrl = (raw: unknown) => string | null;
type Publish = (requestUrl: string, text: unknown) => void;

function watchFetch(win: PageWindow, observedUrl: ObservedUrl, publish: Publish): void {
  const pageFetch = win.fetch;
  if (typeof pageFetch !== 'function') return;
  const fetch = function (this: unknown, ...args: Parameters<typeof pageFetch>) {
    const pending = pageFetch.apply(this, args);
    const input = args[0];
    const url = observedUrl(input instanceof Request ? input.url : input);
    if (url) {
      // Registered before the page's own handlers, so the clone is taken before the page reads the body.
      pending
        .then((response) => response.clone().text())
        .then((text) => publish(url, text))
        .catch(() => undefined);
    }
    return pending;
  };
  Object.defineProperty(fetch, 'name', { value: 'fetch' });
  win.fetch = fetch;
}

function watchXhr(win: PageWindow, observedUrl: ObservedUrl, publish: Publish): void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const requestUrls = new WeakMap<XMLHttpRequest, string>();
  const pageOpen = proto.open;
  const pageSend = proto.send;

  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    const url = observedUrl(args[1]);
    if (url) requestUrls.set(this, url);
    else requestUrls.delete(this);
    return (pageOpen as (...a: unknown[]) => void).apply(this, args);
  } as typeof proto.open;

  proto.send = function (this: XMLHttpRequest, ...args: Parameters<typeof pageSend>) {
    const url = requestUrls.get(this);
    if (url) {
      this.addEventListener('load', () => {
        if (this.responseType === '' || this.responseType === 'text') publish(url, this.responseText);
        else if (this.responseType === 'json') publish(url, safeStringify(this.response));
      });
    }
    return pageSend.apply(this, args);
  };
}

/**
 * mtop's JSONP: the page defines `window.mtopjsonpN` and then appends `<script src="…&callback=mtopjsonpN">`.
 * We wrap the callback when the script element appears, long before the script can load and call it.
 */
function watchJsonp(win: PageWindow, observedUrl: ObservedUrl, publish: Publish): void {
  const globals = win as unknown as Record<string, unknown>;
  const wrap = (name: string, url: string) => {
    const pageCallback = globals[name];
    if (typeof pageCallback !== 'function') return;
    globals[name] = function (this: unknown, ...args: unknown[]) {
      publish(url, safeStringify(args[0]));
      return (pageCallback as (...a: unknown[]) => unknown).apply(this, args);
    };
  };
  new win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName !== 'SCRIPT') continue;
        const url = observedUrl((node as HTMLScriptElement).src);
        const name = url && new URL(url).searchParams.get('callback');
        if (name && /^[\w$]{1,64}$/.test(name)) wrap(name, url);
      }
    }
  }).observe(win.document, { childList: true, subtree: true });
}

function safeStringify(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch {
    return undefined;
  }
}
