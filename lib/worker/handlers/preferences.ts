import {
  readNotificationChoices,
  readWatchInterval,
  writeNotificationChoices,
  writeWatchInterval,
} from '../../db/preferences';
import { readAllWatches } from '../../db/watches';
import { applyWatchInterval, scheduleAllWatches } from '../watcher/schedule-watch';
import type { Handler } from './types';

// The options page's settings. Extension pages only (protocol.ts): a page must not silence the buyer's notifications.

export const notificationSettings: Handler<'notification-settings'> = async ({ choices }, _sender, env) => {
  const db = await env.db();
  if (!choices) return readNotificationChoices(db);
  const stored = await writeNotificationChoices(db, choices);
  // Reminders turned back on: what is due shows now, not at the next alarm.
  if (stored.reminders) env.factsChanged?.();
  return stored;
};

export const watchInterval: Handler<'watch-interval'> = async ({ minutes }, _sender, env) => {
  const db = await env.db();
  if (minutes === undefined) return { minutes: await readWatchInterval(db) };
  const stored = await writeWatchInterval(db, minutes);
  await applyWatchInterval(env);
  return { minutes: stored };
};

/** After a restore the database holds other cases: every alarm is rebuilt from it, as at a worker start. */
export const backupRestored: Handler<'backup-restored'> = async (_message, _sender, env) => {
  await scheduleAllWatches(env);
  env.factsChanged?.();
  return { watches: (await readAllWatches(await env.db())).length };
};
