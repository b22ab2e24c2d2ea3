import { z } from './zod';

const MINUTES_PER_DAY = 24 * 60;

/**
 * How long before a deadline the buyer is reminded, in minutes; and the extension reminder's lead, in days. Here in
 * the model because both the worker (lib/reminders) and the message that changes it (lib/messaging) validate it.
 */
export const ReminderSettings = z.strictObject({
  leadMinutes: z.array(z.int().check(z.gte(5), z.lte(30 * MINUTES_PER_DAY))).check(z.minLength(1), z.maxLength(6)),
  extensionDays: z.int().check(z.gte(1), z.lte(30)),
});
export type ReminderSettings = z.infer<typeof ReminderSettings>;
