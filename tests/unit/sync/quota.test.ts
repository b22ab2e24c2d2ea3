import { describe, expect, it } from 'vitest';
import type { SyncEntry } from '../../../lib/sync/entry';
import { SYNC_LIMITS, TOMBSTONE_DAYS } from '../../../lib/sync/limits';
import { planPass } from '../../../lib/sync/plan-pass';
import { planQuota } from '../../../lib/sync/quota';
import { encodeEntry, itemBytes } from '../../../lib/sync/wire';
import { writeAllowedAt } from '../../../lib/sync/write-rate';

const NOW = 1_750_000_000_000;
const order = (n: number) => String(8190000000000000 + n);
const checklist = (n: number, at: number, ticks = 3): SyncEntry & { value: unknown } => ({
  key: `ev:${order(n)}`,
  at,
  by: 'devicea1',
  value: { p: 'damaged', t: Array.from({ length: ticks }, (_, i) => `item-number-${i}`) },
});
const bytesOf = (entry: SyncEntry) => itemBytes(entry.key, encodeEntry(entry));

describe('sizes as the browser counts them', () => {
  it('key length plus the JSON of the value, in UTF-8 bytes', () => {
    expect(itemBytes('ab', { x: 'é' })).toBe(2 + '{"x":"é"}'.length + 1);
  });
});

describe('quota plan', () => {
  it('everything fits: all kept, newest first, nothing left out', () => {
    const plan = planQuota([checklist(1, NOW - 10), checklist(2, NOW)], new Map(), SYNC_LIMITS, NOW);
    expect(plan.kept.map((entry) => entry.key)).toEqual([`ev:${order(2)}`, `ev:${order(1)}`]);
    expect(plan.leftOut).toEqual([]);
  });

  it('over the total: the newest are kept, the oldest left out and named, and the total is never passed', () => {
    const wanted = Array.from({ length: 400 }, (_, n) => checklist(n, NOW - n * 1000, 20));
    const plan = planQuota(wanted, new Map(), SYNC_LIMITS, NOW);
    expect(plan.leftOut.length).toBeGreaterThan(0);
    expect(plan.bytes).toBeLessThanOrEqual(SYNC_LIMITS.totalBytes);
    expect(plan.kept.reduce((sum, entry) => sum + bytesOf(entry), 0)).toBe(plan.bytes);
    const oldestKept = Math.min(...plan.kept.map((entry) => entry.at));
    const left = new Set(plan.leftOut.map((item) => item.key));
    for (const entry of wanted.filter((entry) => left.has(entry.key))) expect(entry.at).toBeLessThan(oldestKept);
    expect(plan.leftOut.every((item) => item.reason === 'no-room')).toBe(true);
    expect(plan.kept.length + plan.leftOut.length).toBe(400);
  });

  it('an item over the per-item size is left out as too big; the rest still go', () => {
    const small = checklist(1, NOW);
    const huge: SyncEntry = { key: 'set:reminders', at: NOW, by: 'devicea1', value: 'x'.repeat(9000) };
    const plan = planQuota([huge, small], new Map(), SYNC_LIMITS, NOW);
    expect(plan.leftOut).toEqual([{ key: 'set:reminders', reason: 'too-big' }]);
    expect(plan.kept).toEqual([small]);
  });

  it('the item count limit counts items not ours too', () => {
    const reserved = new Map(Array.from({ length: 511 }, (_, n) => [`foreign${n}`, 10] as const));
    const plan = planQuota([checklist(1, NOW), checklist(2, NOW - 1)], reserved, SYNC_LIMITS, NOW);
    expect(plan.kept.map((entry) => entry.key)).toEqual([`ev:${order(1)}`]);
    expect(plan.leftOut).toEqual([{ key: `ev:${order(2)}`, reason: 'no-room' }]);
  });

  it('deletions older than the tombstone time are let go', () => {
    const old: SyncEntry = {
      key: `ev:${order(1)}`,
      at: NOW - (TOMBSTONE_DAYS + 1) * 86_400_000,
      by: 'a1b2c3',
      deleted: true,
    };
    const recent: SyncEntry = { ...old, key: `ev:${order(2)}`, at: NOW - 86_400_000 };
    const plan = planQuota([old, recent], new Map(), SYNC_LIMITS, NOW);
    expect(plan.kept).toEqual([recent]);
    expect(plan.leftOut).toEqual([]);
  });
});

describe('a pass, planned', () => {
  it('over quota: local items left out stay local (nothing to delete here), remote ones that do not fit are removed after being taken in', () => {
    const limits = { ...SYNC_LIMITS, totalBytes: 3 * bytesOf(checklist(1, NOW)) };
    const items = new Map(
      [1, 2].map((n) => [`ev:${order(n)}`, { value: checklist(n, NOW).value, changedAt: NOW - n }] as const),
    );
    const stored = Object.fromEntries(
      [3, 4].map((n) => [`ev:${order(n)}`, encodeEntry({ ...checklist(n, NOW - 100 * n), by: 'deviceb2' })]),
    );
    const plan = planPass({ items, ledger: {}, device: 'devicea1', now: NOW, stored, limits });
    expect(plan.toLocal.map((entry) => entry.key).sort()).toEqual([`ev:${order(3)}`, `ev:${order(4)}`]);
    expect(Object.keys(plan.writes).sort()).toEqual([`ev:${order(1)}`, `ev:${order(2)}`]);
    expect(plan.removals).toEqual([`ev:${order(4)}`]);
    expect(plan.leftOut).toEqual([{ key: `ev:${order(4)}`, reason: 'no-room' }]);
    expect(plan.items).toBe(3);
  });

  it('a corrupt remote item is not applied; a local item of the same key replaces it', () => {
    const key = `ev:${order(1)}`;
    const items = new Map([[key, { value: { t: ['a'] }, changedAt: NOW }]]);
    const plan = planPass({
      items,
      ledger: {},
      device: 'devicea1',
      now: NOW,
      stored: { [key]: { at: NOW + 5, by: 'deviceb2', v: { t: ['<img>'] } }, [`ev:${order(2)}`]: 'garbage' },
      limits: SYNC_LIMITS,
    });
    expect(plan.toLocal).toEqual([]);
    expect(plan.writes).toEqual({ [key]: { at: NOW, by: 'devicea1', v: { t: ['a'] } } });
    // The other corrupt item is not ours to remove.
    expect(plan.removals).toEqual([]);
  });
});

describe('write rate', () => {
  const limits = SYNC_LIMITS;
  it('under the limits: now', () => {
    expect(writeAllowedAt([NOW - 1000, NOW - 2000], 2, NOW, limits)).toBe(NOW);
  });

  it('a full minute: when its oldest write leaves the minute', () => {
    const history = Array.from({ length: 120 }, (_, i) => NOW - 59_000 + i * 10);
    expect(writeAllowedAt(history, 1, NOW, limits)).toBe(NOW - 59_000 + 60_000 + 1);
    expect(writeAllowedAt(history, 2, NOW, limits)).toBe(NOW - 59_000 + 10 + 60_000 + 1);
  });

  it('a full hour: when its oldest write leaves the hour', () => {
    const history = Array.from({ length: 1800 }, (_, i) => NOW - 3_500_000 + i * 1000);
    expect(writeAllowedAt(history, 1, NOW, limits)).toBe(NOW - 3_500_000 + 3_600_000 + 1);
  });
});
