import type { BrowserContext, Page, Worker } from '@playwright/test';
import { strToU8, zipSync } from 'fflate';
import { DB_VERSION } from '../../lib/db/open-db';
import {
  FIXTURE_DISPUTE_ID as DISPUTE_ID,
  FIXTURE_DISPUTE_ORDER_ID as ORDER_ID,
  FIXTURE_DISPUTE_PAGE as DISPUTE_PAGE,
  serveDisputeDueIn,
} from '../support/dispute-due';
import { pngBytes } from '../support/test-images';
import { addPhotoInPanel, expect, extensionPageUrl, panel, panelFrame, readStore, test } from './extension-test';

/** The parts of the extension API these tests call inside the browser (the extension's own `chrome` global). */
declare const chrome: { alarms: { getAll(): Promise<Array<{ name: string; scheduledTime: number }>> } };

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const ORDER = '8190000123456789';
const DETAIL = `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}`;
const PHOTO = { name: 'cracked-plug.png', mimeType: 'image/png', buffer: pngBytes(64, 48) };

// The panel frame writes evidence into the extension's storage, which needs third-party storage allowed.
test.use({ thirdPartyStorage: 'allowed' });

/** The lead times (minutes) of this dispute's reminder alarms, as the worker has them now. */
async function reminderLeads(context: BrowserContext, dueAt: number): Promise<number[]> {
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const alarms = await worker.evaluate(() => chrome.alarms.getAll());
  const prefix = `dh:r:buyer_response:${ORDER_ID}:${DISPUTE_ID}:`;
  return alarms
    .filter((alarm) => alarm.name.startsWith(prefix) && alarm.name.endsWith(`:${dueAt}`))
    .map((alarm) => {
      const lead = Number(alarm.name.slice(prefix.length).split(':')[0]);
      // Each alarm is set for its lead before the deadline.
      expect(alarm.scheduledTime).toBe(dueAt - lead * MINUTE);
      return lead;
    })
    .sort((a, b) => b - a);
}

async function openOptions(context: BrowserContext, worker: Worker): Promise<Page> {
  const options = await context.newPage();
  await options.goto(extensionPageUrl(worker, 'options.html'));
  await expect(options.getByTestId('options')).toBeVisible();
  return options;
}

const leadItems = (options: Page) => options.getByTestId('lead-time');
const leadsShown = async (options: Page) =>
  (await leadItems(options).evaluateAll((items) => items.map((item) => item.getAttribute('data-minutes')))).map(Number);

test('the buyer changes the reminder lead times and the reminders are planned again at once', async ({
  context,
  page,
  worker,
}) => {
  // Every default reminder is still ahead.
  const dueAt = await serveDisputeDueIn(context, 5 * DAY);
  await page.goto(DISPUTE_PAGE);
  await expect((await panel(page)).frame.getByTestId('now')).toHaveAttribute('data-whose', 'buyer');
  await expect.poll(() => reminderLeads(context, dueAt)).toEqual([4320, 1440, 180]);

  const options = await openOptions(context, worker);
  await expect.poll(() => leadsShown(options)).toEqual([4320, 1440, 180]);
  await expect(leadItems(options).first()).toHaveText(/^3 days before/);

  // Remove "1 day before", add "12 hours before" from the list, and an own time of 36 hours.
  await options.locator('[data-testid="lead-time"][data-minutes="1440"] [data-testid="lead-remove"]').click();
  await expect.poll(() => leadsShown(options)).toEqual([4320, 180]);
  await options.getByTestId('lead-preset').selectOption('720');
  await options.getByTestId('lead-add').click();
  await options.getByTestId('lead-custom-amount').fill('36');
  await options.getByTestId('lead-custom-add').click();
  await expect.poll(() => leadsShown(options)).toEqual([4320, 2160, 720, 180]);
  await expect(options.getByTestId('lead-status')).toHaveAttribute('data-tone', 'ok');
  await expect(options.locator('[data-testid="lead-time"][data-minutes="2160"]')).toHaveText(/^1 day 12 hours before/);
  await expect.poll(() => reminderLeads(context, dueAt), { timeout: 15_000 }).toEqual([4320, 2160, 720, 180]);

  // A time out of bounds, or one already there, is refused with a reason and changes nothing.
  await options.getByTestId('lead-custom-amount').fill('31');
  await options.getByTestId('lead-custom-unit').selectOption('days');
  await options.getByTestId('lead-custom-add').click();
  await expect(options.getByTestId('lead-status')).toHaveAttribute('data-tone', 'error');
  await expect(options.getByTestId('lead-status')).toHaveText(
    'Choose a time between 5 minutes and 30 days before the deadline.',
  );
  await options.getByTestId('lead-custom-amount').fill('3');
  await options.getByTestId('lead-custom-add').click();
  await expect(options.getByTestId('lead-status')).toHaveText('You already have a reminder at that time.');

  // The choice is the worker's: a fresh page shows it, and the alarms stay as they are.
  await options.reload();
  await expect.poll(() => leadsShown(options)).toEqual([4320, 2160, 720, 180]);
  expect(await reminderLeads(context, dueAt)).toEqual([4320, 2160, 720, 180]);
});

