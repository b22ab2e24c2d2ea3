import {
  DEFAULT_NOTIFICATION_CHOICES,
  DEFAULT_WATCH_INTERVAL,
  NotificationChoices,
  WatchInterval,
} from '../model/preferences';
import type { Db } from './schema';

/** Where the options page's choices live in the settings store. */
export const NOTIFICATIONS_KEY = 'notifications';
export const WATCH_INTERVAL_KEY = 'watchInterval';

/** The buyer's notification choices; all on when none or a corrupt value is stored. */
export async function readNotificationChoices(db: Db): Promise<NotificationChoices> {
  const parsed = NotificationChoices.safeParse(await db.get('settings', NOTIFICATIONS_KEY));
  return parsed.success ? parsed.data : DEFAULT_NOTIFICATION_CHOICES;
}

/** Validated: invalid choices throw and nothing is written. */
export async function writeNotificationChoices(db: Db, choices: NotificationChoices): Promise<NotificationChoices> {
  const valid = NotificationChoices.parse(choices);
  await db.put('settings', valid, NOTIFICATIONS_KEY);
  return valid;
}

/** The watcher's least interval in minutes; 30 when none or a corrupt value is stored. */
export async function readWatchInterval(db: Db): Promise<WatchInterval> {
  const parsed = WatchInterval.safeParse(await db.get('settings', WATCH_INTERVAL_KEY));
  return parsed.success ? parsed.data : DEFAULT_WATCH_INTERVAL;
}

/** The same, in milliseconds, as the watcher's schedule takes it. */
export async function readWatchIntervalMs(db: Db): Promise<number> {
  return (await readWatchInterval(db)) * 60_000;
}

export async function writeWatchInterval(db: Db, minutes: WatchInterval): Promise<WatchInterval> {
  const valid = WatchInterval.parse(minutes);
  await db.put('settings', valid, WATCH_INTERVAL_KEY);
  return valid;
}
