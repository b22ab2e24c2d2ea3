import type { Worker } from '@playwright/test';
import { expect, panel, readStore, storeReader, test, withDiagnosis } from './extension-test';

// The fixture case with a seller proposal (api/com/dispute-detail/…1201), one where the seller also asks the buyer
// to close the dispute for a PayPal refund (…1205, modelled), and the modelled .ru case page (pages/ru/dispute-detail).
const COM_OFFER = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901201';
const COM_CLOSE_ASK = 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901205';
const RU_CASE = 'https://aliexpress.ru/p/reverse-pages/detail.html?reverseOrderLineId=5012345678901204';

/** Moves every timeline line `ms` into the past, as if the buyer had seen them that much earlier. */
function ageCaseEvents(worker: Worker, ms: number): Promise<void> {
  return worker.evaluate(
    (by) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('dispute-helper');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('caseEvents', 'readwrite');
          const store = tx.objectStore('caseEvents');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const line of all.result as Array<{ at: number }>) store.put({ ...line, at: line.at - by });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    ms,
  );
}

test('a dispute page with a seller proposal: the timeline shows the visit and the seller’s steps, once each', async ({
  page,
  worker,
}) => {
  await page.goto(COM_OFFER);
  let ui = await panel(page);
  const timeline = ui.frame.getByTestId('timeline');
  await expect(timeline).toBeVisible();
  // The latest few first, then all of them on request.
  await expect(timeline.getByTestId('timeline-entry')).toHaveCount(5);
  await ui.frame.getByTestId('timeline-toggle').click();
  const entries = ui.frame.getByTestId('timeline-entry');
  await expect(entries.and(ui.frame.locator('[data-kind="page-seen"]'))).toHaveCount(1);
  const seller = entries.and(ui.frame.locator('[data-kind="seller-replied"]'));
  await expect(seller).toHaveCount(3);
  await expect(seller.first()).toContainText('The seller offered $5.00');
  await expect(seller.first()).toContainText('Jan 7, 2026');
  // Each line says when it was seen, as an absolute date of this year in the buyer's time.
  await expect(entries.first()).toContainText(String(new Date().getFullYear()));

  const stored = await readStore(worker, 'caseEvents');
  const visits = async () => ((await readStore(worker, 'disputes')) as Array<{ visits: number }>)[0]?.visits;
  const visitsBefore = await visits();
  // A reload within half an hour is the same visit: no line of its own, and the seller's steps seen again are none.
  await page.reload();
  ui = await panel(page);
  await expect.poll(visits).toBe(visitsBefore! + 1);
  await expect(ui.frame.getByTestId('timeline')).toBeVisible();
  await ui.frame.getByTestId('timeline-toggle').click();
  let again = ui.frame.getByTestId('timeline-entry');
  await expect(again).toHaveCount(stored.length);
  await expect(again.and(ui.frame.locator('[data-kind="page-seen"]'))).toHaveCount(1);
  expect(await readStore(worker, 'caseEvents')).toHaveLength(stored.length);

  // Back after more than half an hour (the log's lines aged in the database): that visit is a line of its own, on top.
  await ageCaseEvents(worker, 31 * 60_000);
  await page.reload();
  ui = await panel(page);
  await ui.frame.getByTestId('timeline-toggle').click();
  again = ui.frame.getByTestId('timeline-entry');
  await expect(again.and(ui.frame.locator('[data-kind="page-seen"]'))).toHaveCount(2);
  await expect(again.and(ui.frame.locator('[data-kind="seller-replied"]'))).toHaveCount(3);
  await expect(again).toHaveCount(stored.length + 1);
  await expect(again.first()).toHaveAttribute('data-kind', 'page-seen');
});

