import { readReminderSettings, writeReminderSettings } from '../reminders/settings';
import type { Handler } from './types';

/** The reminders' lead times, changed when the message carries new ones; reminders are then planned again. */
export const reminderSettings: Handler<'reminder-settings'> = async ({ settings }, _sender, env) => {
  const db = await env.db();
  if (!settings) return readReminderSettings(db);
  const stored = await writeReminderSettings(db, settings);
  env.factsChanged?.();
  return stored;
};
