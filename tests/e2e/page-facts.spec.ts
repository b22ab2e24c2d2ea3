import type { Page, Worker } from '@playwright/test';
import { FIXTURE_FACTS, type FixturePageFacts, type OrderFacts } from '../support/fixture-facts';
import { expect, openDetails, readStore, test, panelFrame } from './extension-test';

interface StoredFacts<T> {
  facts: T;
  origins: Record<string, { source: string; route?: string }>;
}
type StoredOrder = StoredFacts<{
  orderId: string;
  status?: string;
  statusText?: string;
  store?: { name?: string };
  total?: { amount: number; currency: string };
  items?: Array<{ quantity?: number }>;
  tracking?: Array<{ number: string; carrier?: string }>;
  orderedOn?: string;
  paidOn?: string;
  shippedOn?: string;
  protectionEndsOn?: string;
}> & { orderId: string };
type StoredDispute = StoredFacts<{
  disputeId: string;
  orderId?: string;
  status?: string;
  statusText?: string;
  awaiting?: string;
  deadline?: { on: string };
  history?: unknown[];
}> & { disputeId: string; orderId?: string };

/** The stored record, shaped like the fixture's expected facts, so one comparison covers every field. */
function asExpected(stored: StoredOrder, expected: OrderFacts): OrderFacts {
  const f = stored.facts;
  // The fixture facts count order lines, not pieces.
  const itemCount = f.items?.length;
  const actual: Record<string, unknown> = {
    orderId: stored.orderId,
    status: f.status,
    statusText: f.statusText,
    storeName: f.store?.name,
    total: f.total,
    itemCount,
    trackingNumber: f.tracking?.[0]?.number,
    carrier: f.tracking?.[0]?.carrier,
    orderedOn: f.orderedOn,
    paidOn: f.paidOn,
    shippedOn: f.shippedOn,
    protectionEndsOn: f.protectionEndsOn,
  };
  return Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]])) as unknown as OrderFacts;
}

async function storedOrders(worker: Worker) {
  return (await readStore(worker, 'orderFacts')) as StoredOrder[];
}

async function expectOrders(worker: Worker, fixture: FixturePageFacts) {
  for (const expected of fixture.orders) {
    await expect
      .poll(
        async () => {
          const stored = (await storedOrders(worker)).find((order) => order.orderId === expected.orderId);
          return stored && asExpected(stored, expected);
        },
        { message: `order ${expected.orderId} on ${fixture.url}` },
      )
      .toEqual(expected);
  }
}

async function expectDisputes(worker: Worker, fixture: FixturePageFacts) {
  for (const expected of fixture.disputes) {
    await expect
      .poll(
        async () => {
          const stored = ((await readStore(worker, 'disputeFacts')) as StoredDispute[]).find(
            (dispute) => dispute.disputeId === expected.disputeId,
          );
          if (!stored) return undefined;
          const actual: Record<string, unknown> = {
            disputeId: stored.disputeId,
            orderId: stored.orderId,
            status: stored.facts.status,
            statusText: stored.facts.statusText,
            awaiting: stored.facts.awaiting,
            deadlineOn: stored.facts.deadline?.on,
            historyCount: stored.facts.history?.length,
          };
          return Object.fromEntries(Object.keys(expected).map((key) => [key, actual[key]]));
        },
        { message: `dispute ${expected.disputeId} on ${fixture.url}` },
      )
      .toEqual(expected);
  }
}

async function factsPanel(page: Page) {
  const host = await panelFrame(page);
  // A full-width page (the mobile one, the unknown layout) leaves no room beside it: the panel waits as its tab.
  const root = host.getByTestId('panel');
  await expect(root).toHaveAttribute('data-state', /^(collapsed|expanded)$/);
  if ((await root.getAttribute('data-state')) === 'collapsed') await host.getByTestId('panel-tab').click();
  // The facts sit below the case view, folded: open them as a buyer would.
  const details = host.getByTestId('facts-details');
  await details.waitFor({ state: 'attached', timeout: 3000 }).catch(() => undefined);
  if (await details.count()) await openDetails(details);
  return {
    fact: (name: string) => host.locator(`[data-fact="${name}"]`),
    orderFacts: host.getByTestId('order-facts'),
    disputeFacts: host.getByTestId('dispute-facts'),
    sources: host.getByTestId('facts-sources'),
    listRead: host.getByTestId('list-read'),
    notRecognised: host.getByTestId('not-recognised'),
  };
}

