import { DISPUTE_RULES } from '../aliexpress/dispute-rules';
import { ReminderSettings } from '../model/reminder-settings';

export { ReminderSettings };

const MINUTES_PER_DAY = 24 * 60;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = {
  leadMinutes: [3 * MINUTES_PER_DAY, MINUTES_PER_DAY, 3 * 60],
  extensionDays: DISPUTE_RULES.askExtensionDaysBeforeProtectionEnd,
};

/** Stored settings, validated; anything invalid gives the defaults. Leads are de-duplicated, longest first. */
export function reminderSettingsOf(raw: unknown): ReminderSettings {
  const parsed = ReminderSettings.safeParse(raw);
  if (!parsed.success) return DEFAULT_REMINDER_SETTINGS;
  return { ...parsed.data, leadMinutes: [...new Set(parsed.data.leadMinutes)].sort((a, b) => b - a) };
}
