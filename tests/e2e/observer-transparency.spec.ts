import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type BrowserContext } from '@playwright/test';
import { serveAliExpressFixtures } from '../support/aliexpress-fixtures';
import { CHROMIUM_PATH, launchWithExtension, QUIET_CHROMIUM_ARGS } from '../support/launch';

/**
 * The observer stays invisible: one probe page, run in a Chromium with the extension and in one without, must see
 * the same natives, the same unhandled rejection, the same XHR behaviour and about the same time to read a large
 * body. The page is on an order path, so the observer runs, and it asks for observed endpoints.
 */
const PROBE_PAGE = 'https://www.aliexpress.com/p/order/index.html?probe=transparency';
const MTOP = 'https://acs.aliexpress.com/h5';
const ENDPOINTS = {
  small: `${MTOP}/mtop.aliexpress.trade.buyer.order.list/1.0/?probe=small`,
  fail: `${MTOP}/mtop.aliexpress.trade.buyer.order.detail/1.0/?probe=fail`,
  big: `${MTOP}/mtop.aliexpress.trade.buyer.order.list/1.0/?probe=big`,
  other: `${MTOP}/mtop.probe.not.observed/1.0/`,
};
const BIG_BODY = `{"filler":"${'x'.repeat(12_000_000)}"}`;

interface Arm {
  context: BrowserContext;
  close: () => Promise<void>;
}

async function withoutExtension(): Promise<Arm> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'dispute-helper-plain-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: QUIET_CHROMIUM_ARGS,
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Serves the probe page and its endpoints; records what reached the "network". */
async function serveProbe(context: BrowserContext, requests: string[]): Promise<void> {
  await serveAliExpressFixtures(context);
  await context.route(/^https:\/\/(www|acs)\.aliexpress\.com\//, async (route) => {
    const request = route.request();
    const url = request.url();
    if (url === PROBE_PAGE)
      return route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>probe</title>' });
    const cors = { 'access-control-allow-origin': 'https://www.aliexpress.com' };
    if (!url.startsWith(MTOP)) return route.fallback();
    requests.push(`${request.method()} ${url} ${request.postData() ?? ''}`);
    if (url === ENDPOINTS.fail) return route.abort('failed');
    if (url === ENDPOINTS.big) return route.fulfill({ headers: cors, contentType: 'application/json', body: BIG_BODY });
    if (url === ENDPOINTS.other)
      return route.fulfill({ headers: cors, contentType: 'application/json', body: '{"o":1}' });
    return route.fulfill({ headers: cors, contentType: 'application/json', body: '{"ok":1}' });
  });
}

/** Runs in the page: what a page script can tell about its own environment. */
async function probe(endpoints: typeof ENDPOINTS) {
  const toString = Function.prototype.toString;
  const describe = (name: string, f: unknown) => {
    const fn = f as (...args: unknown[]) => unknown;
    let construct: string;
    try {
      new (fn as unknown as new () => unknown)();
      construct = 'constructed';
    } catch (error) {
      construct = `${(error as Error).constructor.name}: ${(error as Error).message}`;
    }
    return {
      name,
      text: toString.call(fn),
      string: String(fn),
      ownName: fn.name,
      length: fn.length,
      prototype: 'prototype' in fn,
      own: Object.getOwnPropertyNames(fn).sort().join(),
      construct,
    };
  };
  const descriptor = (target: object, key: string) => {
    const found = Object.getOwnPropertyDescriptor(target, key);
    return found && { writable: found.writable, enumerable: found.enumerable, configurable: found.configurable };
  };
  const natives = [
    describe('fetch', window.fetch),
    describe('open', XMLHttpRequest.prototype.open),
    describe('send', XMLHttpRequest.prototype.send),
    describe('setRequestHeader', XMLHttpRequest.prototype.setRequestHeader),
    describe('toString', Function.prototype.toString),
    describe('toString.toString', Function.prototype.toString.toString),
    { fetch: descriptor(window, 'fetch'), open: descriptor(XMLHttpRequest.prototype, 'open') },
  ];

  const unhandled = await new Promise<string>((resolve) => {
    const onUnhandled = (event: PromiseRejectionEvent) => {
      event.preventDefault();
      resolve(`unhandledrejection: ${(event.reason as Error)?.name}`);
    };
    window.addEventListener('unhandledrejection', onUnhandled, { once: true });
    void fetch(endpoints.fail);
    setTimeout(() => resolve('none'), 1500);
  });

  let conversions = 0;
  const urlLike = {
    toString() {
      conversions++;
      return endpoints.small;
    },
  };
  const converted = await (await fetch(urlLike as unknown as string)).text();

  const xhrEvents: string[] = [];
  const xhr = new XMLHttpRequest();
  xhr.addEventListener('load', () => xhrEvents.push(`load ${xhr.status} ${xhr.responseText}`));
  const loaded = () => new Promise((resolve) => xhr.addEventListener('loadend', resolve, { once: true }));
  xhr.open('GET', endpoints.small);
  xhr.send();
  await loaded();
  xhr.open('POST', endpoints.other);
  xhr.send('the-body');
  await loaded();

  const started = performance.now();
  const big = await (await fetch(endpoints.big)).text();
  const bigMs = performance.now() - started;
  return { natives, unhandled, conversions, converted, xhrEvents, bigLength: big.length, bigMs };
}

test('the page sees the same natives and behaviour with and without the extension', async () => {
  test.setTimeout(90_000);
  const arms: Array<{ label: string; arm: () => Promise<Arm> }> = [
    { label: 'without', arm: withoutExtension },
    { label: 'with', arm: () => launchWithExtension({ headless: true }) },
  ];
  const results: Record<string, { seen: Awaited<ReturnType<typeof probe>>; requests: string[] }> = {};
  for (const { label, arm } of arms) {
    const browser = await arm();
    try {
      const requests: string[] = [];
      await serveProbe(browser.context, requests);
      const page = browser.context.pages()[0] ?? (await browser.context.newPage());
      await page.goto(PROBE_PAGE);
      // Warm up once (first fetch of a big body pays for allocation), then measure.
      await page.evaluate(probe, ENDPOINTS);
      const seen = await page.evaluate(probe, ENDPOINTS);
      results[label] = { seen, requests };
    } finally {
      await browser.close();
    }
  }
  const without = results.without!;
  const withExtension = results.with!;
  const { bigMs: plainMs, ...plain } = without.seen;
  const { bigMs: observedMs, ...observed } = withExtension.seen;
  expect(plain.unhandled).toBe('unhandledrejection: TypeError');
  expect(plain.conversions).toBe(1);
  expect(observed).toEqual(plain);
  expect(withExtension.requests).toEqual(without.requests);
  test.info().annotations.push({
    type: '12 MB body read',
    description: `with ${observedMs.toFixed(0)} ms, without ${plainMs.toFixed(0)} ms`,
  });
  // The observer skips a 12 MB body by its Content-Length instead of copying it: the unit test "skips a body whose
  // Content-Length is over the cap without cloning it" asserts that. The times are a figure, not a test: a bound on
  // them failed on a loaded machine (1,321 against 1,229 ms) with the skip working.
});
