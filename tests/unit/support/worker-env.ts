import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { afterEach } from 'vitest';
import { createDbConnection } from '../../../lib/db/connection';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';
import { keepDashboardCases } from '../../../lib/worker/kept-dashboard-cases';
import type { WorkerEnv } from '../../../lib/worker/worker-env';
import type { SenderInfo } from '../../../lib/messaging/sender';
import { FakeWatcherHost } from '../../support/fake-watcher-host';

export const SELF = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
export const NOW = 1_750_000_000_000;

/** One of our own extension pages (popup, options). */
export function extensionPageAt(path: string): SenderInfo {
  return { id: SELF.id, url: `${SELF.baseUrl}${path}`, tab: { id: 3 }, frameId: 0 };
}

/** Our content script in the top frame of the AliExpress tab showing `url`. */
export function contentScriptAt(url: string): SenderInfo {
  return { id: SELF.id, url, origin: new URL(url).origin, tab: { id: 1 }, frameId: 0 };
}

/**
 * Worker environments over one fake-indexeddb database per test file; every connection a test opened is closed and
 * the database deleted after each test. Each `env()` has its own connection cache, like a restarted worker.
 */
/** What test workers passed on to content scripts, newest last. */
export const delivered: Array<{ tabId: number; message: unknown }> = [];

export function useTestWorker(name: string): () => WorkerEnv {
  const opened: Db[] = [];
  afterEach(async () => {
    for (const db of opened.splice(0)) db.close();
    delivered.splice(0);
    await deleteDB(name);
  });
  return () => {
    const connect = createDbConnection((_name, _version, hooks) => openDisputeDb(name, undefined, hooks));
    return {
      self: SELF,
      db: async () => {
        const db = await connect();
        opened.push(db);
        return db;
      },
      now: () => NOW,
      toContentScript: async (tabId, message) => {
        delivered.push({ tabId, message });
        return { done: true };
      },
      watcher: new FakeWatcherHost(),
      dashboardCases: keepDashboardCases(),
    };
  };
}
