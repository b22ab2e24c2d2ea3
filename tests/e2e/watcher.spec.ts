import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Route } from '@playwright/test';
import { FIXTURE_API_DIR, serveAliExpressFixtures } from '../support/aliexpress-fixtures';
import { CHROMIUM_PATH, EXTENSION_DIR, QUIET_CHROMIUM_ARGS } from '../support/launch';
import { expect, extensionPageUrl, panel, readStore, test as base } from './extension-test';

// The parts used inside worker.evaluate / page.evaluate callbacks (toolchain P6).
declare const chrome: {
  notifications: {
    create: (id: string, options: object) => Promise<string>;
    getAll: () => Promise<Record<string, boolean>>;
  };
  alarms: { create: (name: string, info: { when: number }) => Promise<void>; get: (name: string) => Promise<unknown> };
};

/**
 * The seller-reply watcher end to end: the buyer opens a dispute page (its signed data request is learned), the
 * seller replies, the watcher's alarm fires, and a "seller has responded" notification names the reply.
 *
 * The fixture mtop gateway below checks each request's signature against the `_m_h5_tk` cookie the request
 * carries, as the real one does: a wrong sign is refused, an expired token is answered with a token error and a
 * fresh cookie. Playwright's `context.route` sees the service worker's own fetches in this Chromium (156, with
 * Playwright 1.65; checked without PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS), so the worker's requests are
 * answered and logged here like the page's.
 *
 * Notifications are an optional permission. Chromium asks the buyer in a native dialog a test cannot answer
 * (headless, it never resolves), so this spec loads a copy of the build whose manifest grants it at install, the
 * state the buyer's "Allow" leaves; everything else is the build as shipped.
 */
const DISPUTE = '5012345678901201';
const ORDER = '8190000123456703';
const PAGE = `https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=${DISPUTE}&orderId=${ORDER}`;
const ALARM = `dh:w:${DISPUTE}`;
const FIRST_TOKEN = '0123456789abcdef0123456789abcdef';
const FRESH_TOKEN = 'fedcba9876543210fedcba9876543210';
const REPLY = 'We will send a replacement tomorrow.';
const ALIEXPRESS = /^https:\/\/([a-z0-9-]+\.)*aliexpress\.(com|ru|us)\//;

const md5 = (text: string) => createHash('md5').update(text).digest('hex');

interface GatewayCall {
  /** The page's own request (a referer on an AliExpress page) or the extension's. */
  from: 'page' | 'extension';
  answer: 'ok' | 'bad-sign' | 'token-expired';
  sign: string;
}

/** The mtop gateway for the dispute-detail API, answering from the fixture JSON and checking signatures. */
class Gateway {
  validToken = FIRST_TOKEN;
  sellerReplied = false;
  calls: GatewayCall[] = [];
  /** Every request the extension's worker made, as the browser reported it. */
  workerRequests: string[] = [];