for (const fixture of FIXTURE_FACTS.filter((f) => f.recognised)) {
  test(`reads ${fixture.page} at ${fixture.url}`, async ({ page, worker }) => {
    await page.goto(fixture.url);
    const ui = await factsPanel(page);
    await expectOrders(worker, fixture);
    await expectDisputes(worker, fixture);

    if (fixture.kind === 'order-list') {
      await expect(ui.listRead).toHaveAttribute('data-count', String(fixture.orders.length));
    } else if (fixture.orders.length) {
      const [order] = fixture.orders;
      await expect(ui.orderFacts).toBeVisible();
      if (order!.storeName) await expect(ui.fact('store')).toHaveText(order!.storeName);
      if (order!.trackingNumber) await expect(ui.fact('tracking')).toContainText(order!.trackingNumber);
      if (order!.protectionEndsOn) {
        await expect((await panelFrame(page)).getByTestId('deadline')).toHaveAttribute('data-kind', 'buyer-protection');
      }
    }
    if (fixture.disputes.length && fixture.kind === 'dispute-detail') {
      await expect(ui.disputeFacts).toBeVisible();
      await expect((await panelFrame(page)).getByTestId('history-entry')).toHaveCount(
        Math.min(6, fixture.disputes[0]!.historyCount ?? 0),
      );
    }
    const expectedSource = fixture.requests.length ? 'page-data' : 'page-dom';
    const detailPage = fixture.kind === 'order-detail' || fixture.kind === 'dispute-detail';
    if (detailPage) {
      await expect(ui.sources).toHaveAttribute('data-sources', new RegExp(`\\b${expectedSource}\\b`));
    }
    if (detailPage && !fixture.fromDom) {
      await expect(ui.sources).not.toHaveAttribute('data-sources', /page-dom/);
    }
    if (!detailPage) {
      // A list page has no single order to show; what it read must still keep "couldn't read this page" away.
      await page.waitForTimeout(3500);
    }
    await expect(ui.notRecognised).toHaveCount(0);
  });
}

for (const listUrl of [
  'https://www.aliexpress.com/p/order/index.html',
  'https://aliexpress.ru/order-list?filterName=active',
]) {
  test(`order-list badges only where there is something to say, moving nothing (${new URL(listUrl).hostname})`, async ({
    page,
    worker,
  }) => {
    const fixture = FIXTURE_FACTS.find((f) => f.url === listUrl)!;
    // A dispute seen earlier on its own page, waiting for the buyer, for the last order of the list.
    const waiting = fixture.orders.at(-1)!.orderId;
    await page.goto(listUrl);
    // The worker has opened its database once the panel says the visit is saved.
    await expect((await panelFrame(page)).getByTestId('status')).toHaveAttribute('data-state', 'saved');
    await seedDispute(worker, waiting);
    await page.reload();
    await expect(page.locator(`[data-dispute-helper="badge"][data-order-id="${waiting}"]`)).toHaveAttribute(
      'data-state',
      'action',
    );
    const inDispute = fixture.orders.filter((order) => order.status === 'in_dispute');
    const badges = page.locator('[data-dispute-helper="badge"]');
    await expect(badges).toHaveCount(inDispute.length + 1);
    for (const order of inDispute) {
      await expect(page.locator(`[data-dispute-helper="badge"][data-order-id="${order.orderId}"]`)).toHaveAttribute(
        'data-state',
        'open',
      );
    }
    await expect(page.locator('[data-dispute-helper="badge"][data-state="none"]')).toHaveCount(0);
    // Every box in the badged cards' headers is where it is without the badges.
    const boxes = await page.evaluate(() => {
      const headers = [...document.querySelectorAll('[data-dispute-helper="badge"]')].map(
        (badge) => badge.parentElement!.parentElement!,
      );
      const measure = () =>
        headers.flatMap((header) =>
          [header, ...header.querySelectorAll('*')]
            .filter((node) => !node.closest('[data-dispute-helper]'))
            .map((node) => JSON.stringify(node.getBoundingClientRect())),
        );
      const withBadges = measure();
      document.querySelectorAll('[data-dispute-helper="badge"]').forEach((badge) => badge.remove());
      return { withBadges, without: measure() };
    });
    expect(boxes.withBadges.length).toBeGreaterThan(0);
    expect(boxes.withBadges).toEqual(boxes.without);
  });
}

test('a page it cannot read says so, shows no guessed facts, and keeps what the buyer types', async ({
  page,
  worker,
}) => {
  const fixture = FIXTURE_FACTS.find((f) => !f.recognised)!;
  await page.goto(fixture.url);
  const ui = await factsPanel(page);
  await expect(ui.notRecognised).toBeVisible();
  await expect(ui.orderFacts).toHaveCount(0);

  const host = await panelFrame(page);
  await host.getByTestId('manual-orderedOn').fill('2026-10-01');
  await host.getByTestId('manual-protectionEndsOn').fill('2026-12-20');
  await host.getByTestId('manual-save').click();
  await expect(host.getByTestId('manual-status')).toHaveAttribute('data-state', 'saved');
  await expect(ui.fact('orderedOn')).toContainText('2026');
  await expect(ui.fact('orderedOn')).toHaveAttribute('data-source', 'manual');
  const [stored] = await storedOrders(worker);
  expect(stored?.facts).toMatchObject({ orderedOn: '2026-10-01', protectionEndsOn: '2026-12-20' });
});

/** Stores a dispute the way the worker would after its page was read, so a list can show it. */
async function seedDispute(worker: Worker, orderId: string): Promise<void> {
  await worker.evaluate(
    (order) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dispute-helper');
        open.onsuccess = () => {
          const tx = open.result.transaction('disputeFacts', 'readwrite');
          tx.objectStore('disputeFacts').put({
            disputeId: '5012345678909999',
            orderId: order,
            facts: { disputeId: '5012345678909999', orderId: order, source: 'page-data', status: 'awaiting_buyer' },
            origins: { status: { source: 'page-data', at: 1 } },
            updatedAt: 1,
          });
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
        open.onerror = () => reject(open.error);
      }),
    orderId,
  );
}