test('notification switches and the watcher interval are stored and shown again', async ({ context, worker }) => {
  const options = await openOptions(context, worker);
  for (const id of ['notify-reminders', 'notify-seller', 'notify-signin'])
    await expect(options.getByTestId(id)).toBeChecked();
  await expect(options.getByTestId('watcher-interval')).toHaveValue('30');
  await expect(options.getByTestId('watcher-interval').locator('option')).toHaveText([
    'every 30 minutes',
    'every hour',
    'every 2 hours',
    'every 6 hours',
  ]);

  await options.getByTestId('notify-seller').uncheck();
  await expect(options.getByTestId('notify-seller')).not.toBeChecked();
  await options.getByTestId('watcher-interval').selectOption('120');
  await expect
    .poll(() => readStore(options, 'settings'))
    .toEqual(expect.arrayContaining([{ reminders: true, sellerReplies: false, signIn: true }, 120]));

  await options.reload();
  await expect(options.getByTestId('notify-seller')).not.toBeChecked();
  await expect(options.getByTestId('notify-reminders')).toBeChecked();
  await expect(options.getByTestId('watcher-interval')).toHaveValue('120');

  // Switching the watcher off everywhere leaves the interval as chosen, but not to be changed while off.
  await options.getByTestId('watcher-off').check();
  await expect(options.getByTestId('watcher-interval')).toBeDisabled();
});

/** The bytes of every evidence file, read from the database by an extension page. */
async function evidenceBytes(reader: Page): Promise<number[][]> {
  return reader.evaluate(
    () =>
      new Promise<number[][]>((resolve, reject) => {
        const open = indexedDB.open('dispute-helper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const request = open.result.transaction('evidenceBlobs').objectStore('evidenceBlobs').getAll();
          request.onerror = () => reject(request.error);
          request.onsuccess = async () => {
            const rows = request.result as Array<{ file: Blob }>;
            resolve(await Promise.all(rows.map(async (row) => [...new Uint8Array(await row.file.arrayBuffer())])));
            open.result.close();
          };
        };
      }),
  );
}

/** What a case is made of in the database: the order, its facts, its timeline (numbers aside), its files. */
async function caseState(reader: Page) {
  const events = (await readStore(reader, 'caseEvents')) as Array<Record<string, unknown>>;
  return {
    orders: await readStore(reader, 'orders'),
    orderFacts: await readStore(reader, 'orderFacts'),
    timeline: events.map(({ seq: _seq, ...line }) => line),
    files: await readStore(reader, 'evidenceFiles'),
    checklist: await readStore(reader, 'evidenceState'),
    bytes: await evidenceBytes(reader),
  };
}

async function attachPhoto(page: Page) {
  await page.goto(DETAIL);
  await addPhotoInPanel(page, PHOTO);
}

async function downloadBackup(options: Page): Promise<string> {
  const download = options.waitForEvent('download');
  await options.getByTestId('backup-download').click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^dispute-helper-backup-\d{4}-\d{2}-\d{2}\.zip$/);
  await expect(options.getByTestId('backup-status')).toHaveAttribute('data-state', 'ready');
  const saved = test.info().outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  return saved;
}

