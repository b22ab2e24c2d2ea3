import { DisputeWatch } from './case-records';
import type { Db } from './schema';

/** The buyer's "never check for seller replies" setting, kept with the other small settings. */
export const WATCHER_OFF_KEY = 'watcherOff';

/** One dispute's watch, or undefined when there is none or it no longer validates (then it is never replayed). */
export async function readWatch(db: Db, disputeId: string): Promise<DisputeWatch | undefined> {
  const parsed = DisputeWatch.safeParse(await db.get('watches', disputeId));
  return parsed.success ? parsed.data : undefined;
}

/** Every valid watch; invalid rows are skipped, never replayed. */
export async function readAllWatches(db: Db): Promise<DisputeWatch[]> {
  const rows: unknown[] = await db.getAll('watches');
  return rows.flatMap((row) => {
    const parsed = DisputeWatch.safeParse(row);
    return parsed.success ? [parsed.data] : [];
  });
}

export async function writeWatch(db: Db, watch: DisputeWatch): Promise<void> {
  await db.put('watches', DisputeWatch.parse(watch));
}

export async function readWatcherOff(db: Db): Promise<boolean> {
  return (await db.get('settings', WATCHER_OFF_KEY)) === true;
}

export async function writeWatcherOff(db: Db, off: boolean): Promise<void> {
  await db.put('settings', off, WATCHER_OFF_KEY);
}
