import type { Worker } from '@playwright/test';
import { expect, extensionPageUrl, panel, panelFrame, readStore, test } from './extension-test';

/** The parts of the extension API these tests call inside the browser (the extension's own `chrome` global). */
declare const chrome: {
  permissions: { contains(permissions: { permissions: string[] }): Promise<boolean> };
  storage?: {
    sync: { get(keys: null): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
  };
};

const ORDER = '8190000123456789';
const OTHER_ORDER = '8190000123456790';
const DETAIL = `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}`;

// The panel frame keeps the checklist in the extension's database itself when the browser lets it use storage.
test.use({ thirdPartyStorage: 'allowed' });

/** What the browser's sync storage holds, read in the worker as the extension sees it. */
function syncStorage(worker: Worker): Promise<Record<string, unknown>> {
  return worker.evaluate(() => chrome.storage!.sync.get(null));
}

test("sync: off until the buyer turns it on; a tick goes to sync storage, another device's checklist comes in", async ({
  context,
  page,
  worker,
}) => {
  const options = await context.newPage();
  await options.goto(extensionPageUrl(worker, 'options.html'));
  const section = options.getByTestId('sync');
  await expect(section).toHaveAttribute('data-state', 'off');
  await expect(options.getByTestId('sync-status')).toHaveText('Sync is off.');
  // Optional: until the buyer turns sync on, the extension cannot even see the browser's sync storage.
  expect(await options.evaluate(() => typeof chrome.storage)).toBe('undefined');

  // Storage carries no warning, so Chromium grants it in the click without asking.
  await options.getByTestId('sync-toggle').click();
  await expect(section).toHaveAttribute('data-state', 'on');
  await expect(options.getByTestId('sync-toggle')).toHaveText('Turn off sync');
  await expect(options.getByTestId('sync-status')).toContainText('Sync is on.');
  await expect(options.getByTestId('sync-status')).toContainText(/Last synced: .*\d{4}/);
  await expect(options.getByTestId('sync-problem')).toHaveCount(0);

  // The buyer ticks a checklist item in the panel on the order's page: it reaches sync storage.
  await page.goto(DETAIL);
  const ui = await panel(page);
  if ((await ui.root.getAttribute('data-state')) === 'collapsed') await ui.tab.click();
  const frame = await panelFrame(page);
  await frame.getByTestId('evidence-problem').selectOption('not_received');
  await expect(frame.getByTestId('evidence-problem')).toHaveAttribute('data-problem', 'not_received');
  const tick = frame.getByTestId('evidence-tick').first();
  // The box follows the stored state: it shows ticked once the tick is saved.
  await tick.click();
  await expect(tick).toBeChecked({ timeout: 10_000 });
  const tickedHere = async () =>
    ((await readStore(worker, 'evidenceState')) as Array<{ orderId: string; ticked: string[] }>).find(
      (state) => state.orderId === ORDER,
    )?.ticked[0];
  await expect.poll(tickedHere).toBeTruthy();
  const itemId = await tickedHere();
  await expect
    .poll(async () => (await syncStorage(worker))[`ev:${ORDER}`], { timeout: 15_000 })
    .toMatchObject({ v: { p: 'not_received', t: [itemId] } });

  // Another device of the buyer's ticks items of another order: the change arrives and lands in the database.
  await worker.evaluate(
    ([key]) =>
      chrome.storage!.sync.set({
        [key!]: { at: Date.now(), by: 'otherdevice1', v: { p: 'damaged', t: ['unboxing-video'] } },
      }),
    [`ev:${OTHER_ORDER}`],
  );
  await expect
    .poll(
      async () =>
        (await readStore(worker, 'evidenceState')).find(
          (state) => (state as { orderId: string }).orderId === OTHER_ORDER,
        ),
      {
        timeout: 15_000,
      },
    )
    .toMatchObject({ orderId: OTHER_ORDER, problem: 'damaged', ticked: ['unboxing-video'] });

  // A damaged item from elsewhere is ignored: nothing of it reaches the database, and this device's ticks stay.
  await worker.evaluate(
    ([key]) =>
      chrome.storage!.sync.set({ [key!]: { at: Date.now() + 60_000, by: 'otherdevice1', v: { t: ['<img src=x>'] } } }),
    [`ev:${ORDER}`],
  );
  await expect
    .poll(async () => ((await syncStorage(worker))[`ev:${ORDER}`] as { v?: { t?: string[] } }).v?.t, {
      timeout: 15_000,
    })
    .toEqual([itemId]);
  const mine = (await readStore(worker, 'evidenceState')).find(
    (state) => (state as { orderId: string }).orderId === ORDER,
  );
  expect(mine).toMatchObject({ ticked: [itemId] });

  // The options page counts what is in sync.
  await options.reload();
  await expect(options.getByTestId('sync-items')).toHaveAttribute('data-count', '2');

  // Turned off: the permission is given back.
  await options.getByTestId('sync-toggle').click();
  await expect(section).toHaveAttribute('data-state', 'off');
  await expect
    .poll(() => options.evaluate(() => chrome.permissions.contains({ permissions: ['storage'] })))
    .toBe(false);
});
