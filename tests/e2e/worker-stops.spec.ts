import { expect, panel, readStore, storeReader, test, withDiagnosis } from './extension-test';

const LIST = 'https://www.aliexpress.com/p/order/index.html';
const DETAIL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';

test('the worker stopped again and again while pages report: nothing lost, no visit counted twice', async ({
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

  // Read from an extension page: the worker may be stopped at the very moment of a read.
  const reader = await storeReader(context, worker);
  // Reports the worker missed are sent again with back-off for about three minutes (the longest wait 8 s, an
  // unanswered message 15 s). A worker stopped mid-start can refuse every message for tens of seconds before the
  // browser starts it afresh (extension-test.ts, workerDiagnosis), so arrival may take that long.
  const arrival = { timeout: 90_000 };
  test.setTimeout(300_000);
  // Polled as ids, so a failure shows which orders did arrive.
  const storedOrders = async () =>
    ((await readStore(reader, 'orderFacts')) as Array<{ orderId: string }>).map((facts) => facts.orderId);

  await Promise.all([page.goto(LIST), stopRepeatedly(20)]);
  // Every order of the list arrives in the end: failed deliveries are sent again, after the worker is back.
  await expect
    .poll(storedOrders, arrival)
    .toHaveLength(10)
    .catch(withDiagnosis(context, page, reader));

  await Promise.all([page.goto(DETAIL), stopRepeatedly(10)]);
  await expect((await panel(page)).status).toHaveAttribute('data-state', 'saved', arrival);
  const [order] = (await readStore(reader, 'orders')) as Array<{ visits: number }>;
  await page.waitForTimeout(2000);
  const [again] = (await readStore(reader, 'orders')) as Array<{ visits: number }>;
  expect(order!.visits).toBe(1);
  expect(again!.visits).toBe(1);
});
