import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Route } from '@playwright/test';

export const FIXTURE_PAGES_DIR = path.resolve(import.meta.dirname, '../fixtures/pages');

const ALIEXPRESS_HOST = /(^|\.)aliexpress\.(com|ru|us)$/;

/**
 * Which fixture page stands in for an AliExpress URL. Written independently of lib/pages so that the
 * tests do not check detectPage against itself. Every other AliExpress URL gets a product page.
 */
export function fixtureFileFor(url: URL): string | null {
  if (!ALIEXPRESS_HOST.test(url.hostname)) return null;
  const pathname = url.pathname.toLowerCase().replace(/\/+$/, '');
  const has = (name: string) => url.searchParams.has(name);

  if (url.hostname.endsWith('aliexpress.ru')) {
    if (/^\/order-list\/\d+$/.test(pathname)) return 'ru/order-detail.html';
    if (pathname === '/order-list') return 'ru/order-list.html';
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
  const url = new URL(route.request().url());
  const file = overrides[url.href] ?? (route.request().resourceType() === 'document' ? fixtureFileFor(url) : null);
  if (!file) return route.abort('blockedbyclient');
  return route.fulfill({
    status: 200,
    contentType: 'text/html; charset=utf-8',
    body: await readFile(path.join(FIXTURE_PAGES_DIR, file)),
  });
}
