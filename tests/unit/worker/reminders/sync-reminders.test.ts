import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readCaseEvents } from '../../../../lib/db/case-events';
import { writeNotificationChoices } from '../../../../lib/db/preferences';
import { syncReminders } from '../../../../lib/worker/reminders/sync-reminders';
import { writeReminderSettings } from '../../../../lib/worker/reminders/settings';
import { useTestWorker } from '../../support/worker-env';
import { DAY, HOUR, ORDER_ID, PROTECTION_END, fakeReminderBrowser, openedOrder, reminderContext } from './support';

const worker = useTestWorker('sync-reminders-test');
afterEach(() => fakeBrowser.reset());

const MINUTE = 60_000;
const EXTENSION_AT = PROTECTION_END - 7 * DAY;
/** The last day to open a dispute: 15 days after protection ends (estimated). */
const LAST_DAY = PROTECTION_END + 15 * DAY;
const protectionKey = (lead: number) => `dh:r:protection_end:${ORDER_ID}:-:${lead}:${PROTECTION_END}`;
const extensionKey = `dh:x:${ORDER_ID}:${PROTECTION_END}`;
const noteId = (key: string) => `dh-note|global|order|${ORDER_ID}|${key}`;

async function alarmTimes(): Promise<Record<string, number>> {
  return Object.fromEntries((await fakeBrowser.alarms.getAll()).map((alarm) => [alarm.name, alarm.scheduledTime]));
}

describe('alarms are rebuilt from the database', () => {
  it('a first pass creates every reminder alarm and the tick', async () => {
    const env = worker();
    await openedOrder(await env.db());
    const outcome = await syncReminders(reminderContext(fakeReminderBrowser(), env.db, Date.UTC(2025, 8, 20)));
    expect(await alarmTimes()).toEqual({
      [protectionKey(4320)]: PROTECTION_END - 3 * DAY,
      [protectionKey(1440)]: PROTECTION_END - DAY,
      [protectionKey(180)]: PROTECTION_END - 3 * HOUR,
      [extensionKey]: EXTENSION_AT,
      [`dh:r:dispute_last_day:${ORDER_ID}:-:4320:${LAST_DAY}`]: LAST_DAY - 3 * DAY,
      [`dh:r:dispute_last_day:${ORDER_ID}:-:1440:${LAST_DAY}`]: LAST_DAY - DAY,
      [`dh:r:dispute_last_day:${ORDER_ID}:-:180:${LAST_DAY}`]: LAST_DAY - 3 * HOUR,
      'dh:tick': expect.any(Number),
    });
    expect(outcome).toMatchObject({ alarms: 7, created: 7, cleared: 0, shown: 0, notify: true });
  });

  it('after a restart that lost or left stale alarms, the same set again; watcher and foreign alarms untouched', async () => {
    const browser = fakeReminderBrowser();
    const first = worker();
    await openedOrder(await first.db());
    await syncReminders(reminderContext(browser, first.db, Date.UTC(2025, 8, 20)));
    const before = await alarmTimes();

    // The browser restarted: some alarms gone, one left over from a date the page no longer shows, others' alarms.
    await fakeBrowser.alarms.clear(protectionKey(1440));
    await fakeBrowser.alarms.clear(extensionKey);
    const stale = `dh:r:protection_end:${ORDER_ID}:-:4320:${PROTECTION_END - DAY}`;
    await fakeBrowser.alarms.create(stale, { when: PROTECTION_END - 4 * DAY });
    await fakeBrowser.alarms.create('dh:w:5012345678901201', { when: Date.UTC(2025, 8, 21) });
    await fakeBrowser.alarms.create('another-extension-alarm', { when: Date.UTC(2025, 8, 21) });

    const restarted = worker();
    const outcome = await syncReminders(reminderContext(browser, restarted.db, Date.UTC(2025, 8, 21)));
    expect(outcome).toMatchObject({ created: 2, cleared: 1 });
    expect(await alarmTimes()).toEqual({
      ...before,
      'dh:w:5012345678901201': Date.UTC(2025, 8, 21),
      'another-extension-alarm': Date.UTC(2025, 8, 21),
    });
    // Another pass changes nothing (the tick keeps its first time, so its period is not restarted).
    expect(await syncReminders(reminderContext(browser, restarted.db, Date.UTC(2025, 8, 22)))).toMatchObject({
      created: 0,
      cleared: 0,
    });
    expect((await alarmTimes())['dh:tick']).toBe(before['dh:tick']);
  });

  it('new lead times from the settings move the alarms', async () => {
    const env = worker();
    const db = await env.db();
    await openedOrder(db);
    const browser = fakeReminderBrowser();
    await syncReminders(reminderContext(browser, env.db, Date.UTC(2025, 8, 20)));
    await writeReminderSettings(db, { leadMinutes: [2 * 24 * 60], extensionDays: 3 });
    await syncReminders(reminderContext(browser, env.db, Date.UTC(2025, 8, 20)));
    expect(Object.keys(await alarmTimes()).sort()).toEqual(
      [protectionKey(2880), extensionKey, `dh:r:dispute_last_day:${ORDER_ID}:-:2880:${LAST_DAY}`, 'dh:tick'].sort(),
    );
    expect((await alarmTimes())[extensionKey]).toBe(PROTECTION_END - 3 * DAY);
  });
});

