import type { FileChooser, Frame, Page } from '@playwright/test';
import { pngBytes } from '../support/test-images';
import { expect, panel, panelFrame, readStore, storeReader, test } from './extension-test';

const ORDER = '8190000123456789';
const DETAIL = `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}`;
const START =
  'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790&tradeOrderLineId=8190000123456790001';

// With third-party cookies allowed, the panel frame may use the extension's storage. The last test runs with them
// blocked, this Chromium's default.
test.use({ thirdPartyStorage: 'allowed' });

const PHOTO = { name: 'cracked-plug.png', mimeType: 'image/png', buffer: pngBytes(64, 48) };

/** The evidence section of the panel on this page, opened if it starts as a tab. */
async function evidence(page: Page) {
  const ui = await panel(page);
  if ((await ui.root.getAttribute('data-state')) === 'collapsed') await ui.tab.click();
  const frame = await panelFrame(page);
  const section = frame.getByTestId('evidence');
  await expect(section).toBeVisible();
  return {
    frame,
    section,
    score: frame.getByTestId('evidence-score'),
    notice: frame.getByTestId('evidence-notice'),
    item: (id: string) => frame.locator(`[data-testid="checklist-item"][data-item="${id}"]`),
    files: frame.getByTestId('evidence-file'),
  };
}

/** Picks the files through the browser's file chooser, as a buyer does, on the item's "Add files". */
async function attachThroughChooser(
  page: Page,
  frame: Frame,
  itemId: string,
  files: Parameters<FileChooser['setFiles']>[0],
) {
  const chooser = page.waitForEvent('filechooser');
  await frame.locator(`[data-testid="checklist-item"][data-item="${itemId}"] [data-testid="evidence-input"]`).click();
  await (await chooser).setFiles(files);
}

/** The order page's checklist for `problem`, and its first required item that takes photos. */
async function checklistFor(page: Page, problem: string) {
  await page.goto(DETAIL);
  const ui = await evidence(page);
  await ui.frame.getByTestId('evidence-problem').selectOption(problem);
  await expect(ui.frame.getByTestId('evidence-problem')).toHaveAttribute('data-problem', problem);
  return { ui, itemId: await photoItem(ui.frame) };
}

/** The first required item of the list that takes photos. */
async function photoItem(frame: Frame): Promise<string> {
  const items = frame.locator(
    '[data-testid="checklist-item"][data-state="missing"]:has([data-testid="evidence-input"][accept*="image"])',
  );
  return (await items.first().getAttribute('data-item'))!;
}

test('the buyer picks the problem and attaches a photo through the file chooser; after a reload it is still there and counted', async ({
  page,
  context,
  worker,
}) => {
  await page.goto(DETAIL);
  let ui = await evidence(page);
  await ui.frame.getByTestId('evidence-problem').selectOption('damaged');
  await expect(ui.frame.getByTestId('evidence-problem')).toHaveAttribute('data-problem', 'damaged');
  const before = Number(await ui.score.getAttribute('data-done'));
  const required = Number(await ui.score.getAttribute('data-required'));
  expect(required).toBeGreaterThan(0);

  const itemId = await photoItem(ui.frame);
  await attachThroughChooser(page, ui.frame, itemId, PHOTO);
  await expect(ui.item(itemId).getByTestId('evidence-file')).toHaveCount(1);
  await expect(ui.item(itemId).getByTestId('evidence-thumb')).toBeVisible();
  await expect(ui.item(itemId)).toHaveAttribute('data-state', 'done');

  const reader = await storeReader(context, worker);
  const stored = (await readStore(reader, 'evidenceFiles')) as Array<{ orderId: string; mime: string; name: string }>;
  expect(stored).toEqual([expect.objectContaining({ orderId: ORDER, mime: 'image/png', name: PHOTO.name })]);

  await page.reload();
  ui = await evidence(page);
  await expect(ui.item(itemId).getByTestId('evidence-name')).toContainText(PHOTO.name);
  await expect(ui.item(itemId).getByTestId('evidence-thumb')).toBeVisible();
  await expect(ui.score).toHaveAttribute('data-required', String(required));
  await expect(ui.score).toHaveAttribute('data-done', String(before + 1));
});

