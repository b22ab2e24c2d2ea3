import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { serveAliExpressFixtures } from '../support/aliexpress-fixtures';
import { extensionWorker, launchWithExtension } from '../support/launch';
import { openDetails, panelFrame } from '../support/panel-frame';

export { openDetails, panelFrame };

// The extension's own API, as an extension page sees it; only what `workerDiagnosis` calls.
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

interface ExtensionOptions {
  /** Whether the browser lets the panel frame (another site's frame in the page) use storage: see launchWithExtension. */
  thirdPartyStorage: 'allowed' | 'blocked';
}

interface ExtensionFixtures {
  context: BrowserContext;
  worker: Worker;
  page: Page;
  /** Every http(s) URL the browser asked for during the test. */
  requests: string[];
}

/** Each test gets a fresh Chromium profile with the built extension and the AliExpress fixture pages. */
export const test = base.extend<ExtensionFixtures & ExtensionOptions>({
  thirdPartyStorage: ['blocked', { option: true }],
  // Playwright reads a fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ locale, requests, thirdPartyStorage }, use, testInfo) => {
    const browser = await launchWithExtension({ headless: true, locale, thirdPartyStorage });
    browser.context.on('request', (request) => {
      if (/^https?:/.test(request.url())) requests.push(request.url());
    });
    await serveAliExpressFixtures(browser.context);
    // On CI a first run's trace (actions with where each click landed, the frames' DOM, console) is kept when it
    // fails: a flaky failure is then diagnosed from the run that saw it, not guessed at.
    const tracing = process.env.CI && testInfo.retry === 0;
    if (tracing) await browser.context.tracing.start({ screenshots: true, snapshots: true });
    await use(browser.context);
    if (tracing) {
      const failed = testInfo.status !== testInfo.expectedStatus;
      await browser.context.tracing.stop(failed ? { path: testInfo.outputPath('trace.zip') } : {});
    }
    await browser.close();
  },
  worker: async ({ context }, use) => {
    await use(await extensionWorker(context));
  },
  page: async ({ context }, use) => {
    await use(context.pages()[0] ?? (await context.newPage()));
  },
});

export { expect };

/** The panel's host element in the page (its shadow root is closed: only the element itself can be seen). */
export function panelHost(page: Page) {
  return page.locator('dispute-helper');
}

/** The panel's parts, inside its frame. Call again after the frame is replaced (leaving our pages and coming back). */
export async function panel(page: Page) {
  const frame = await panelFrame(page);
  return {
    host: panelHost(page),
    frame,
    root: frame.getByTestId('panel'),
    kind: frame.getByTestId('page-kind'),
    orderId: frame.getByTestId('order-id'),
    disputeId: frame.getByTestId('dispute-id'),
    status: frame.getByTestId('status'),
    collapse: frame.getByTestId('panel-collapse'),
    tab: frame.getByTestId('panel-tab'),
  };
}

/**
 * Adds one photo to the evidence checklist of the order page open in `page`, through the panel (opened if collapsed,
 * "damaged" picked as the problem), as the buyer would; resolves once the file shows in the list.
 */
export async function addPhotoInPanel(page: Page, photo: Parameters<Page['setInputFiles']>[1]) {
  const ui = await panel(page);
  if ((await ui.root.getAttribute('data-state')) === 'collapsed') await ui.tab.click();
  const frame = await panelFrame(page);
  await frame.getByTestId('evidence-problem').selectOption('damaged');
  await expect(frame.getByTestId('evidence-problem')).toHaveAttribute('data-problem', 'damaged');
  const item = frame
    .locator(
      '[data-testid="checklist-item"][data-state="missing"]:has([data-testid="evidence-input"][accept*="image"])',
    )
    .first();
  const chooser = page.waitForEvent('filechooser');
  await item.getByTestId('evidence-input').click();
  await (await chooser).setFiles(photo);
  await expect(frame.getByTestId('evidence-file')).toHaveCount(1);
}

