import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { pickLanguage } from '../i18n/text';
import { detectPage, type DetectedPage } from '../pages/detect-page';
import type { PageFeature } from './feature';
import { createPageHub } from './page-hub';
import { pageTranslator } from './page-strings';
import { runFeatures } from './run-features';
import { whenPageSettled } from './when-page-settled';

// SPA routers change the URL in bursts; act once it settles.
const NAVIGATION_SETTLE_MS = 80;

/**
 * Runs the page features on order and dispute pages and keeps them in step with single-page navigation: leaving a
 * page aborts its features, arriving on another starts those that run there.
 */
export function startPageSide(ctx: ContentScriptContext, features: readonly PageFeature[]): void {
  const language = pickLanguage(navigator.languages.length ? navigator.languages : [navigator.language]);
  const i18n = pageTranslator(language);
  const settled = whenPageSettled(ctx);
  let shown: DetectedPage | null = null;
  let leave: AbortController | undefined;

  const sync = () => {
    const page = detectPage(location.href);
    if (samePage(page, shown)) return;
    shown = page;
    leave?.abort();
    leave = undefined;
    if (!page) return;
    leave = new AbortController();
    runFeatures(features, { page, ctx, settled, hub: createPageHub(), language, i18n }, leave.signal);
  };

  let settleTimer: number | undefined;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    clearTimeout(settleTimer);
    settleTimer = ctx.setTimeout(sync, NAVIGATION_SETTLE_MS);
  });
  ctx.onInvalidated(() => leave?.abort());
  sync();
}

function samePage(a: DetectedPage | null, b: DetectedPage | null): boolean {
  return a?.kind === b?.kind && a?.site === b?.site && a?.orderId === b?.orderId && a?.disputeId === b?.disputeId;
}
