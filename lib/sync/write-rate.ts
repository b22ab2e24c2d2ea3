import type { SyncLimits } from './limits';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/**
 * The earliest time `count` more writes stay within the browser's per-minute and per-hour write limits, given the
 * times of this device's earlier writes (each set or remove call is one write, however many items it carries).
 */
export function writeAllowedAt(history: readonly number[], count: number, now: number, limits: SyncLimits): number {
  const recent = history.filter((at) => at > now - HOUR).sort((a, b) => a - b);
  const allowedWithin = (window: number, limit: number) => {
    const inWindow = recent.filter((at) => at > now - window);
    const excess = inWindow.length + count - limit;
    // The write that must leave the window first, and the moment it does.
    if (excess <= 0) return now;
    const leaving = inWindow[Math.min(excess, inWindow.length) - 1];
    return leaving === undefined ? now + window : leaving + window + 1;
  };
  return Math.max(allowedWithin(MINUTE, limits.writesPerMinute), allowedWithin(HOUR, limits.writesPerHour));
}

/** The write history worth keeping: the last hour's. */
export function recentWrites(history: readonly number[], now: number): number[] {
  return history.filter((at) => at > now - HOUR);
}