test('rename, move to another item and delete; deleting leaves nothing of the file in the database', async ({
  page,
  context,
  worker,
}) => {
  const { ui, itemId } = await checklistFor(page, 'not_as_described');
  await attachThroughChooser(page, ui.frame, itemId, PHOTO);
  const file = ui.files.first();
  await expect(file).toBeVisible();
  // Opening shows the file itself in a tab.
  const [opened] = await Promise.all([context.waitForEvent('page'), file.getByTestId('evidence-open').click()]);
  await opened.waitForLoadState();
  expect(opened.url()).toMatch(/^blob:chrome-extension:/);
  expect(await opened.evaluate(() => document.contentType)).toBe('image/png');
  await opened.close();

  await file.getByTestId('evidence-rename').click();
  await ui.frame.getByTestId('evidence-name-input').fill('Plug, close-up');
  await ui.frame.getByTestId('evidence-name-input').press('Enter');
  await expect(ui.files.first().getByTestId('evidence-name')).toContainText('Plug, close-up');

  const target = await ui.files.first().getByTestId('evidence-move').locator('option').nth(1).getAttribute('value');
  await ui.files.first().getByTestId('evidence-move').selectOption(target!);
  await expect(ui.item(target!).getByTestId('evidence-file')).toHaveCount(1);
  await expect(ui.item(itemId).getByTestId('evidence-file')).toHaveCount(0);

  await ui.files.first().getByTestId('evidence-delete').click();
  await expect(ui.files).toHaveCount(0);
  const reader = await storeReader(context, worker);
  expect(await readStore(reader, 'evidenceFiles')).toEqual([]);
  expect(await readStore(reader, 'evidenceBlobs')).toEqual([]);
});

test('the order list’s badge shows the score of an order the buyer gathers evidence for', async ({ page }) => {
  // An order of the fixture list: its checklist is started on its own page, then the list is opened.
  const listed = '8190000123456701';
  await page.goto(`https://www.aliexpress.com/p/order/detail.html?orderId=${listed}`);
  const ui = await evidence(page);
  await ui.frame.getByTestId('evidence-problem').selectOption('damaged');
  await expect(ui.frame.getByTestId('evidence-problem')).toHaveAttribute('data-problem', 'damaged');
  const required = await ui.score.getAttribute('data-required');
  await page.goto('https://www.aliexpress.com/p/order/index.html');
  const badge = page.locator(`[data-dispute-helper="badge"][data-order-id="${listed}"]`);
  await expect(badge).toHaveAttribute('data-evidence', `0/${required}`);
  await expect(badge).toContainText(`Evidence 0 of ${required}`);
});

test('a photo dropped on an item is added to that item', async ({ page }) => {
  const { ui, itemId } = await checklistFor(page, 'damaged');
  // What a drop from the desktop hands the page: a DataTransfer holding the file.
  await ui.item(itemId).evaluate(
    (item, bytes) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(bytes)], 'dropped.png', { type: 'image/png' }));
      for (const type of ['dragover', 'drop'])
        item.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
    },
    [...PHOTO.buffer],
  );
  await expect(ui.item(itemId).getByTestId('evidence-name')).toContainText('dropped.png');
});

test('a text file named .png and an empty file are refused with a clear message; nothing is stored', async ({
  page,
  context,
  worker,
}) => {
  const { ui, itemId } = await checklistFor(page, 'damaged');
  await attachThroughChooser(page, ui.frame, itemId, {
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: Buffer.from('<html><script>alert(1)</script></html>'),
  });
  await expect(ui.notice).toHaveAttribute('data-tone', 'error');
  await expect(ui.notice).toContainText('photo.png');
  await attachThroughChooser(page, ui.frame, itemId, {
    name: 'empty.jpg',
    mimeType: 'image/jpeg',
    buffer: Buffer.alloc(0),
  });
  await expect(ui.notice).toContainText('empty.jpg');
  await expect(ui.files).toHaveCount(0);
  expect(await readStore(await storeReader(context, worker), 'evidenceFiles')).toEqual([]);
});

