import type { Page } from '@playwright/test';
import { NEAREST_ORDER_ID, seedCases } from '../support/dashboard-seed';
import { pngBytes } from '../support/test-images';
import { addPhotoInPanel, expect, extensionPageUrl, savedRecords, test } from './extension-test';

const SEEDED = 1000;
const ORDER = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';

/** The rows the popup has in its page now, top to bottom. */
function rowsNow(popup: Page) {
  return popup.getByTestId('dashboard-row').evaluateAll((rows) =>
    rows.map((row) => {
      const data = (row as HTMLElement).dataset;
      return { id: data.orderId!, due: data.due === undefined ? undefined : Number(data.due), state: data.state! };
    }),
  );
}

test.describe('with 1,000 stored orders', () => {
  test.beforeEach(async ({ page, worker }) => {
    // Any extension page wakes the worker, which creates the database; then the cases go in as it stores them.
    await page.goto(extensionPageUrl(worker, 'options.html'));
    await expect(page.getByTestId('count-orders')).toBeVisible();
    expect(await page.evaluate(seedCases, { count: SEEDED, now: Date.now() })).toBe(SEEDED + 1);
    await page.goto(extensionPageUrl(worker, 'popup.html'));
    await expect(page.getByTestId('dashboard-row').first()).toBeVisible();
  });

  test('the nearest deadline comes first, with its date, time left, status, whose move and a link', async ({
    page,
  }) => {
    const first = page.getByTestId('dashboard-row').first();
    await expect(first).toHaveAttribute('data-order-id', NEAREST_ORDER_ID);
    await expect(first).toHaveAttribute('data-whose', 'buyer');
    await expect(first).toHaveAttribute('data-status', 'dispute_open');
    await expect(first).toHaveAttribute('data-state', 'soon');
    await expect(first.getByTestId('dashboard-countdown')).toHaveText(
      /^Until .+, \d{1,2}:\d\d( [AP]M)? · 5 hours left$/,
    );
    await expect(first.getByTestId('dashboard-link')).toHaveText('Nearest seeded case');
    await expect(first.getByTestId('dashboard-link')).toHaveAttribute(
      'href',
      /^https:\/\/trade\.aliexpress\.com\/issue\/fastissue\/Detail\.htm\?reverseOrderLineId=\d+&from=1$/,
    );
    await expect(first.getByTestId('dashboard-link')).toHaveAttribute('target', '_blank');
    await expect(first.getByTestId('dashboard-link')).toHaveAttribute('rel', /noopener/);
    await expect(first).toContainText('Your move');

    // Only the visible rows and a few more are in the page, not a thousand.
    const drawn = await rowsNow(page);
    expect(drawn.length).toBeLessThan(25);
    const dues = drawn.map((row) => row.due!);
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
  });

  test('a row shows its picture and evidence score; one without a picture shows a placeholder', async ({ page }) => {
    // Seeded order 0005 is a parcel on its way with a started checklist (one photo of three required) and no picture.
    await page.getByTestId('dashboard-filter').and(page.locator('[data-filter="open"]')).click();
    const rows = page.getByTestId('dashboard-row');
    const withPicture = rows.filter({ has: page.getByTestId('dashboard-picture') }).first();
    const picture = withPicture.getByTestId('dashboard-picture');
    await expect(picture).toHaveAttribute('src', /^https:\/\/ae01\.alicdn\.com\/kf\/S\d+\.jpg_220x220\.jpg$/);
    await expect(picture).toHaveAttribute('referrerpolicy', 'no-referrer');
    await expect(picture).toHaveAttribute('loading', 'lazy');
    await expect(picture).toHaveAttribute('alt', /^Seeded item \d+$/);
    await expect(rows.filter({ has: page.getByTestId('dashboard-placeholder') }).first()).toBeVisible();

    const scored = rows.filter({ has: page.locator('[data-testid="dashboard-evidence"][data-done="1"]') }).first();
    await expect(scored.getByTestId('dashboard-evidence')).toHaveText(/^Evidence 1 of \d+$/);
  });

  test('the filters show closing soon and closed cases only', async ({ page }) => {
    const filter = (name: string) => page.locator(`[data-testid="dashboard-filter"][data-filter="${name}"]`);
    await expect(filter('open')).toHaveAttribute('aria-pressed', 'true');
    // 100 cancelled orders of the thousand are closed; the rest, and the planted case, are open.
    await expect(filter('closed')).toHaveAttribute('data-count', '100');
    await expect(filter('open')).toHaveAttribute('data-count', String(SEEDED + 1 - 100));

    await filter('soon').click();
    await expect(filter('soon')).toHaveAttribute('aria-pressed', 'true');
    const soon = await rowsNow(page);
    expect(soon.length).toBeGreaterThan(0);
    expect(soon.every((row) => row.state === 'soon')).toBe(true);
    const now = Date.now();
    for (const row of soon) expect(row.due! - now).toBeLessThanOrEqual(3 * 24 * 3_600_000);

    await filter('closed').click();
    const closed = await rowsNow(page);
    expect(closed.length).toBeGreaterThan(0);
    expect(closed.every((row) => row.state === 'closed')).toBe(true);
    await expect(page.getByTestId('dashboard-row').first()).toHaveAttribute('data-status', 'closed');
  });

  test('scrolling to the bottom shows the last row', async ({ page }) => {
    const list = page.getByTestId('dashboard-list');
    await expect(list).toHaveAttribute('data-count', String(SEEDED + 1 - 100));
    await list.evaluate((element) => element.scrollTo({ top: element.scrollHeight }));
    const last = page.locator(`[data-testid="dashboard-row"][aria-posinset="${SEEDED + 1 - 100}"]`);
    await expect(last).toBeVisible();
    await expect(last).toHaveAttribute('aria-setsize', String(SEEDED + 1 - 100));
    expect((await rowsNow(page)).length).toBeLessThan(25);
  });
});

