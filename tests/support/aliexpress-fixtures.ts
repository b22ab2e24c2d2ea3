import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';
import { apiResponseBody, fixtureApiFor } from './fixture-api';

export const FIXTURE_PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');
export const FIXTURE_API_DIR = path.resolve(import.meta.dirname, '../fixtures/api');

const ALIEXPRESS_HOST = /(^|\.)aliexpress\.(com|ru|us)$/;
/** AliExpress's picture hosts: product pictures in the popup come from these. */
const ALIEXPRESS_IMAGE_HOST = /(^|\.)(alicdn|aliexpress-media)\.com$/;
/** A 1×1 grey PNG: what a product picture is in the tests. */
const PICTURE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * Page variants chosen by a query parameter the real site never uses (detectPage ignores unknown parameters):
 * `renamed` has the order detail's data but class names our selectors do not know; `unknown` is a recognised URL
 * with markup we cannot read and no data request.
 */
export const FIXTURE_VARIANT_PARAM = 'dh-fixture';

/**
 * Which fixture page stands in for an AliExpress URL. Written independently of lib/pages so that the
 * tests do not check detectPage against itself. Every other AliExpress URL gets a product page.
 */
export function fixtureFileFor(url: URL): string | null {
  if (!ALIEXPRESS_HOST.test(url.hostname)) return null;
  const pathname = url.pathname.toLowerCase().replace(/\/+$/, '');
  const has = (name: string) => url.searchParams.has(name);
  const variant = url.searchParams.get(FIXTURE_VARIANT_PARAM);

  if (variant === 'unknown') return 'common/unknown-layout.html';
  if (variant === 'renamed' && pathname === '/p/order/detail.html') return 'com/order-detail-renamed.html';
  if (/^m\./.test(url.hostname) && pathname === '/p/order/detail.html') return 'mobile/order-detail.html';

  if (url.hostname.endsWith('aliexpress.ru')) {
    if (/^\/order-list\/\d+$/.test(pathname)) return 'ru/order-detail.html';
    if (pathname === '/order-list') return 'ru/order-list.html';
    if (pathname.startsWith('/p/reverse-pages/')) {
      return has('reverseOrderLineId') ? 'ru/dispute-detail.html' : 'ru/dispute-start.html';
    }
  }
  if (pathname === '/p/order/index.html') return 'com/order-list.html';
  if (pathname === '/p/order/detail.html') return 'com/order-detail.html';
  if (pathname.startsWith('/p/reverse-pages/')) {
    return has('reverseOrderLineId') ? 'com/dispute-detail.html' : 'com/dispute-start.html';
  }
  if (pathname.startsWith('/p/refund-dispute/')) return 'com/dispute-list.html';
  return 'common/other-page.html';
}

/** Answers AliExpress URLs from fixture pages and refuses everything else: the tests never touch the network. */
export async function serveAliExpressFixtures(
  context: BrowserContext,
  overrides: Record<string, string> = {},
): Promise<void> {
  // http(s) only: chrome-extension:// requests must reach the extension untouched.
  await context.route(/^https?:\/\//, (route) => fulfilFromFixture(route, overrides));
}

async function fulfilFromFixture(route: Route, overrides: Record<string, string>): Promise<void> {
  const request = route.request();
  const url = new URL(request.url());
  const api = fixtureApiFor(url, request.postData());
  if (api) {
    const body = await apiResponseBody(api);
    const origin = (await request.headerValue('origin')) ?? '*';
    return route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' },
      contentType: api.callback ? 'application/javascript; charset=utf-8' : 'application/json; charset=utf-8',
      body: api.callback ? `${api.callback}(${body})` : body,
    });
  }
  if (request.resourceType() === 'image' && url.protocol === 'https:' && ALIEXPRESS_IMAGE_HOST.test(url.hostname))
    return route.fulfill({ status: 200, contentType: 'image/png', body: PICTURE });
  const file = overrides[url.href] ?? (request.resourceType() === 'document' ? fixtureFileFor(url) : null);
  if (!file) return route.abort('blockedbyclient');
  return route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: await readFile(path.join(FIXTURE_PAGES_DIR, file)),
  });
}