/**
 * Reads a whole object store of the extension's IndexedDB, from inside the service worker or from an extension page
 * (`storeReader`), which reaches the database whether or not the worker runs at that moment.
 */
export async function readStore(reader: Worker | Page, store: string): Promise<unknown[]> {
  return (reader as Worker).evaluate(
    (storeName) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('dispute-helper');
        // Before the worker has created its database, reading must not create an empty one in its place.
        let absent = false;
        open.onupgradeneeded = () => {
          absent = true;
          open.transaction?.abort();
        };
        open.onerror = () => (absent ? resolve([]) : reject(open.error));
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains(storeName)) return resolve([]);
          const request = db.transaction(storeName).objectStore(storeName).getAll();
          request.onsuccess = () => {
            resolve(request.result);
            db.close();
          };
          request.onerror = () => reject(request.error);
        };
      }),
    store,
  );
}

/** Waits for the panel to settle on what the worker answered, then returns the store's records. */
export async function savedRecords(page: Page, worker: Worker, store: 'orders' | 'disputes') {
  await expect((await panel(page)).status).toHaveAttribute('data-state', 'saved');
  return readStore(worker, store);
}

/** An extension page to read the database from while the worker is being stopped. */
export async function storeReader(context: BrowserContext, worker: Worker): Promise<Page> {
  const reader = await context.newPage();
  await reader.goto(extensionPageUrl(worker, 'options.html'));
  return reader;
}

/**
 * For tests that stop the worker again and again: what to add to a failure in which nothing arrived. Whether the panel
 * is in the page (the content script ran), whether the browser still lists the worker, whether it answers a message
 * from an extension page within five seconds (Chrome restarts a stopped worker for a message), and if not, after how
 * long it does. A run on 2026-12-05 found the worker listed but refusing every message ("Receiving end does not
 * exist") past the test's wait.
 */
export async function workerDiagnosis(context: BrowserContext, page: Page, reader: Page): Promise<string> {
  const panelShown = await page.locator('dispute-helper').count();
  const ask = () =>
    reader.evaluate(
      () =>
        new Promise<{ ok: boolean; said: string }>((resolve) => {
          setTimeout(() => resolve({ ok: false, said: 'no answer in 5 s' }), 5000);
          chrome.runtime.sendMessage({ type: 'count-stored-data' }).then(
            (reply: unknown) => resolve({ ok: true, said: `answered ${JSON.stringify(reply).slice(0, 120)}` }),
            (error: unknown) => resolve({ ok: false, said: `refused: ${String(error)}` }),
          );
        }),
    );
  const workers = context.serviceWorkers().length;
  const first = await ask();
  // How long the worker stays out of reach says whether waiting longer would have been enough.
  let recovery = '';
  if (!first.ok) {
    // With the AliExpress page closed nothing keeps sending, so the browser may stop the worker as idle.
    await page.close();
    const since = Date.now();
    let again = first;
    while (!again.ok && Date.now() - since < 60_000) {
      await reader.waitForTimeout(2000);
      again = await ask();
    }
    recovery = again.ok
      ? `, answered again after ${Math.round((Date.now() - since) / 1000)} s`
      : ', still not after 60 s';
  }
  return `\nDiagnosis: panel host in the page ${panelShown}, service workers listed ${workers}, a message from the options page: ${first.said}${recovery}`;
}

/** Rethrows `error` with `workerDiagnosis` added to its message. */
export function withDiagnosis(context: BrowserContext, page: Page, reader: Page) {
  return async (error: Error): Promise<never> => {
    error.message += await workerDiagnosis(context, page, reader).catch((failure: unknown) => `\n${String(failure)}`);
    throw error;
  };
}

/** The address of one of the extension's own pages, e.g. `popup.html`. */
export function extensionPageUrl(worker: Worker, file: string): string {
  return `chrome-extension://${new URL(worker.url()).host}/${file}`;
}
