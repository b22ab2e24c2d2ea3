import { NOTIFICATIONS_KEY, WATCH_INTERVAL_KEY } from '../db/preferences';
import { WATCHER_OFF_KEY } from '../db/watches';
import { NotificationChoices, WatchInterval } from '../model/preferences';
import { ReminderSettings } from '../model/reminder-settings';
import { z } from '../model/zod';

/**
 * The settings that follow the buyer to their other browsers: the sync item `set:<name>` carries the value stored
 * under `storeKey` in the settings store, checked with `schema` on both sides. One line here adds a setting.
 */
export const SYNCED_SETTINGS = {
  reminders: { storeKey: 'reminders', schema: ReminderSettings },
  watcherOff: { storeKey: WATCHER_OFF_KEY, schema: z.boolean() },
  notifications: { storeKey: NOTIFICATIONS_KEY, schema: NotificationChoices },
  watchInterval: { storeKey: WATCH_INTERVAL_KEY, schema: WatchInterval },
} as const;

export type SyncedSettingName = keyof typeof SYNCED_SETTINGS;

export function isSyncedSettingName(name: string): name is SyncedSettingName {
  return Object.hasOwn(SYNCED_SETTINGS, name);
}
