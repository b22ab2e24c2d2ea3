import { describe, expect, it } from 'vitest';
import { SENT_REMINDER_KEPT_MS, claimReminder, readSentKeys } from '../../../lib/db/sent-reminders';
import { NOW, useTestWorker } from '../support/worker-env';

const worker = useTestWorker('sent-reminders-test');
const ORDER_ID = '8190000123456789';

describe('reminders shown', () => {
  it('a key is claimed once: the second claim, from this worker or another, loses', async () => {
    const reminder = { key: 'dh:r:protection_end:8190000123456789:-:180:1', orderId: ORDER_ID, sentAt: NOW };
    expect(await claimReminder(await worker().db(), reminder)).toBe(true);
    expect(await claimReminder(await worker().db(), { ...reminder, sentAt: NOW + 1 })).toBe(false);
    expect(await readSentKeys(await worker().db())).toEqual(new Set([reminder.key]));
  });

  it('records of reminders shown long ago go; recent ones stay', async () => {
    const db = await worker().db();
    await claimReminder(db, { key: 'old', orderId: ORDER_ID, sentAt: NOW - SENT_REMINDER_KEPT_MS - 1 });
    await claimReminder(db, { key: 'recent', orderId: ORDER_ID, sentAt: NOW - SENT_REMINDER_KEPT_MS + 1 });
    await claimReminder(db, { key: 'new', orderId: ORDER_ID, sentAt: NOW });
    expect(await readSentKeys(db)).toEqual(new Set(['recent', 'new']));
  });

  it('an invalid record is refused, never stored', async () => {
    const db = await worker().db();
    await expect(claimReminder(db, { key: '', orderId: ORDER_ID, sentAt: NOW })).rejects.toThrow();
    expect(await readSentKeys(db)).toEqual(new Set());
  });
});
