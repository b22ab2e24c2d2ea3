import { DISPUTE_RULES } from '../aliexpress/dispute-rules';

const DAY_MS = 86_400_000;

/**
 * The day to ask the seller to extend buyer protection by: a week before it ends (only the seller can extend it, and
 * only while it runs). `protectionEndsOn` is a page date; the answer is a calendar date (`2025-03-03`).
 */
export function askExtensionBy(protectionEndsOn: string): string {
  const [year, month, day] = protectionEndsOn.slice(0, 10).split('-').map(Number) as [number, number, number];
  const asked = Date.UTC(year, month - 1, day) - DISPUTE_RULES.askExtensionDaysBeforeProtectionEnd * DAY_MS;
  return new Date(asked).toISOString().slice(0, 10);
}
