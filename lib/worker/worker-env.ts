import type { Db } from '../db/schema';
import type { ExtensionIdentity } from '../messaging/sender';
import type { KeptDashboardCases } from './kept-dashboard-cases';
import type { SyncControl } from './sync/sync-control';
import type { WatcherHost } from './watcher/host';

/** What handlers get from the worker: who we are, the database, and the clock (injected so tests control them). */
export interface WorkerEnv {
  self: ExtensionIdentity;
  db: () => Promise<Db>;
  now: () => number;
  /** Delivers a message to the content script in a tab's top frame, and resolves with its answer. */
  toContentScript: (tabId: number, message: unknown) => Promise<unknown>;
  /** Called after stored facts changed (reminders are planned again, soon after, once). */
  factsChanged?: () => void;
  /** What the seller-reply watcher uses of the browser: alarms, the token cookie, fetch, notifications. */
  watcher: WatcherHost;
  /** Sync across the buyer's browsers (off unless the buyer turned it on); absent where the worker has none. */
  sync?: SyncControl;
  /** The dashboard's cases, kept between popups while no case is written (keepDashboardCases); absent: read afresh. */
  dashboardCases?: KeptDashboardCases;
}
