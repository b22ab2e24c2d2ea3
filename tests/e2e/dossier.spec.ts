import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { pngBytes } from '../support/test-images';
import { expect, extensionPageUrl, panel, panelFrame, test } from './extension-test';

// The fixture dispute with a seller proposal (api/com/dispute-detail/…1201): its order is 8190000123456703.
const DISPUTE = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201';
const ORDER = '8190000123456703';

// The buyer's file is attached in the panel, which needs the extension's storage in its frame.
test.use({ thirdPartyStorage: 'allowed' });

const PHOTO = { name: 'left earbud <silent>.png', mimeType: 'image/png', buffer: pngBytes(64, 48) };

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** On the dispute's page, attaches the photo to the first missing item that takes photos, through the chooser. */
async function attachPhoto(page: Page) {
  await page.goto(DISPUTE);
  const ui = await panel(page);
  if ((await ui.root.getAttribute('data-state')) === 'collapsed') await ui.tab.click();
  const frame = await panelFrame(page);
  await expect(frame.getByTestId('evidence')).toBeVisible();
  const itemId = await frame
    .locator(
      '[data-testid="checklist-item"][data-state="missing"]:has([data-testid="evidence-input"][accept*="image"])',
    )
    .first()
    .getAttribute('data-item');
  const item = frame.locator(`[data-testid="checklist-item"][data-item="${itemId}"]`);
  const chooser = page.waitForEvent('filechooser');
  await item.getByTestId('evidence-input').click();
  await (await chooser).setFiles(PHOTO);
  await expect(item.getByTestId('evidence-file')).toHaveCount(1);
  return frame;
}

/** Opens the dossier from the panel's case view, in a tab of its own. */
async function openDossier(page: Page) {
  const frame = await panelFrame(page);
  const [tab] = await Promise.all([page.context().waitForEvent('page'), frame.getByTestId('dossier-open').click()]);
  await tab.waitForLoadState();
  await expect(tab.getByTestId('dossier-page')).toBeVisible();
  return tab;
}

