import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { serveAliExpressFixtures } from '../support/aliexpress-fixtures';
import {
  FIXTURE_DISPUTE_ID as DISPUTE_ID,
  FIXTURE_DISPUTE_ORDER_ID as ORDER_ID,
  FIXTURE_DISPUTE_PAGE as DISPUTE_PAGE,
  serveDisputeDueIn,
} from '../support/dispute-due';
import { EXTENSION_DIR, launchWithExtension } from '../support/launch';
import { expect, extensionPageUrl, panel, readStore, test } from './extension-test';

/** The parts of the extension API these tests call inside the browser (the extension's own `chrome` global). */
declare const chrome: {
  alarms: {
    getAll(): Promise<Array<{ name: string; scheduledTime: number }>>;
    create(name: string, info: { when: number }): Promise<void>;
  };
  notifications?: { getAll(): Promise<Record<string, boolean>> };
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
};

const MINUTE = 60_000;
const THREE_HOURS = 180 * MINUTE;
/** Time for the page to load and be read before the 3-hour reminder's alarm fires. */
const MARGIN_MS = 20_000;
/**
 * The buyer's answer due a little over 3 hours from now: the 3-hour reminder's alarm fires during the test, the
 * 1-day one has passed.
 */
const DUE_SOON_MS = THREE_HOURS + MARGIN_MS;

