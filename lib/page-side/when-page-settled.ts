import type { ContentScriptContext } from 'wxt/utils/content-script-context';

// Long enough for the page's own load work, short enough that the panel still shows promptly.
const IDLE_TIMEOUT_MS = 500;

/**
 * Resolves once the page has loaded and the main thread is idle, so the panel's start-up never delays the page's
 * own load event or competes with its first scripts. Nothing is lost meanwhile: the observer keeps what it saw.
 */
export function whenPageSettled(ctx: ContentScriptContext): Promise<void> {
  return new Promise((resolve) => {
    const idle = () => ctx.requestIdleCallback(() => resolve(), { timeout: IDLE_TIMEOUT_MS });
    if (document.readyState === 'complete') idle();
    else ctx.addEventListener(window, 'load', idle, { once: true });
  });
}
