// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://www.aliexpress.com/"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageFeature } from '../../../lib/page-side/feature';
import { startPageSide } from '../../../lib/page-side/start-page-side';

/** Enough of WXT's context for the navigation follower: listeners, timers and invalidation. */
function fakeContext() {
  const invalidated: Array<() => void> = [];
  const ctx = {
    isInvalid: false,
    addEventListener: (target: EventTarget, type: string, handler: EventListener) =>
      target.addEventListener(type, handler),
    setTimeout: (handler: () => void, ms: number) => window.setTimeout(handler, ms),
    requestIdleCallback: (handler: () => void) => window.setTimeout(handler, 0),
    onInvalidated: (handler: () => void) => invalidated.push(handler),
  } as unknown as ContentScriptContext;
  return { ctx, invalidate: () => invalidated.forEach((handler) => handler()) };
}

function recorder() {
  const log: string[] = [];
  const feature: PageFeature = {
    name: 'recorder',
    runsOn: () => true,
    start: ({ page, signal }) => {
      log.push(`start ${page.kind} ${page.orderId ?? ''}`.trim());
      signal.addEventListener('abort', () => log.push(`stop ${page.kind}`));
    },
  };
  return { log, feature };
}

async function navigate(url: string) {
  history.pushState(null, '', url);
  window.dispatchEvent(new Event('wxt:locationchange'));
  await vi.advanceTimersByTimeAsync(200);
}

afterEach(() => vi.useRealTimers());

describe('startPageSide', () => {
  it('starts features on our pages, restarts them on navigation to another, and stops them elsewhere', async () => {
    vi.useFakeTimers();
    history.replaceState(null, '', 'https://www.aliexpress.com/p/order/index.html');
    const { log, feature } = recorder();
    const { ctx, invalidate } = fakeContext();
    startPageSide(ctx, [feature]);
    expect(log).toEqual(['start order-list']);

    await navigate('https://www.aliexpress.com/p/order/index.html?spm=a2g0o');
    expect(log).toEqual(['start order-list']);

    await navigate('https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789');
    expect(log).toEqual(['start order-list', 'stop order-list', 'start order-detail 8190000123456789']);

    await navigate('https://www.aliexpress.com/item/1005006123456789.html');
    expect(log.at(-1)).toBe('stop order-detail');

    await navigate('https://www.aliexpress.com/p/order/index.html');
    expect(log.at(-1)).toBe('start order-list');
    invalidate();
    expect(log.at(-1)).toBe('stop order-list');
  });
});