  async answer(route: Route): Promise<void> {
    const request = route.request();
    const url = new URL(request.url());
    const headers = await request.allHeaders();
    const token = /(?:^|;\s*)_m_h5_tk=([^;_]*)/.exec(headers.cookie ?? '')?.[1] ?? '';
    const data = url.searchParams.get('data') ?? new URLSearchParams(request.postData() ?? '').get('data') ?? '';
    const [t, appKey, sign] = ['t', 'appKey', 'sign'].map((name) => url.searchParams.get(name) ?? '') as [
      string,
      string,
      string,
    ];
    const from = ALIEXPRESS.test(headers.referer ?? '') ? 'page' : 'extension';
    const cors = { 'access-control-allow-origin': headers.origin ?? '*', 'access-control-allow-credentials': 'true' };

    if (token !== this.validToken) {
      this.calls.push({ from, answer: 'token-expired', sign });
      return route.fulfill({
        headers: {
          ...cors,
          'set-cookie': `_m_h5_tk=${this.validToken}_${Date.now() + 3_600_000}; Domain=.aliexpress.com; Path=/; Secure; SameSite=None`,
        },
        contentType: 'application/json',
        body: JSON.stringify({
          api: 'mtop.aliexpress.buyer.reverse.reverseorderlinerenderforbuyer',
          ret: ['FAIL_SYS_TOKEN_EXOIRED::令牌过期'],
          data: {},
        }),
      });
    }
    if (sign !== md5(`${token}&${t}&${appKey}&${data}`)) {
      this.calls.push({ from, answer: 'bad-sign', sign });
      return route.fulfill({
        headers: cors,
        contentType: 'application/json',
        body: JSON.stringify({ ret: ['FAIL_SYS_ILLEGAL_ACCESS::非法请求'], data: {} }),
      });
    }
    this.calls.push({ from, answer: 'ok', sign });
    const body = JSON.parse(
      await readFile(path.join(FIXTURE_API_DIR, `com/dispute-detail/${DISPUTE}.json`), 'utf8'),
    ) as { data: { module: { processList: object[] } } };
    if (this.sellerReplied)
      body.data.module.processList.unshift({
        actionType: 'seller_send_message',
        content: REPLY,
        gmtCreateFormat: '2026-01-08 09:00:00',
        submitMemberType: 'seller',
      });
    return route.fulfill({ headers: cors, contentType: 'application/json', body: JSON.stringify(body) });
  }
}

const test = base.extend<{ gateway: Gateway }>({
  // eslint-disable-next-line no-empty-pattern
  gateway: async ({}, use) => {
    await use(new Gateway());
  },
  context: async ({ requests, gateway }, use) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'dispute-helper-watcher-'));
    const extension = path.join(folder, 'extension');
    await cp(EXTENSION_DIR, extension, { recursive: true });
    const manifestFile = path.join(extension, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestFile, 'utf8')) as {
      permissions: string[];
      optional_permissions: string[];
    };
    expect(manifest.optional_permissions).toContain('notifications');
    manifest.permissions.push('notifications');
    manifest.optional_permissions = manifest.optional_permissions.filter((name) => name !== 'notifications');
    await writeFile(manifestFile, JSON.stringify(manifest));

    const context = await chromium.launchPersistentContext(path.join(folder, 'profile'), {
      executablePath: CHROMIUM_PATH,
      headless: true,
      locale: 'en-US',
      args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, ...QUIET_CHROMIUM_ARGS],
    });
    context.on('request', (request) => {
      if (!/^https?:/.test(request.url())) return;
      requests.push(request.url());
      if (request.serviceWorker()) gateway.workerRequests.push(request.url());
    });
    await serveAliExpressFixtures(context);
    // Registered last, so it answers the dispute API before the generic fixture route.
    await context.route(
      /^https:\/\/acs\.aliexpress\.com\/h5\/mtop\.aliexpress\.buyer\.reverse\.reverseorderlinerenderforbuyer\//i,
      (route) => gateway.answer(route),
    );
    await context.addCookies([
      {
        name: '_m_h5_tk',
        value: `${FIRST_TOKEN}_${Date.now() + 3_600_000}`,
        domain: '.aliexpress.com',
        path: '/',
        secure: true,
        sameSite: 'None',
      },
    ]);
    await use(context);
    await context.close();
    await rm(folder, { recursive: true, force: true });
  },
});

