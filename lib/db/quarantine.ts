import type { IDBPTransaction, StoreNames } from 'idb';
import type { DisputeHelperDb } from './schema';

type SafeParse<T> = (value: unknown) => { success: true; data: T } | { success: false; error: { message: string } };
type RecordStore = Exclude<StoreNames<DisputeHelperDb>, 'quarantine'>;

/**
 * Reads one record and validates it. A record that fails validation is moved to the quarantine store (in a
 * read-write transaction that includes it) so it is kept for diagnosis but never read as valid again.
 */
export async function readValidated<T, S extends RecordStore>(
  tx: IDBPTransaction<DisputeHelperDb, Array<S | 'quarantine'>, 'readwrite' | 'readonly'>,
  store: S,
  key: string,
  parse: SafeParse<T>,
  now: number,
): Promise<T | undefined> {
  const raw: unknown = await tx.objectStore(store).get(key);
  if (raw === undefined) return undefined;
  const parsed = parse(raw);
  if (parsed.success) return parsed.data;
  if (tx.mode === 'readwrite' && tx.objectStoreNames.contains('quarantine')) {
    const writable = tx as IDBPTransaction<DisputeHelperDb, Array<S | 'quarantine'>, 'readwrite'>;
    const reason = parsed.error.message.slice(0, 2000);
    await writable.objectStore('quarantine').add({ store, key, value: raw, reason, at: now });
    await writable.objectStore(store).delete(key);
  }
  return undefined;
}
