import { ReminderSettings } from '../model/reminder-settings';

const HOUR = 60;
const DAY = 24 * HOUR;

/** The lead times offered in the options page's list, longest first. */
export const LEAD_PRESETS: readonly number[] = [
  7 * DAY,
  3 * DAY,
  2 * DAY,
  DAY,
  12 * HOUR,
  6 * HOUR,
  3 * HOUR,
  HOUR,
  30,
];
/** The bounds the stored settings accept (ReminderSettings), here for the editor's own messages. */
export const MIN_LEAD_MINUTES = 5;
export const MAX_LEAD_MINUTES = 30 * DAY;
export const MAX_LEADS = 6;

/** Why a change is refused; the options page says each in the buyer's words. */
export type LeadError = 'duplicate' | 'out-of-range' | 'too-many' | 'last-one';
export type LeadChange = { ok: true; leads: number[] } | { ok: false; error: LeadError };

/** The leads with one more, longest first; refused when it is already there, out of bounds, or one too many. */
export function addLead(leads: readonly number[], minutes: number): LeadChange {
  if (!Number.isInteger(minutes) || minutes < MIN_LEAD_MINUTES || minutes > MAX_LEAD_MINUTES)
    return { ok: false, error: 'out-of-range' };
  if (leads.includes(minutes)) return { ok: false, error: 'duplicate' };
  if (leads.length >= MAX_LEADS) return { ok: false, error: 'too-many' };
  return { ok: true, leads: [...leads, minutes].sort((a, b) => b - a) };
}

/** The leads without one; the last one stays (no lead at all is what "notifications off" is for). */
export function removeLead(leads: readonly number[], minutes: number): LeadChange {
  if (leads.length <= 1) return { ok: false, error: 'last-one' };
  return { ok: true, leads: leads.filter((lead) => lead !== minutes) };
}

/** What the buyer typed as a custom lead ("36" hours, "10" days), in minutes; undefined when it is not a number. */
export function customLeadMinutes(amount: string, unit: 'hours' | 'days'): number | undefined {
  const value = Number(amount.trim().replace(',', '.'));
  if (!amount.trim() || !Number.isFinite(value) || value <= 0) return undefined;
  return Math.round(value * (unit === 'days' ? DAY : HOUR));
}

/** The settings with new leads, checked the way the worker will check them. */
export function withLeads(settings: ReminderSettings, leads: readonly number[]): ReminderSettings {
  return ReminderSettings.parse({ ...settings, leadMinutes: [...leads] });
}
