import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { MAX_OBSERVED_CHARS, OBSERVED_TAG, REPLAY_TAG } from '../aliexpress/observe-traffic';
import { isAliExpressUrl } from '../aliexpress/hosts';

export interface ObservedResponse {
  requestUrl: string;
  text: string;
}

const REMEMBERED = 64;

/**
 * Receives what the MAIN-world observer copied. Anything on the page can post such a message, so only the
 * shape, the origin and the size are trusted here; the worker parses and validates the content.
 * The same response seen twice (live, then replayed) is passed on once.
 */
export function listenToObserver(ctx: ContentScriptContext, onResponse: (response: ObservedResponse) => void) {
  const seen: string[] = [];
  ctx.addEventListener(window, 'message', (event: MessageEvent) => {
    if (event.source !== window || event.origin !== location.origin) return;
    const data = event.data as Partial<Record<string, unknown>> | null;
    if (typeof data !== 'object' || data === null || data.tag !== OBSERVED_TAG) return;
    const { requestUrl, text } = data;
    if (typeof requestUrl !== 'string' || requestUrl.length > 8192 || !isAliExpressUrl(requestUrl)) return;
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_OBSERVED_CHARS) return;

    const key = `${requestUrl}#${text.length}#${fingerprint(text)}`;
    if (seen.includes(key)) return;
    seen.push(key);
    if (seen.length > REMEMBERED) seen.shift();
    onResponse({ requestUrl, text });
  });
  return {
    /** Asks the observer to post again what it saw before we listened (it starts at document_start, we at idle). */
    replay: () => window.postMessage({ tag: REPLAY_TAG }, location.origin),
  };
}

/** A cheap sample hash: enough to tell two responses of the same request apart without reading 2 MB. */
function fingerprint(text: string): number {
  let hash = 2166136261;
  const step = Math.max(1, Math.floor(text.length / 512));
  for (let i = 0; i < text.length; i += step) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619);
  return hash >>> 0;
}
