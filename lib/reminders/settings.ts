import { DISPUTE_RULES } from '../aliexpress/dispute-rules';
import { z } from '../model/zod';

const MINUTES_PER_DAY = 24 * 60;

/** How long before a deadline the buyer is reminded, in minutes; and the extension reminder's lead, in days. */
export const ReminderSettings = z.strictObject({
  leadMinutes: z.array(z.int().check(z.gte(5), z.lte(30 * MINUTES_PER_DAY))).check(z.minLength(1), z.maxLength(6)),
  extensionDays: z.int().check(z.gte(1), z.lte(30)),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;

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
