import { SentReminder } from './case-records';
import type { Db } from './schema';

/**
 * A reminder's deadline is past long before this: its record no longer prevents anything and goes. (Buyer
 * protection runs at most 90 days and a dispute's steps a few weeks.)
 */
export const SENT_REMINDER_KEPT_MS = 180 * 24 * 3_600_000;

/** The keys of every reminder already shown. */
export async function readSentKeys(db: Db): Promise<Set<string>> {
  return new Set((await db.getAllKeys('sentReminders')).map(String));
}

/**
 * Records a reminder as shown, unless it already is: true when this call recorded it, so only that caller shows it.
 * The read and the write share one transaction, so two passes running at once (a start and an alarm) cannot both
 * win. Recording comes before showing: a worker stopped in between loses one reminder rather than showing it twice.
 */
export async function claimReminder(db: Db, reminder: SentReminder): Promise<boolean> {
  const valid = SentReminder.parse(reminder);
  const tx = db.transaction('sentReminders', 'readwrite');
  const claimed = (await tx.store.getKey(valid.key)) === undefined;
  if (claimed) await tx.store.put(valid);
  let cursor = await tx.store.openCursor();
  for (; cursor; cursor = await cursor.continue()) {
    const row = SentReminder.safeParse(cursor.value);
    if (!row.success || valid.sentAt - row.data.sentAt > SENT_REMINDER_KEPT_MS) await cursor.delete();
  }
  await tx.done;
  return claimed;
}