function isoDay(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}`;
}

function reminderKey(leadMinutes: number, dueAt: number): string {
  return `dh:r:buyer_response:${ORDER_ID}:${DISPUTE_ID}:${leadMinutes}:${dueAt}`;
}

/** The service worker as it is now (it may have been stopped and started again since the test began). */
async function liveWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/** The reminders' alarms (the seller-reply watcher's `dh:w:` ones, set once the dispute's request is learned, aside). */
async function alarmsNow(context: BrowserContext): Promise<Array<{ name: string; scheduledTime: number }>> {
  const alarms = await (await liveWorker(context)).evaluate(() => chrome.alarms.getAll());
  return alarms.filter((alarm) => !alarm.name.startsWith('dh:w:'));
}

interface Shown {
  id: string;
  title: string;
  message: string;
}

/** The notifications shown now, read with notifications.getAll from an extension page, with their texts. */
/**
 * The reminders among the notifications shown. The seller-reply watcher learns the fixture dispute's request too, and
 * its first look (any time in its first half hour) finds no AliExpress session here, so a "sign in" notice may join.
 */
async function shownReminders(extensionPage: Page): Promise<Shown[]> {
  return (await shownNotifications(extensionPage)).filter((shown) => shown.id.includes('|dh:r:'));
}

async function shownNotifications(extensionPage: Page): Promise<Shown[]> {
  const ids = await extensionPage.evaluate(async () => Object.keys(await chrome.notifications!.getAll()));
  // getAll gives ids only; the texts are what the worker passed to notifications.create, recorded by the spy below.
  const texts = await extensionPage.evaluate(() => chrome.storage.session.get('spiedNotifications'));
  const spied = (texts.spiedNotifications ?? {}) as Record<string, { title: string; message: string }>;
  return ids.sort().map((id) => ({ id, title: spied[id]?.title ?? '', message: spied[id]?.message ?? '' }));
}

test('a dispute with a countdown: its deadline and alarms; reminders stay off until the buyer allows notifications', async ({
  context,
  page,
  worker,
}) => {
  const dueAt = await serveDisputeDueIn(context, DUE_SOON_MS);
  await page.goto(DISPUTE_PAGE);
  const ui = await panel(page);

  // The page's countdown became the deadline the Now card shows.
  await expect(ui.frame.getByTestId('now')).toHaveAttribute('data-whose', 'buyer');
  await expect(ui.frame.getByTestId('now')).toHaveAttribute('data-due', isoDay(new Date(dueAt)));
  // Its alarms exist: the 3-hour reminder still ahead (the 3-day and 1-day ones have passed), and the tick.
  await expect
    .poll(async () => (await alarmsNow(context)).map((alarm) => [alarm.name, alarm.scheduledTime]))
    .toEqual(expect.arrayContaining([[reminderKey(180, dueAt), dueAt - THREE_HOURS]]));
  expect((await alarmsNow(context)).map((alarm) => alarm.name).sort()).toEqual([reminderKey(180, dueAt), 'dh:tick']);

  const reminders = ui.frame.getByTestId('reminders');
  await expect(reminders).toHaveAttribute('data-state', 'off');
  await expect(ui.frame.getByTestId('reminders-state')).toHaveText('Reminders are off.');
  // Chromium asks the buyer before an extension may show notifications (its warning is "Display notifications"),
  // so the click opens the browser's own question, which a headless browser never answers: reminders stay off, and
  // nothing is shown or recorded as shown, though the 1-day reminder is due.
  await ui.frame.getByTestId('reminders-toggle').click();
  await page.waitForTimeout(2500);
  await expect(reminders).toHaveAttribute('data-state', 'off');
  expect(await readStore(worker, 'sentReminders')).toEqual([]);
  const extensionPage = await context.newPage();
  await extensionPage.goto(extensionPageUrl(worker, 'popup.html'));
  expect(await extensionPage.evaluate(() => typeof chrome.notifications)).toBe('undefined');
});

/**
 * The build as the buyer has it once they said yes to notifications: the same extension, with the permission granted
 * (Chromium keeps no command-line way to answer its prompt, so the manifest asks for it outright). The worker is
 * spied on only to record each notification's text next to its id, since notifications.getAll gives ids alone.
 */
const allowed = test.extend<{ allowedDir: string }>({
  // eslint-disable-next-line no-empty-pattern
  allowedDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'dispute-helper-allowed-'));
    await cp(EXTENSION_DIR, dir, { recursive: true });
    const manifestPath = path.join(dir, 'manifest.json');
    const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as Record<string, unknown>;
    manifest.permissions = [...(manifest.permissions as string[]), 'notifications', 'storage'];
    delete manifest.optional_permissions;
    await writeFile(manifestPath, JSON.stringify(manifest));
    const background = path.join(dir, 'background.js');
    const spy = `{
      const create = chrome.notifications.create.bind(chrome.notifications);
      chrome.notifications.create = async (id, options) => {
        const { spiedNotifications = {} } = await chrome.storage.session.get('spiedNotifications');
        spiedNotifications[id] = { title: options.title, message: options.message };
        await chrome.storage.session.set({ spiedNotifications });
        return create(id, options);
      };
    }\n`;
    await writeFile(background, spy + (await readFile(background, 'utf8')));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ allowedDir }, use) => {
    const browser = await launchWithExtension({ headless: true, extensionDir: allowedDir });
    await serveAliExpressFixtures(browser.context);
    await use(browser.context);
    await browser.close();
  },
});

allowed(
  'reminders on: the one due shows at once, late; the alarm shows the next; a stopped worker sends nothing twice',
  async ({ context, page, worker }) => {
    allowed.setTimeout(150_000);
    const dueAt = await serveDisputeDueIn(context, DUE_SOON_MS);
    await page.goto(DISPUTE_PAGE);
    const ui = await panel(page);
    await expect(ui.frame.getByTestId('reminders')).toHaveAttribute('data-state', 'on');
    await expect(ui.frame.getByTestId('reminders-toggle')).toHaveText('Turn off reminders');

    const extensionPage = await context.newPage();
    await extensionPage.goto(extensionPageUrl(worker, 'popup.html'));
    // The 1-day reminder's time had passed before the page was first read: it shows once, saying it comes late.
    await expect
      .poll(async () => (await shownReminders(extensionPage)).map((shown) => shown.id))
      .toEqual([`dh-note|global|dispute|${DISPUTE_ID}|${reminderKey(1440, dueAt)}`]);
    const [late] = await shownReminders(extensionPage);
    const dueText = new Date(dueAt).toLocaleString('en-US', { month: 'short', day: 'numeric', year: 'numeric' });
    expect(late!.title).toBe(`Order ${ORDER_ID}: Your time to answer ends`);
    expect(late!.message).toContain(dueText);
    expect(late!.message).toContain('This reminder comes late: 3 hours left.');

    // The worker is stopped; the 3-hour alarm wakes it and its reminder shows, on time.
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect
      .poll(async () => (await shownReminders(extensionPage)).length, {
        timeout: MARGIN_MS + 75_000,
        intervals: [1000],
      })
      .toBe(2);
    const shown = await shownReminders(extensionPage);
    // Compared as ids first, so a failure says which notifications were shown instead.
    expect(shown.map((note) => note.id)).toContain(`dh-note|global|dispute|${DISPUTE_ID}|${reminderKey(180, dueAt)}`);
    const onTime = shown.find((note) => note.id.endsWith(reminderKey(180, dueAt)));
    expect(onTime?.title).toBe(`Order ${ORDER_ID}: Your time to answer ends`);
    expect(onTime?.message).toMatch(new RegExp(`${dueText}.*, 3 hours left\\.$`));

    // Stopped and started again, the tick run at once: nothing lost, nothing shown or recorded twice.
    await cdp.send('ServiceWorker.stopAllWorkers');
    await extensionPage.reload();
    const revived = await liveWorker(context);
    await revived.evaluate(() => chrome.alarms.create('dh:tick', { when: Date.now() }));
    await page.reload();
    await expect((await panel(page)).frame.getByTestId('now')).toHaveAttribute('data-whose', 'buyer');
    await page.waitForTimeout(4000);
    expect(await shownReminders(extensionPage)).toEqual(shown);
    const sent = (await readStore(revived, 'sentReminders')) as Array<{ key: string }>;
    expect(sent.map((row) => row.key).sort()).toEqual([reminderKey(1440, dueAt), reminderKey(180, dueAt)].sort());
    const events = (await readStore(revived, 'caseEvents')) as Array<{ kind: string; orderId: string }>;
    expect(events.filter((event) => event.kind === 'reminder-sent')).toEqual([
      expect.objectContaining({ orderId: ORDER_ID }),
      expect.objectContaining({ orderId: ORDER_ID }),
    ]);
    // Every one of our reminder alarms is gone once shown; only the tick is left.
    expect((await alarmsNow(context)).map((alarm) => alarm.name)).toEqual(['dh:tick']);
  },
);
