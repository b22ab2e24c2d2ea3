import type { WxtBrowser } from 'wxt/browser';
import { createDbConnection } from '../db/connection';
import { openDisputeDb } from '../db/open-db';
import { parseAlarmName } from '../reminders/alarm-names';
import { handleMessage } from './handle-message';
import { listenForReminders } from './reminders/listen';
import { checkWatchedDispute } from './watcher/check';
import { browserWatcherHost } from './watcher/host';
import { scheduleAllWatches } from './watcher/schedule-watch';
import { browserSyncHost, listenForRemoteChanges, SYNC_ALARM } from './sync/browser-sync-host';
import { changesSyncedData } from './sync/sync-triggers';
import { createSyncControl } from './sync/sync-control';
import type { WorkerEnv } from './worker-env';
import { keepDashboardCases } from './kept-dashboard-cases';

/**
 * Everything the worker listens to, registered synchronously in one place on every start, so the event that woke
 * a stopped worker is not lost. State lives in IndexedDB; nothing here survives the worker except the listeners.
 */
export function startWorker(browser: WxtBrowser): void {
  const dashboardCases = keepDashboardCases();
  const db = createDbConnection(openDisputeDb, { onCasesWritten: () => void dashboardCases.refreshSoon(db) });
  const reminders = listenForReminders(browser, {
    browser,
    db,
    now: Date.now,
    languages: () => (navigator.languages.length ? navigator.languages : [navigator.language]),
    timeZone: () => Intl.DateTimeFormat().resolvedOptions().timeZone,
    keepUntilSeen: !import.meta.env.FIREFOX,
  });
  const env: WorkerEnv = {
    self: { id: browser.runtime.id, baseUrl: browser.runtime.getURL('/') },
    db,
    now: Date.now,
    dashboardCases,
    toContentScript: (tabId, message) => browser.tabs.sendMessage(tabId, message, { frameId: 0 }),
    factsChanged: reminders.factsChanged,
    watcher: browserWatcherHost(browser),
  };
  // Another device's dates and settings count like the buyer's own here: reminders and watches follow them.
  const sync = createSyncControl(
    db,
    Date.now,
    browserSyncHost(browser, () => {
      reminders.factsChanged();
      void scheduleAllWatches(env);
    }),
  );
  env.sync = sync;
  listenForRemoteChanges(browser, sync.soon);
  // sendResponse + `return true` works the same in Chrome, Firefox and the polyfill.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void handleMessage(message, sender, env).then((reply) => {
      if (reply.ok && changesSyncedData(message)) sync.soon();
      sendResponse(reply);
    });
    return true;
  });
  // The seller-reply watcher's alarms (`dh:w:<disputeId>`) and sync's; reminder alarms have their own listener.
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === SYNC_ALARM) return void sync.pass();
    const name = parseAlarmName(alarm.name);
    if (name?.type === 'watch') void checkWatchedDispute(env, name.disputeId);
  });
  // Alarms may have been lost (browser restart, cleared profile state): set them again from the database.
  void scheduleAllWatches(env);
}
