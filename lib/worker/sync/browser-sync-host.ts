import type { WxtBrowser } from 'wxt/browser';
import { PASS_PERIOD_MS, type SyncHost } from './sync-control';
import type { SyncArea } from './sync-area';

/** The alarm of sync's next pass (a retry, or the periodic one). */
export const SYNC_ALARM = 'dh-sync';

/**
 * The browser's sync storage, alarms and change events. `storage` is an optional permission: without it the API is
 * missing, and sync says it is unavailable rather than failing.
 */
export function browserSyncHost(browser: WxtBrowser, applied: SyncHost['applied']): SyncHost {
  return {
    area: () => {
      const sync = (browser as { storage?: typeof browser.storage }).storage?.sync;
      if (!sync) return undefined;
      const area: SyncArea = {
        getAll: () => sync.get(null),
        set: (items) => sync.set(items),
        remove: (keys) => sync.remove(keys),
      };
      return area;
    },
    schedule: async (at) => {
      if (at === null) await browser.alarms.clear(SYNC_ALARM);
      else await browser.alarms.create(SYNC_ALARM, { when: at, periodInMinutes: PASS_PERIOD_MS / 60_000 });
    },
    applied,
  };
}

/**
 * Calls `changed` when another device's change arrives in sync storage. The storage API appears only once the buyer
 * allowed it, so the listener is added then if it could not be at start.
 */
export function listenForRemoteChanges(browser: WxtBrowser, changed: () => void): void {
  let listening = false;
  const listen = () => {
    const storage = (browser as { storage?: typeof browser.storage }).storage;
    if (listening || !storage?.onChanged) return;
    listening = true;
    storage.onChanged.addListener((_changes, areaName) => {
      if (areaName === 'sync') changed();
    });
  };
  listen();
  if (!listening) browser.permissions?.onAdded?.addListener(listen);
}