test('a fresh profile explains where to start', async ({ page, worker }) => {
  await page.goto(extensionPageUrl(worker, 'popup.html'));
  const empty = page.getByTestId('popup-empty');
  await expect(empty).toContainText('Open your orders page on AliExpress');
  await expect(empty.getByTestId('open-orders')).toHaveAttribute(
    'href',
    'https://www.aliexpress.com/p/order/index.html',
  );
  await expect(page.getByTestId('dashboard-row')).toHaveCount(0);
});

test('an order page the buyer visited shows in the popup with its title and picture', async ({
  page,
  context,
  worker,
}) => {
  await page.goto(ORDER);
  await savedRecords(page, worker, 'orders');
  const popup = await context.newPage();
  await popup.goto(extensionPageUrl(worker, 'popup.html'));
  // The fixture's protection ends on 14 Feb 2026: open before that day, closed after; either way it is one case.
  const filter = (name: string) => popup.locator(`[data-testid="dashboard-filter"][data-filter="${name}"]`);
  await expect(filter('closed')).toHaveAttribute('data-count', /^[01]$/);
  const closed = (await filter('closed').getAttribute('data-count')) === '1';
  await expect(filter('open')).toHaveAttribute('data-count', closed ? '0' : '1');
  if (closed) await filter('closed').click();
  const row = popup.getByTestId('dashboard-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-order-id', '8190000123456789');
  await expect(row.getByTestId('dashboard-link')).toHaveText('USB-C Fast Charging Cable 2m Braided Nylon 100W');
  await expect(row.getByTestId('dashboard-link')).toHaveAttribute('href', ORDER);
  await expect(row.getByTestId('dashboard-picture')).toHaveAttribute(
    'src',
    'https://ae-pic-a1.aliexpress-media.com/kf/S1005006123456789.jpg_220x220.jpg',
  );
  // The picture comes from AliExpress's image host (the fixture server answers it, as the network would).
  await expect
    .poll(() => row.getByTestId('dashboard-picture').evaluate((image) => (image as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  await expect(row).toHaveAttribute('data-whose', closed ? 'none' : 'buyer');
  await expect(row.getByTestId('dashboard-countdown')).toHaveText(
    closed ? /^Until Feb 14, 2026 · This date has passed\.$/ : /^Until Feb 14, 2026 · \d+ days? \d+ hours? left$/,
  );
});

test.describe('with the panel keeping the buyer’s files', () => {
  // The panel frame writes evidence into the extension's storage, which needs third-party storage allowed.
  test.use({ thirdPartyStorage: 'allowed' });

  test('a photo added in the panel after the popup was open shows in the next popup', async ({
    page,
    context,
    worker,
  }) => {
    await page.goto(ORDER);
    await savedRecords(page, worker, 'orders');
    /** The order's evidence line in a newly opened popup, in whichever filter holds it (its date may have passed). */
    const evidenceInPopup = async () => {
      const popup = await context.newPage();
      await popup.goto(extensionPageUrl(worker, 'popup.html'));
      const closed = popup.locator('[data-testid="dashboard-filter"][data-filter="closed"]');
      await expect(closed).toHaveAttribute('data-count', /^[01]$/);
      if ((await closed.getAttribute('data-count')) === '1') await closed.click();
      const row = popup.locator('[data-testid="dashboard-row"][data-order-id="8190000123456789"]');
      return { popup, evidence: row.getByTestId('dashboard-evidence') };
    };

    const before = await evidenceInPopup();
    await expect(before.evidence).toHaveText('Evidence not started');
    await before.popup.close();

    // The panel writes the photo and the checklist through its own connection, not the worker's.
    await addPhotoInPanel(page, { name: 'cracked-plug.png', mimeType: 'image/png', buffer: pngBytes(64, 48) });

    const after = await evidenceInPopup();
    await expect(after.evidence).toHaveAttribute('data-done', '1');
    await expect(after.evidence).toHaveText(/^Evidence 1 of \d+$/);
  });
});