test('the seller replies: the watcher re-signs the learned request and notifies what changed', async ({
  page,
  context,
  worker,
  gateway,
  requests,
}) => {
  // The buyer opens the dispute: the page's own signed request is accepted, and learned.
  await page.goto(PAGE);
  await expect((await panel(page)).status).toHaveAttribute('data-state', 'saved');
  await expect(page.locator('ul.history li')).not.toHaveCount(0);
  expect(gateway.calls).toEqual([expect.objectContaining({ from: 'page', answer: 'ok' })]);
  await expect
    .poll(async () => (await readStore(worker, 'watches'))[0])
    .toMatchObject({ disputeId: DISPUTE, orderId: ORDER, request: { method: 'POST' }, state: { phase: 'active' } });

  // The panel says the watcher is on for this dispute, not yet checked.
  const frame = (await panel(page)).frame;
  await expect(frame.getByTestId('watch-status')).toHaveAttribute('data-state', 'active');
  await expect(frame.getByTestId('watch-status')).toHaveText('On: checked every 30–60 minutes, not yet checked.');
  await expect(frame.getByTestId('watch-toggle')).toBeChecked();

  // The gateway refuses a request whose sign does not match its token, as the real one does.
  const refused = await page.evaluate(
    async (url) => {
      const response = await fetch(url.replace(/sign=[0-9a-f]+/, `sign=${'0'.repeat(32)}`), {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ data: '{}' }).toString(),
      });
      return ((await response.json()) as { ret: string[] }).ret[0];
    },
    ((await readStore(worker, 'watches'))[0] as { request: { url: string } }).request.url,
  );
  expect(refused).toMatch(/^FAIL_SYS_ILLEGAL_ACCESS/);
  expect(gateway.calls.at(-1)).toMatchObject({ from: 'page', answer: 'bad-sign' });

  // Later: the seller replies, and the page's token has expired meanwhile.
  gateway.calls = [];
  gateway.sellerReplied = true;
  gateway.validToken = FRESH_TOKEN;
  await worker.evaluate(() => {
    const shown: unknown[] = [];
    (self as unknown as { shown: unknown[] }).shown = shown;
    const create = chrome.notifications.create.bind(chrome.notifications);
    chrome.notifications.create = (id: string, options: object) => {
      shown.push({ id, ...options });
      return create(id, options);
    };
  });
  // The watcher's alarm, due now (what the browser does at its time).
  await worker.evaluate((name) => chrome.alarms.create(name, { when: Date.now() }), ALARM);

  const options = await context.newPage();
  await options.goto(extensionPageUrl(worker, 'options.html'));
  await expect
    .poll(async () => Object.keys(await options.evaluate(() => chrome.notifications.getAll())), { timeout: 15_000 })
    .toEqual([expect.stringMatching(new RegExp(`^dh-note\\|global\\|dispute\\|${DISPUTE}\\|[0-9a-f]{16}$`))]);

  const shown = (await worker.evaluate(() => (self as unknown as { shown: unknown[] }).shown)) as Array<{
    title: string;
    message: string;
  }>;
  expect(shown).toEqual([
    expect.objectContaining({
      title: `Dispute about order ${ORDER}: news from the seller`,
      message: `The seller wrote: ${REPLY}`,
    }),
  ]);
  // The stale token was answered with a fresh cookie; the watcher signed again with it, once.
  expect(gateway.calls).toEqual([
    expect.objectContaining({ from: 'extension', answer: 'token-expired' }),
    expect.objectContaining({ from: 'extension', answer: 'ok' }),
  ]);
  const events = (await readStore(worker, 'caseEvents')) as Array<{ kind: string; params: object }>;
  expect(events).toContainEqual(
    expect.objectContaining({ kind: 'seller-replied', params: expect.objectContaining({ text: REPLY }) }),
  );
  const [watch] = (await readStore(worker, 'watches')) as Array<{ state: { phase: string; nextAt: number } }>;
  expect(watch!.state.phase).toBe('active');
  expect(watch!.state.nextAt - Date.now()).toBeGreaterThan(29 * 60_000);

  // The buyer switches it off for this dispute from the panel: its alarm goes.
  await page.reload();
  const reloaded = (await panel(page)).frame;
  await expect(reloaded.getByTestId('watch-status')).toContainText('Last checked');
  await reloaded.getByTestId('watch-toggle').uncheck();
  await expect(reloaded.getByTestId('watch-status')).toHaveAttribute('data-state', 'off');
  expect(await worker.evaluate((name) => chrome.alarms.get(name), ALARM)).toBeUndefined();

  // Nothing went anywhere but AliExpress; the worker's own requests went to the API gateway only.
  expect(requests.length).toBeGreaterThan(0);
  expect(requests.filter((url) => !ALIEXPRESS.test(url))).toEqual([]);
  expect(gateway.workerRequests).toHaveLength(2);
  expect(gateway.workerRequests.filter((url) => !url.startsWith('https://acs.aliexpress.com/h5/'))).toEqual([]);
});