test('the seller offers less than asked: the Now card says to escalate, where, what to attach, and not to close', async ({
  page,
}) => {
  await page.goto(COM_OFFER);
  const now = (await panel(page)).frame.getByTestId('now');
  await expect(now).toContainText('less than the $18.02 you asked for');
  await expect(now).toContainText('View possible solutions');
  await expect(now).toContainText('Attach:');
  await expect(now).toContainText("Don't close or cancel the dispute");
});

test('the seller asks to close the dispute on .com: the Now card warns of the trap and says how to escalate', async ({
  page,
}) => {
  await page.goto(COM_CLOSE_ASK);
  const ui = await panel(page);
  const now = ui.frame.getByTestId('now');
  await expect(now).toContainText("The seller asks you to close or cancel the dispute. Don't");
  await expect(now).toContainText('View possible solutions');
  await expect(now).toContainText('Attach:');
  await ui.frame.getByTestId('timeline-toggle').click();
  await expect(ui.frame.getByTestId('timeline-entry').first()).toContainText(
    'The seller wrote: Please close the dispute',
  );
});

test.describe('in Russian on aliexpress.ru', () => {
  test.use({ locale: 'ru-RU' });
  test('the seller rejected and asks to close: the Now card says where «Обострить спор» is; the log has the visit', async ({
    page,
  }) => {
    await page.goto(RU_CASE);
    const ui = await panel(page);
    const now = ui.frame.getByTestId('now');
    await expect(now).toHaveAttribute('data-whose', 'buyer');
    await expect(now).toContainText('Продавец просит закрыть или отменить спор');
    await expect(now).toContainText('кнопка «Обострить спор»');
    await expect(now).toContainText('Приложите:');
    const entries = ui.frame.getByTestId('timeline-entry');
    await expect(entries.and(ui.frame.locator('[data-kind="page-seen"]'))).toContainText('Вы открыли страницу спора');
    await expect(entries.and(ui.frame.locator('[data-kind="seller-replied"]')).first()).toContainText(
      'Продавец написал: Закройте, пожалуйста, спор',
    );
  });
});

test('the worker stopped again and again while the dispute page reports: each line once', async ({
  page,
  context,
  worker,
}) => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  const stopRepeatedly = async (times: number) => {
    for (let stop = 0; stop < times; stop++) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      await page.waitForTimeout(120);
    }
  };
  type Line = { kind: string; params: { fact?: string } };
  // Read from an extension page: it reaches the database whether or not the worker runs at that moment.
  const reader = await storeReader(context, worker);
  const lines = async () => (await readStore(reader, 'caseEvents')) as Line[];
  // Polled as "kind fact" strings, so a failure shows which lines did arrive.
  const named = async () => (await lines()).map((line) => `${line.kind} ${line.params.fact}`);
  // Reports the worker missed are sent again with back-off for about three minutes (the longest wait 8 s, an
  // unanswered message 15 s). A worker stopped mid-start can refuse every message for tens of seconds before the
  // browser starts it afresh (extension-test.ts, workerDiagnosis), so arrival may take that long.
  const arrival = { timeout: 90_000 };
  test.setTimeout(300_000);

  await Promise.all([page.goto(COM_OFFER), stopRepeatedly(15)]);
  // The visit and the page's seven steps arrive in the end.
  await expect
    .poll(named, arrival)
    .toHaveLength(8)
    .catch(withDiagnosis(context, page, reader));
  // A reload within half an hour adds no line; the visit record shows the worker took the reload in.
  const visits = async () => ((await readStore(reader, 'disputes')) as Array<{ visits: number }>)[0]?.visits;
  const visitsBefore = await visits();
  await Promise.all([page.reload(), stopRepeatedly(10)]);
  await expect.poll(visits, arrival).toBe(visitsBefore! + 1);
  await page.waitForTimeout(2000);
  const stored = await lines();
  expect(stored).toHaveLength(8);
  expect(new Set(stored.map((line) => line.params.fact)).size).toBe(8);
  expect(stored.filter((line) => line.kind === 'seller-replied')).toHaveLength(3);
});
