import { describe, expect, it, vi } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { browserSyncHost, listenForRemoteChanges, SYNC_ALARM } from '../../../../lib/worker/sync/browser-sync-host';
import { problemOf } from '../../../../lib/worker/sync/sync-area';
import { changesSyncedData } from '../../../../lib/worker/sync/sync-triggers';

type Listener = (...args: unknown[]) => void;
const event = () => {
  const listeners: Listener[] = [];
  return { listeners, addListener: (listener: Listener) => listeners.push(listener) };
};

/** The parts of the browser sync touches; `storage` is missing until the buyer allows it, as in Chrome. */
function fakeBrowser(withStorage: boolean) {
  const onChanged = event();
  const onAdded = event();
  const alarms = { create: vi.fn(async () => undefined), clear: vi.fn(async () => true) };
  const sync = {
    get: vi.fn(async () => ({ a: 1 })),
    set: vi.fn(async () => undefined),
    remove: vi.fn(async () => undefined),
  };
  const browser: Record<string, unknown> = { permissions: { onAdded }, alarms };
  const allow = () => (browser.storage = { onChanged, sync });
  if (withStorage) allow();
  return { browser: browser as unknown as WxtBrowser, onChanged, onAdded, alarms, sync, allow };
}

describe('the browser side of sync', () => {
  it('without the permission there is no sync storage; once allowed, changes in the sync area (only) are heard', async () => {
    const fake = fakeBrowser(false);
    const changed = vi.fn();
    expect(browserSyncHost(fake.browser, () => undefined).area()).toBeUndefined();
    listenForRemoteChanges(fake.browser, changed);
    expect(fake.onAdded.listeners).toHaveLength(1);

    fake.allow();
    fake.onAdded.listeners[0]!();
    fake.onAdded.listeners[0]!();
    expect(fake.onChanged.listeners).toHaveLength(1);
    fake.onChanged.listeners[0]!({}, 'local');
    expect(changed).not.toHaveBeenCalled();
    fake.onChanged.listeners[0]!({}, 'sync');
    expect(changed).toHaveBeenCalledOnce();
    expect(
      await browserSyncHost(fake.browser, () => undefined)
        .area()!
        .getAll(),
    ).toEqual({ a: 1 });
    expect(fake.sync.get).toHaveBeenCalledWith(null);
  });

  it('the next pass is one alarm, repeating; off clears it', async () => {
    const fake = fakeBrowser(true);
    const host = browserSyncHost(fake.browser, () => undefined);
    await host.schedule(1234);
    expect(fake.alarms.create).toHaveBeenCalledWith(SYNC_ALARM, { when: 1234, periodInMinutes: 30 });
    await host.schedule(null);
    expect(fake.alarms.clear).toHaveBeenCalledWith(SYNC_ALARM);
  });

  it("a refused write is told apart by the browser's words", () => {
    expect(problemOf(new Error('QUOTA_BYTES_PER_ITEM quota exceeded'))).toBe('quota');
    expect(problemOf(new Error('MAX_ITEMS quota exceeded'))).toBe('quota');
    expect(problemOf(new Error('MAX_WRITE_OPERATIONS_PER_HOUR quota exceeded'))).toBe('rate');
    expect(problemOf(new DOMException('exceeded', 'QuotaExceededError'))).toBe('quota');
    expect(problemOf(new Error('Network down'))).toBe('failed');
  });

  it('messages that change shared data start a pass; others do not', () => {
    expect(changesSyncedData({ type: 'manual-facts' })).toBe(true);
    expect(changesSyncedData({ type: 'watcher-setting', off: true })).toBe(true);
    expect(changesSyncedData({ type: 'page-seen' })).toBe(false);
    expect(changesSyncedData(null)).toBe(false);
  });
});
