import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { ALIEXPRESS_MATCH_PATTERNS } from '../../lib/aliexpress/hosts';
import { createPageFeatures } from '../../lib/page-side/features';
import { startPageSide } from '../../lib/page-side/start-page-side';

export default defineContentScript({
  // Every AliExpress page, so the panel can follow single-page navigation into an order or dispute page;
  // on other pages the script only runs detectPage.
  matches: ALIEXPRESS_MATCH_PATTERNS,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  // WXT would otherwise post a "content-script-started" message to the page, naming the extension.
  noScriptStartedPostMessage: true,
  main(ctx) {
    ignorePageStartEvents(ctx);
    startPageSide(ctx, createPageFeatures());
  },
});

/**
 * WXT stops a content script when a "newer copy" dispatches its start-up CustomEvent on `document`. Its name is
 * the extension id plus a fixed suffix, so a page script can send it too and leave the panel on the previous
 * order's facts. We swallow it before WXT's listener sees it (window's capture phase comes first) and notice an
 * orphaned script the other way WXT offers: `ctx.isInvalid` is true once the extension's runtime is gone, checked
 * on every ctx timer (each navigation sets one) and whenever the tab becomes visible again.
 */
function ignorePageStartEvents(ctx: ContentScriptContext): void {
  // Typed private in WXT 0.21, public at runtime; S16 fails if it moves.
  const name = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE?: unknown })
    .SCRIPT_STARTED_MESSAGE_TYPE;
  if (typeof name === 'string') {
    ctx.addEventListener(window, name as keyof WindowEventMap, (event) => event.stopImmediatePropagation(), {
      capture: true,
    });
  }
  ctx.addEventListener(document, 'visibilitychange', () => void ctx.isInvalid);
}