test('an oversized photo is offered to be made smaller; once shrunk it is stored under the limit', async ({
  page,
  context,
  worker,
}) => {
  test.setTimeout(60_000);
  const { ui, itemId } = await checklistFor(page, 'damaged');
  const big = pngBytes(1600, 1200, { noise: true });
  await attachThroughChooser(page, ui.frame, itemId, { name: 'huge.png', mimeType: 'image/png', buffer: big });
  await expect(ui.notice).toHaveAttribute('data-tone', 'warning');
  const reader = await storeReader(context, worker);
  expect(await readStore(reader, 'evidenceFiles')).toEqual([]);

  await ui.frame.getByTestId('evidence-shrink').click();
  await expect(ui.item(itemId).getByTestId('evidence-file')).toHaveCount(1, { timeout: 20_000 });
  const [stored] = (await readStore(reader, 'evidenceFiles')) as Array<{
    size: number;
    mime: string;
    shrunk?: boolean;
  }>;
  expect(stored!.mime).toBe('image/jpeg');
  expect(stored!.shrunk).toBe(true);
  expect(stored!.size).toBeLessThan(big.length);
});

test('storage full (simulated): the attach fails with a clear message and the database stays as it was', async ({
  page,
  context,
  worker,
}) => {
  const { ui, itemId } = await checklistFor(page, 'damaged');
  await attachThroughChooser(page, ui.frame, itemId, PHOTO);
  await expect(ui.files).toHaveCount(1);

  // The frame's next write of a file's bytes fails as a full disk makes it fail.
  await ui.frame.evaluate(() => {
    for (const method of ['add', 'put'] as const) {
      const original = IDBObjectStore.prototype[method];
      IDBObjectStore.prototype[method] = function (this: IDBObjectStore, ...args: Parameters<typeof original>) {
        if (this.name === 'evidenceBlobs') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return original.apply(this, args);
      };
    }
  });
  await attachThroughChooser(page, ui.frame, itemId, { ...PHOTO, name: 'second.png' });
  await expect(ui.notice).toHaveAttribute('data-tone', 'error');
  await expect(ui.notice).toContainText('second.png');
  await expect(ui.files).toHaveCount(1);
  const reader = await storeReader(context, worker);
  expect(await readStore(reader, 'evidenceFiles')).toHaveLength(1);
  expect(await readStore(reader, 'evidenceBlobs')).toHaveLength(1);
});

test('the worker stopped between steps: nothing is lost', async ({ page, context, worker }) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await page.goto(DETAIL);
  let ui = await evidence(page);
  await ui.frame.getByTestId('evidence-problem').selectOption('damaged');
  await cdp.send('ServiceWorker.stopAllWorkers');
  const itemId = await photoItem(ui.frame);
  await attachThroughChooser(page, ui.frame, itemId, PHOTO);
  await expect(ui.files).toHaveCount(1);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await attachThroughChooser(page, ui.frame, itemId, { ...PHOTO, name: 'second.png' });
  await expect(ui.files).toHaveCount(2);
  await cdp.send('ServiceWorker.stopAllWorkers');
  await page.reload();
  ui = await evidence(page);
  await expect(ui.files).toHaveCount(2);
  await expect(ui.frame.getByTestId('evidence-problem')).toHaveAttribute('data-problem', 'damaged');
  expect(await readStore(await storeReader(context, worker), 'evidenceFiles')).toHaveLength(2);
});

test('a script in the page cannot see the file names, counts or thumbnails', async ({ page }) => {
  const { ui, itemId } = await checklistFor(page, 'damaged');
  await attachThroughChooser(page, ui.frame, itemId, { ...PHOTO, name: 'secret-name-4711.png' });
  await expect(ui.files).toHaveCount(1);

  const seen = await page.evaluate(() => {
    const host = document.querySelector('dispute-helper');
    const frame = host?.querySelector('iframe') ?? null;
    let frameDocument: unknown;
    try {
      frameDocument = frame?.contentDocument ?? null;
    } catch {
      frameDocument = 'blocked';
    }
    return {
      shadowRoot: host ? host.shadowRoot : 'no host',
      frameInLightDom: frame !== null,
      frameDocument: frameDocument === null || frameDocument === 'blocked' ? 'none' : 'readable',
      text: document.documentElement.innerText + new XMLSerializer().serializeToString(document),
      images: [...document.images].map((image) => image.src).filter((src) => src.startsWith('blob:')),
      resources: performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => name.includes('blob:')),
    };
  });
  expect(seen.shadowRoot).toBeNull();
  expect(seen.frameInLightDom).toBe(false);
  expect(seen.frameDocument).toBe('none');
  expect(seen.text).not.toContain('secret-name-4711');
  expect(seen.text).not.toContain('data-evidence');
  expect(seen.images).toEqual([]);
  expect(seen.resources).toEqual([]);
});