async function restoreFrom(options: Page, file: Parameters<Page['setInputFiles']>[1]) {
  await options.getByTestId('restore-input').setInputFiles(file);
  await expect(options.getByTestId('restore-status')).not.toHaveAttribute('data-state', 'restoring');
  await expect(options.getByTestId('restore-status')).toHaveAttribute('data-tone', /ok|error/);
}

test('backup with an evidence file, delete everything, restore: the case and the file bytes are back; twice adds nothing', async ({
  context,
  page,
  worker,
}) => {
  await attachPhoto(page);
  const options = await openOptions(context, worker);
  await expect(options.getByTestId('count-evidence-files')).toHaveText('1 evidence file');
  await expect(options.getByTestId('storage-used')).toHaveAttribute('data-state', 'known');
  const before = await caseState(options);
  expect(before.orders).toHaveLength(1);
  expect(before.timeline.length).toBeGreaterThan(0);
  expect(before.bytes).toEqual([[...PHOTO.buffer]]);

  const backup = await downloadBackup(options);

  await options.getByTestId('delete-all').click();
  await options.getByTestId('delete-confirm').click();
  await expect(options.getByTestId('count-orders')).toHaveText('0 orders');
  await expect(options.getByTestId('count-evidence-files')).toHaveText('0 evidence files');
  expect((await caseState(options)).bytes).toEqual([]);

  await restoreFrom(options, backup);
  await expect(options.getByTestId('restore-status')).toHaveAttribute('data-tone', 'ok');
  await expect(options.getByTestId('restore-status')).toHaveText(
    'The backup is restored. Your reminders and seller-reply checks are planned again.',
  );
  await expect(options.getByTestId('count-orders')).toHaveText('1 order');
  await expect(options.getByTestId('count-evidence-files')).toHaveText('1 evidence file');
  expect(await caseState(options)).toEqual(before);

  // Restoring the same file again doubles nothing, the timeline included.
  await restoreFrom(options, backup);
  await expect(options.getByTestId('restore-status')).toHaveAttribute('data-tone', 'ok');
  expect(await caseState(options)).toEqual(before);

  // The buyer sees the photo on the order's page again.
  await page.goto(DETAIL);
  const ui = await panel(page);
  if ((await ui.root.getAttribute('data-state')) === 'collapsed') await ui.tab.click();
  await expect((await panelFrame(page)).getByTestId('evidence-file')).toHaveCount(1);
});

test('a malformed file, a foreign one and a newer version change nothing and say what is wrong', async ({
  context,
  page,
  worker,
}) => {
  await attachPhoto(page);
  const options = await openOptions(context, worker);
  const before = await caseState(options);
  const status = options.getByTestId('restore-status');

  await restoreFrom(options, {
    name: 'notes.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('not a zip at all'),
  });
  await expect(status).toHaveAttribute('data-tone', 'error');
  await expect(status).toContainText('This file is not a Dispute Helper backup.');

  const document = (schemaVersion: number) => ({
    format: 'dispute-helper-backup',
    schemaVersion,
    exportedAt: Date.now(),
    stores: { orders: [{ id: 'not-an-id' }] },
    settings: [],
    blobs: [],
  });
  const zipOf = (value: unknown) => Buffer.from(zipSync({ 'backup.json': strToU8(JSON.stringify(value)) }));

  await restoreFrom(options, {
    name: 'dispute-helper-backup-new.zip',
    mimeType: 'application/zip',
    buffer: zipOf(document(DB_VERSION + 1)),
  });
  await expect(status).toHaveAttribute('data-tone', 'error');
  await expect(status).toContainText('made by a newer version of Dispute Helper');

  await restoreFrom(options, {
    name: 'dispute-helper-backup-bad.zip',
    mimeType: 'application/zip',
    buffer: zipOf(document(DB_VERSION)),
  });
  await expect(status).toHaveAttribute('data-tone', 'error');
  await expect(status).toContainText('damaged or incomplete');

  expect(await caseState(options)).toEqual(before);
  await expect(options.getByTestId('count-orders')).toHaveText('1 order');
});
