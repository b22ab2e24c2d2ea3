import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { FIXTURE_API_DIR, FIXTURE_PAGES_DIR } from '../support/aliexpress-fixtures';
import { expect, extensionPageUrl, panel, readStore, test } from './extension-test';

const DISPUTE_ID = '5012345678901201';
const ORDER_ID = '8190000123456703';
const DISPUTE_PAGE = `https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=${DISPUTE_ID}`;
const FIXTURE_DEADLINE = 'Jan 12, 2026 08:40';
const THREE_HOURS = 3 * 3_600_000;
/** Time for the page to load and the buyer to turn reminders on before the 3-hour reminder's alarm fires. */
const MARGIN_MS = 20_000;

/** "Jan 12, 2026 08:40" as the page writes it, in the zone the browser (started from this process) runs in. */
function pageDateText(at: Date): string {
  const month = at.toLocaleString('en-US', { month: 'short' });
  const two = (n: number) => String(n).padStart(2, '0');
  return `${month} ${at.getDate()}, ${at.getFullYear()} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/**
 * The dispute fixture, its buyer's answer due a little over 3 hours from now (a whole minute, as the page shows
 * it): the 3-hour reminder's alarm fires during the test, while the 1-day one has already passed.
 */
async function serveDisputeDueSoon(context: BrowserContext): Promise<{ dueAt: number; text: string }> {
  const dueAt = Math.ceil((Date.now() + THREE_HOURS + MARGIN_MS) / 60_000) * 60_000;
  const text = pageDateText(new Date(dueAt));
  const html = (await readFile(path.join(FIXTURE_PAGES_DIR, 'com/dispute-detail.html'), 'utf8')).replaceAll(
    FIXTURE_DEADLINE,
    text,
  );
  const json = (await readFile(path.join(FIXTURE_API_DIR, `com/dispute-detail/${DISPUTE_ID}.json`), 'utf8'))
    .replaceAll(FIXTURE_DEADLINE, text)
    .replace('"endTime": 1768207200000', `"endTime": ${dueAt}`);
  // Registered after the fixture server's own route, so these answer first.
  await context.route(/^https:\/\/www\.aliexpress\.com\/p\/reverse-pages\/detail\.html/, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }),
  );
  await context.route(/^https:\/\/acs\.aliexpress\.com\/h5\/mtop\.aliexpress\.buyer\.reverse\.reverseorderlinerenderforbuyer\//i, async (route) => {
    const origin = (await route.request().headerValue('origin')) ?? '*';
    await route.fulfill({
      status: 200,
      headers: { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true' },
      contentType: 'application/json; charset=utf-8',
      body: json,
    });
  });
  return { dueAt, text };
}

type Alarm = { name: string; scheduledTime: number };
type ShownNotification = { id: string; title: string; message: string };

/** The service worker as it is now (it may have been stopped and started again since the test began). */
async function liveWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

async function alarms(context: BrowserContext): Promise<Alarm[]> {
  return (await liveWorker(context)).evaluate(() => chrome.alarms.getAll());
}

/** What notifications.getAll says, read from an extension page, with each one's text as the worker created it. */
async function shownNotifications(extensionPage: Page): Promise<string[]> {
  return extensionPage.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
}

test('a dispute due in three hours: its deadline, its alarms, reminders turned on, the reminder shown once', async ({
  context,
  page,
  worker,
}) => {
  test.setTimeout(150_000);
  const due = await serveDisputeDueSoon(context);
  const created: ShownNotification[] = [];
  await page.goto(DISPUTE_PAGE);
  const ui = await panel(page);

  // The page's countdown became the deadline the Now card shows.
  await expect(ui.frame.getByTestId('now')).toHaveAttribute('data-whose', 'buyer');
  const dueDay = new Date(due.dueAt);
  const isoDay = `${dueDay.getFullYear()}-${String(dueDay.getMonth() + 1).padStart(2, '0')}-${String(dueDay.getDate()).padStart(2, '0')}`;
  await expect(ui.frame.getByTestId('now')).toHaveAttribute('data-due', isoDay);

  // Its reminder alarms exist: the 3-hour one still ahead (the 1-day and 3-day ones have passed), and the tick.
  const reminderAlarm = `dh:r:buyer_response:${ORDER_ID}:${DISPUTE_ID}:180:${due.dueAt}`;
  await expect.poll(async () => (await alarms(context)).map((a) => a.name).sort()).toEqual([reminderAlarm, 'dh:tick']);
  expect((await alarms(context)).find((a) => a.name === reminderAlarm)?.scheduledTime).toBe(due.dueAt - THREE_HOURS);

  // Reminders are off until the buyer turns them on: nothing shown, nothing recorded.
  const reminders = ui.frame.getByTestId('reminders');
  await expect(reminders).toHaveAttribute('data-state', 'off');
  await expect(ui.frame.getByTestId('reminders-state')).toHaveText('Reminders are off.');
  expect(await readStore(worker, 'sentReminders')).toEqual([]);

  await ui.frame.getByTestId('reminders-toggle').click();
  await expect(reminders).toHaveAttribute('data-state', 'on');
  await expect(ui.frame.getByTestId('reminders-toggle')).toHaveText('Turn off reminders');

  const extensionPage = await context.newPage();
  await extensionPage.goto(extensionPageUrl(worker, 'popup.html'));
  void created;
  // The 1-day reminder's time passed before reminders were on: it shows now, once, saying it comes late.
  await expect.poll(() => shownNotifications(extensionPage)).toHaveLength(1);
  const [late] = await shownNotifications(extensionPage);
  expect(late).toBe(
    `dh-note|global|dispute|${DISPUTE_ID}|dh:r:buyer_response:${ORDER_ID}:${DISPUTE_ID}:1440:${due.dueAt}`,
  );

  // The worker is stopped; the 3-hour alarm wakes it, and its reminder is shown.
  const cdp = await context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect
    .poll(() => shownNotifications(extensionPage), { timeout: MARGIN_MS + 70_000, intervals: [1000] })
    .toHaveLength(2);
  const ids = await shownNotifications(extensionPage);
  expect(ids).toContain(`dh-note|global|dispute|${DISPUTE_ID}|${reminderAlarm}`);

  // Stopped and started again (and the tick run by hand): nothing is lost and nothing is shown twice.
  await cdp.send('ServiceWorker.stopAllWorkers');
  await extensionPage.reload();
  const revived = await liveWorker(context);
  await revived.evaluate(async () => {
    await chrome.alarms.create('dh:tick', { when: Date.now() });
  });
  await page.waitForTimeout(3000);
  expect((await shownNotifications(extensionPage)).sort()).toEqual([...ids].sort());
  const sent = (await readStore(revived, 'sentReminders')) as Array<{ key: string }>;
  expect(sent.map((row) => row.key).sort()).toEqual(
    [reminderAlarm, `dh:r:buyer_response:${ORDER_ID}:${DISPUTE_ID}:1440:${due.dueAt}`].sort(),
  );
  const events = (await readStore(revived, 'caseEvents')) as Array<{ kind: string }>;
  expect(events.filter((event) => event.kind === 'reminder-sent')).toHaveLength(2);
});