test('the check says promised photos are missing until the checklist has them, and names the missing items', async ({
  page,
}) => {
  await page.goto(START);
  const ui = await evidence(page);
  const finding = (code: string) => ui.frame.locator(`[data-testid="finding"][data-code="${code}"]`);
  await page
    .locator('#description')
    .fill(
      'The cable arrived broken: the plug is cracked. I noticed it when I opened the parcel on December 12. I attach photos. I want a full refund.',
    );
  await ui.frame.getByTestId('check-button').click();
  await expect(finding('evidence_not_attached')).toBeVisible();
  await expect(finding('evidence_items_missing').getByTestId('finding-items').locator('li').first()).toBeVisible();

  await ui.frame.getByTestId('evidence-problem').selectOption('damaged');
  const itemId = await photoItem(ui.frame);
  await attachThroughChooser(page, ui.frame, itemId, PHOTO);
  await expect(ui.files).toHaveCount(1);
  // The check runs again by itself once the buyer's evidence changed.
  await expect(finding('evidence_not_attached')).toHaveCount(0);
  await expect(finding('evidence_items_missing').locator(`[data-item="${itemId}"]`)).toHaveCount(0);

  await ui.files.first().getByTestId('evidence-delete').click();
  await expect(finding('evidence_not_attached')).toBeVisible();
});

test.describe('in Russian', () => {
  test.use({ locale: 'ru-RU' });
  test('the checklist speaks Russian and counts the photo', async ({ page }) => {
    await page.goto(DETAIL);
    const ui = await evidence(page);
    await expect(ui.section).toContainText('Доказательства');
    await ui.frame.getByTestId('evidence-problem').selectOption('damaged');
    const itemId = await photoItem(ui.frame);
    await attachThroughChooser(page, ui.frame, itemId, PHOTO);
    await expect(ui.item(itemId)).toHaveAttribute('data-state', 'done');
    await expect(ui.score).toContainText('из');
  });
});

test.describe('where the browser keeps the panel frame from storage', () => {
  test.use({ thirdPartyStorage: 'blocked' });
  test('the panel offers the checklist in a tab of its own; the file added there counts in the panel', async ({
    page,
    context,
    worker,
  }) => {
    await page.goto(DETAIL);
    const ui = await evidence(page);
    await expect(ui.frame.getByTestId('evidence-own-page')).toBeVisible();
    await expect(ui.score).toHaveAttribute('data-done', '0');

    const [tab] = await Promise.all([context.waitForEvent('page'), ui.frame.getByTestId('evidence-open-page').click()]);
    await tab.waitForLoadState();
    await expect(tab).toHaveURL(/\/evidence\.html\?order=8190000123456789$/);
    await expect(tab.getByTestId('evidence-page')).toBeVisible();
    await tab.getByTestId('evidence-problem').selectOption('damaged');
    const item = tab.locator('[data-testid="checklist-item"][data-item="damage-photos"]');
    const chooser = tab.waitForEvent('filechooser');
    await item.getByTestId('evidence-input').click();
    await (await chooser).setFiles(PHOTO);
    await expect(item.getByTestId('evidence-file')).toHaveCount(1);
    expect(await readStore(await storeReader(context, worker), 'evidenceFiles')).toHaveLength(1);

    // Back on the order's page, the panel counts it.
    await tab.close();
    await page.bringToFront();
    await page.reload();
    const again = await evidence(page);
    await expect(again.score).toHaveAttribute('data-done', '1');
    await expect(again.frame.getByTestId('evidence-problem')).toHaveAttribute('data-problem', 'damaged');
  });
});
