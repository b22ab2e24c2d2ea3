import { parseAlarmName } from '../../reminders/alarm-names';
import { openNotificationPage } from './notification-clicks';
import type { ReminderBrowser, ReminderContext } from './reminder-browser';
import { syncReminders } from './sync-reminders';

/** Facts often change in bursts (a page's data, then its markup): one pass after the burst is enough. */
export const FACTS_SETTLE_MS = 2_000;

/** The events the reminders listen to, as the browser (or a test's fake) offers them. */
export interface ReminderEvents {
  alarms: { onAlarm: { addListener(listener: (alarm: { name: string }) => void): void } };
  runtime: {
    onStartup: { addListener(listener: () => void): void };
    onInstalled: { addListener(listener: () => void): void };
  };
  permissions: { onAdded: { addListener(listener: (permissions: { permissions?: string[] }) => void): void } };
  /** Absent in Chrome until the buyer grants the optional `notifications` permission. */
  notifications?: { onClicked: { addListener(listener: (notificationId: string) => void): void } };
}

/**
 * Registers the reminders' listeners (synchronously, with the worker's others) and runs a first pass: alarms are
 * rebuilt from the database on every worker start, browser start and install, so nothing depends on the worker
 * staying alive. Passes never overlap; a failed one is logged and the next one starts afresh. Returns what the
 * message handlers call after facts change.
 */
export function listenForReminders(
  browser: ReminderBrowser & ReminderEvents,
  context: ReminderContext,
): { factsChanged: () => void } {
  let running: Promise<unknown> = Promise.resolve();
  const pass = () => {
    running = running
      .then(() => syncReminders(context))
      .catch((error: unknown) => console.debug('[dispute-helper] reminders', error));
  };
  browser.alarms.onAlarm.addListener(({ name }) => {
    // Watcher alarms (`dh:w:…`) belong to the watcher's own listener, foreign ones to nobody here.
    const type = parseAlarmName(name)?.type;
    if (type === 'reminder' || type === 'extension' || type === 'tick') pass();
  });
  browser.runtime.onStartup.addListener(pass);
  browser.runtime.onInstalled.addListener(pass);
  let clicksHeard = false;
  const listenForClicks = () => {
    if (clicksHeard || !browser.notifications) return;
    clicksHeard = true;
    browser.notifications.onClicked.addListener((notificationId) => {
      void openNotificationPage(notificationId, context).catch((error: unknown) =>
        console.debug('[dispute-helper] notification click', error),
      );
    });
  };
  listenForClicks();
  // The buyer just turned reminders on: what is due shows now, not at the next alarm.
  browser.permissions.onAdded.addListener(({ permissions }) => {
    if (!permissions?.includes('notifications')) return;
    listenForClicks();
    pass();
  });
  pass();

  let settle: ReturnType<typeof setTimeout> | undefined;
  return {
    factsChanged: () => {
      clearTimeout(settle);
      settle = setTimeout(pass, FACTS_SETTLE_MS);
    },
  };
}
