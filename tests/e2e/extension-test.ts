import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { serveAliExpressFixtures } from '../support/aliexpress-fixtures';
import { extensionWorker, launchWithExtension } from '../support/launch';

interface ExtensionFixtures {
  context: BrowserContext;
  worker: Worker;
  page: Page;
  /** Every http(s) URL the browser asked for during the test. */
  requests: string[];
}

/** Each test gets a fresh Chromium profile with the built extension and the AliExpress fixture pages. */
export const test = base.extend<ExtensionFixtures>({
  // Playwright reads a fixture's dependencies from this pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  requests: async ({}, use) => {
    await use([]);
  },
  context: async ({ locale, requests }, use) => {
    const browser = await launchWithExtension({ headless: true, locale });
    browser.context.on('request', (request) => {
      if (/^https?:/.test(request.url())) requests.push(request.url());
    });
    await serveAliExpressFixtures(browser.context);
    await use(browser.context);
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

/** The panel inside the `dispute-helper` shadow host (Playwright locators pierce open shadow roots). */
export function panel(page: Page) {
  const host = page.locator('dispute-helper');
  return {
    host,
    root: host.getByTestId('panel'),
    kind: host.getByTestId('page-kind'),
    orderId: host.getByTestId('order-id'),
    disputeId: host.getByTestId('dispute-id'),
    status: host.getByTestId('status'),
    collapse: host.getByTestId('panel-collapse'),
    tab: host.getByTestId('panel-tab'),
  };
}

/** Reads a whole object store of the extension's IndexedDB from inside the service worker. */
export async function readStore(worker: Worker, store: string): Promise<unknown[]> {
  return worker.evaluate(
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
  await expect(panel(page).status).toHaveAttribute('data-state', 'saved');
  return readStore(worker, store);
}

/** The address of one of the extension's own pages, e.g. `popup.html`. */
export function extensionPageUrl(worker: Worker, file: string): string {
  return `chrome-extension://${new URL(worker.url()).host}/${file}`;
}