describe('each reminder is shown once', () => {
  it('repeated, concurrent and restarted passes show it once, and record it once', async () => {
    const browser = fakeReminderBrowser();
    const first = worker();
    await openedOrder(await first.db());
    // A minute after the 3-day reminder's time; the extension reminder's time passed days ago, unseen.
    const now = PROTECTION_END - 3 * DAY + MINUTE;
    await syncReminders(reminderContext(browser, first.db, now));
    await syncReminders(reminderContext(browser, first.db, now + MINUTE));
    await Promise.all([
      syncReminders(reminderContext(browser, worker().db, now + 2 * MINUTE)),
      syncReminders(reminderContext(browser, worker().db, now + 2 * MINUTE)),
    ]);
    expect(browser.created.map((note) => note.id).sort()).toEqual(
      [noteId(protectionKey(4320)), noteId(extensionKey)].sort(),
    );
    const db = await worker().db();
    expect((await db.getAll('sentReminders')).map((row) => row.key).sort()).toEqual(
      [protectionKey(4320), extensionKey].sort(),
    );
    const events = await readCaseEvents(db, ORDER_ID);
    expect(events.map((event) => [event.kind, event.key, event.params])).toEqual([
      ['reminder-sent', 'reminders.event.extension-sent', { what: 'protection_end', due: '2025-10-10', late: 1 }],
      ['reminder-sent', 'reminders.event.reminder-sent', { what: 'protection_end', due: '2025-10-10', late: 0 }],
    ]);
  });

  it('passes of three workers racing at the reminder’s time (a start and its alarm): one shows it', async () => {
    const browser = fakeReminderBrowser();
    await openedOrder(await worker().db());
    const now = PROTECTION_END - 3 * HOUR;
    const outcomes = await Promise.all([
      syncReminders(reminderContext(browser, worker().db, now)),
      syncReminders(reminderContext(browser, worker().db, now)),
      syncReminders(reminderContext(browser, worker().db, now)),
    ]);
    expect(outcomes.reduce((sum, outcome) => sum + outcome.shown, 0)).toBe(2);
    expect(browser.created.map((note) => note.id).sort()).toEqual(
      [noteId(protectionKey(180)), noteId(extensionKey)].sort(),
    );
  });

  it('says what is due, for which order and when, and stays until seen', async () => {
    const browser = fakeReminderBrowser();
    const env = worker();
    await openedOrder(await env.db());
    await syncReminders(reminderContext(browser, env.db, PROTECTION_END - 3 * HOUR));
    expect(browser.created.find((note) => note.id === noteId(protectionKey(180)))).toEqual({
      id: noteId(protectionKey(180)),
      type: 'basic',
      iconUrl: expect.stringMatching(/\/icon\/128\.png$/),
      title: `Order ${ORDER_ID}: Buyer protection ends`,
      message: 'Oct 10, 2025 (as AliExpress shows it), 3 hours left.',
      requireInteraction: true,
    });
  });

  it('in the browser’s language', async () => {
    const browser = fakeReminderBrowser();
    const env = worker();
    await openedOrder(await env.db());
    await syncReminders(reminderContext(browser, env.db, PROTECTION_END - 3 * HOUR, ['ru-RU', 'en']));
    const note = browser.created.find((created) => created.id === noteId(protectionKey(180)));
    expect(note?.title).toBe(`Заказ ${ORDER_ID}: Заканчивается защита покупателя`);
    expect(note?.message).toContain('осталось 3 часа');
  });
});

