import { SYNC_LIMITS } from '../../lib/sync/limits';
import { planPass } from '../../lib/sync/plan-pass';
import { encodeEntry, itemBytes } from '../../lib/sync/wire';
import { measure, type BenchRow } from './measure';

const NOW = 1_750_000_000_000;
const TICKS = ['tracking-number', 'delivery-deadline-passed', 'tracking-screenshot'];

/** This device's items: `count` orders' checklists and typed dates, and the two synced settings. */
function localItems(count: number) {
  const items = new Map<string, { value: unknown; changedAt?: number }>();
  for (let n = 0; n < count; n++) {
    const orderId = String(8190000300000000 + n);
    items.set(`ev:${orderId}`, { value: { p: 'not_received', t: TICKS }, changedAt: NOW - n * 60_000 });
    if (n % 4 === 0) items.set(`mf:${orderId}`, { value: { site: 'global', e: '2026-12-20' }, changedAt: NOW - n });
  }
  items.set('set:reminders', { value: { leadMinutes: [4320, 1440, 180], extensionDays: 7 } });
  items.set('set:watcherOff', { value: false });
  return items;
}

/** Sync storage as another device left it: half the same orders, changed later. */
function storedBy(count: number): Record<string, unknown> {
  const stored: Record<string, unknown> = {};
  for (let n = 0; n < count; n += 2) {
    const key = `ev:${8190000300000000 + n}`;
    stored[key] = encodeEntry({ key, at: NOW + n, by: 'otherdevice1', value: { t: TICKS.slice(0, 1) } });
  }
  return stored;
}

/** One pass planned (stamps, decode, merge, quota), for a buyer with 100 and with 600 orders (over the quota). */
export default function syncBench(): BenchRow[] {
  const key = 'ev:8190000300000000';
  const itemSize = itemBytes(
    key,
    encodeEntry({ key, at: NOW, by: 'thisdevice1', value: { p: 'not_received', t: TICKS } }),
  );
  return [100, 600].map((count) => {
    const input = { items: localItems(count), ledger: {}, device: 'thisdevice1', now: NOW, stored: storedBy(count) };
    const plan = planPass({ ...input, limits: SYNC_LIMITS });
    const note = `${input.items.size} items here, ${plan.items} in sync, ${plan.leftOut.length} left out; a checklist is ${itemSize} B`;
    return measure(`sync: plan one pass, ${count} orders`, () => planPass({ ...input, limits: SYNC_LIMITS }), {
      runs: 50,
      warmups: 5,
      note,
    });
  });
}
