import type { Db } from '../../db/schema';
import { ReminderSettings, reminderSettingsOf } from '../../reminders/settings';

/** Where the buyer's reminder lead times live in the settings store. */
export const REMINDER_SETTINGS_KEY = 'reminders';

/** The buyer's lead times; the defaults (3 days, 1 day, 3 hours) when none or invalid ones are stored. */
export async function readReminderSettings(db: Db): Promise<ReminderSettings> {
  return reminderSettingsOf(await db.get('settings', REMINDER_SETTINGS_KEY));
}

/** Stores new lead times (validated: invalid ones throw, nothing is written) and returns them as they will be read. */
export async function writeReminderSettings(db: Db, settings: ReminderSettings): Promise<ReminderSettings> {
  const valid = ReminderSettings.parse(settings);
  await db.put('settings', valid, REMINDER_SETTINGS_KEY);
  return reminderSettingsOf(valid);
}