describe('the computer slept through reminders', () => {
  it('shows only the latest missed one, once, saying it is late; the next one comes on time', async () => {
    const browser = fakeReminderBrowser();
    const env = worker();
    await openedOrder(await env.db());
    await syncReminders(reminderContext(browser, env.db, Date.UTC(2025, 8, 20)));
    // Asleep from Sep 20 until 12 hours before the end: the 3-day and 1-day reminders were both missed.
    const woke = PROTECTION_END - 12 * HOUR;
    await syncReminders(reminderContext(browser, env.db, woke));
    await syncReminders(reminderContext(browser, env.db, woke + HOUR));
    const protection = browser.created.filter((note) => note.id.includes(':protection_end:'));
    expect(protection).toEqual([
      expect.objectContaining({
        id: noteId(protectionKey(1440)),
        message: 'Oct 10, 2025 (as AliExpress shows it). This reminder comes late: 12 hours left.',
      }),
    ]);
    // The 3-hour alarm is still ahead, and fires on time.
    expect((await alarmTimes())[protectionKey(180)]).toBe(PROTECTION_END - 3 * HOUR);
    await syncReminders(reminderContext(browser, env.db, PROTECTION_END - 3 * HOUR));
    expect(browser.created.filter((note) => note.id.includes(':protection_end:')).map((note) => note.id)).toEqual([
      noteId(protectionKey(1440)),
      noteId(protectionKey(180)),
    ]);
    expect(browser.created.at(-1)?.message).not.toContain('late');
  });
});

describe('reminders off', () => {
  it('without the notifications permission nothing is shown or recorded; once allowed, what is due shows', async () => {
    const browser = fakeReminderBrowser(false);
    const env = worker();
    await openedOrder(await env.db());
    const now = PROTECTION_END - 3 * DAY + MINUTE;
    expect(await syncReminders(reminderContext(browser, env.db, now))).toMatchObject({ shown: 0, notify: false });
    expect(browser.created).toEqual([]);
    expect(await (await env.db()).count('sentReminders')).toBe(0);
    // The alarms are kept, so reminders are ready the moment the buyer turns them on.
    expect(Object.keys(await alarmTimes())).toContain(protectionKey(1440));

    browser.granted = true;
    expect(await syncReminders(reminderContext(browser, env.db, now + MINUTE))).toMatchObject({ shown: 2 });
  });

  it('an order the buyer never opened (only seen on a list) gets no reminders', async () => {
    const browser = fakeReminderBrowser();
    const env = worker();
    const db = await env.db();
    await openedOrder(db);
    await db.delete('orders', ORDER_ID);
    await syncReminders(reminderContext(browser, env.db, PROTECTION_END - 3 * HOUR));
    expect(browser.created).toEqual([]);
    expect(Object.keys(await alarmTimes())).toEqual(['dh:tick']);
  });
});

describe('the buyer turned reminders off on the options page', () => {
  it('nothing is shown or recorded while off; once on again, the latest due reminder shows, flagged late', async () => {
    const browser = fakeReminderBrowser();
    const env = worker();
    const db = await env.db();
    await openedOrder(db);
    await writeNotificationChoices(db, { reminders: false, sellerReplies: true, signIn: true });
    const now = PROTECTION_END - 3 * DAY + MINUTE;
    const off = await syncReminders(reminderContext(browser, env.db, now));
    expect(off).toMatchObject({ shown: 0, notify: false });
    expect(browser.created).toEqual([]);
    expect(await db.count('sentReminders')).toBe(0);
    // The alarms stay planned: only the showing waits.
    expect(off.alarms).toBeGreaterThan(0);

    await writeNotificationChoices(db, { reminders: true, sellerReplies: true, signIn: true });
    const on = await syncReminders(reminderContext(browser, env.db, now + HOUR));
    expect(on).toMatchObject({ notify: true });
    expect(browser.created.map((note) => note.id)).toContain(noteId(protectionKey(4320)));
  });
});