test('the buyer opens the dossier from the panel: the printable view shows the order, deadlines and timeline; the ZIP holds the summary, the data, the photo unchanged and matching checksums', async ({
  page,
}) => {
  await attachPhoto(page);
  const tab = await openDossier(page);
  await expect(tab).toHaveURL(new RegExp(`/dossier\\.html\\?order=${ORDER}$`));

  // The printable view: order id, the buyer's deadline as an absolute date, the timeline's lines, the file.
  const summary = tab.getByTestId('dossier-summary');
  await expect(summary).toContainText(`AliExpress order ${ORDER}`);
  const deadlines = summary.locator('[data-section="deadlines"]');
  await expect(deadlines).toContainText("The buyer's time to answer ends");
  await expect(deadlines).toContainText('Jan 12, 2026');
  const timeline = summary.locator('[data-section="timeline"] [data-testid="dossier-entry"]');
  await expect(timeline.first()).toBeVisible();
  await expect(summary.locator('[data-section="timeline"]')).toContainText('The seller offered $5.00');
  const messages = summary.locator('[data-section="messages"]');
  await expect(messages).toContainText('Seller:');
  await expect(summary.locator('[data-section="dispute"]')).toContainText('$18.02');
  await expect(summary.locator('[data-section="files"]')).toContainText('evidence/left earbud _silent_.png');

  // Print hands the page to the browser's print dialog (replaced here: a headless browser has none to show).
  await tab.evaluate(() => {
    window.print = () => document.body.setAttribute('data-printed', 'yes');
  });
  await tab.getByTestId('dossier-print').click();
  await expect(tab.locator('body')).toHaveAttribute('data-printed', 'yes');
  const axe = await new AxeBuilder({ page: tab }).analyze();
  expect(axe.violations.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);

  const [download] = await Promise.all([tab.waitForEvent('download'), tab.getByTestId('dossier-download').click()]);
  expect(download.suggestedFilename()).toBe(`dispute-helper-${ORDER}.zip`);
  const zip = unzipSync(new Uint8Array(await readFile((await download.path())!)));
  await expect(tab.getByTestId('dossier-status')).toHaveAttribute('data-state', 'done');
  await expect(tab.getByTestId('dossier-status')).toContainText(`dispute-helper-${ORDER}.zip`);

  expect(Object.keys(zip).sort()).toEqual(
    ['SHA256SUMS', 'case.json', 'evidence/left earbud _silent_.png', 'manifest.json', 'summary.html'].sort(),
  );
  // The buyer's photo, byte for byte.
  expect(Buffer.from(zip['evidence/left earbud _silent_.png']!).equals(PHOTO.buffer)).toBe(true);

  // The summary is the page's, self-contained, with nothing that runs.
  const html = strFromU8(zip['summary.html']!);
  expect(html).toContain(`AliExpress order ${ORDER}`);
  expect(html).toContain('Jan 12, 2026');
  expect(html).toContain('The seller offered $5.00');
  expect(html).toContain('left earbud _silent_.png');
  expect(html).not.toMatch(/<script|<img|<link|src=/i);

  const data = JSON.parse(strFromU8(zip['case.json']!)) as {
    orderId: string;
    dispute: { disputeId: string };
    timeline: unknown[];
    evidence: { files: Array<Record<string, unknown>> };
  };
  expect(data.orderId).toBe(ORDER);
  expect(data.dispute.disputeId).toBe('5012345678901201');
  expect(data.timeline.length).toBeGreaterThan(0);
  expect(data.evidence.files).toHaveLength(1);
  expect(data.evidence.files[0]).toMatchObject({
    path: 'evidence/left earbud _silent_.png',
    size: PHOTO.buffer.length,
  });
  expect(JSON.stringify(data)).not.toMatch(/thumb/i);

  // Every file but the manifest and the checksums is listed, and each hash is the hash of the bytes in the ZIP.
  const manifest = JSON.parse(strFromU8(zip['manifest.json']!)) as {
    orderId: string;
    files: Array<{ path: string; size: number; sha256: string }>;
  };
  expect(manifest.orderId).toBe(ORDER);
  expect(manifest.files.map((file) => file.path).sort()).toEqual(
    ['case.json', 'evidence/left earbud _silent_.png', 'summary.html'].sort(),
  );
  for (const file of manifest.files) {
    expect(file.sha256, file.path).toBe(sha256(zip[file.path]!));
    expect(file.size, file.path).toBe(zip[file.path]!.length);
  }
  const sums = strFromU8(zip.SHA256SUMS!)
    .trim()
    .split('\n')
    .map((line) => line.split('  '));
  expect(sums).toEqual(manifest.files.map((file) => [file.sha256, file.path]));
});

test('a file whose bytes are gone: the dossier says which, and nothing is downloaded', async ({ page }) => {
  await attachPhoto(page);
  const tab = await openDossier(page);
  // The bytes go, the file's metadata stays: what a storage cleared underneath would leave.
  await tab.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dispute-helper');
        open.onsuccess = () => {
          const tx = open.result.transaction('evidenceBlobs', 'readwrite');
          tx.objectStore('evidenceBlobs').clear();
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
  );
  let downloads = 0;
  tab.on('download', () => downloads++);
  await tab.getByTestId('dossier-download').click();
  const status = tab.getByTestId('dossier-status');
  await expect(status).toHaveAttribute('data-state', 'error');
  // Named as the buyer knows it, from the checklist.
  await expect(status).toContainText('left earbud <silent>.png');
  await expect(status).toContainText('Nothing was saved');
  expect(downloads).toBe(0);
});

test('without an order, or for an order never seen, the page says what to do instead of an empty file', async ({
  page,
  worker,
}) => {
  await page.goto(extensionPageUrl(worker, 'dossier.html?order=..%2Fevil'));
  await expect(page.getByTestId('dossier-page')).toContainText('This page needs an order number');
  await expect(page.getByTestId('dossier-download')).toHaveCount(0);
  await page.goto(extensionPageUrl(worker, 'dossier.html?order=8190000000000001'));
  await expect(page.getByTestId('dossier-page')).toContainText(
    'Nothing is known about order 8190000000000001 yet. Open its order or dispute page on AliExpress first.',
  );
  await expect(page.getByTestId('dossier-download')).toHaveCount(0);
});
