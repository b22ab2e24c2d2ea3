import { unwrap, type StoreNames } from 'idb';
import type { Db, DisputeHelperDb } from './schema';

/**
 * The stores a buyer's case is made of: what the popup's dashboard reads, and only these. A write to any of them
 * changes the cases stamp, so whoever keeps something computed from them (the worker keeps the dashboard's cases)
 * can tell in one small read whether it is still current.
 */
export const CASE_STORES = [
  'orders',
  'disputes',
  'orderFacts',
  'disputeFacts',
  'readings',
  'evidenceFiles',
  'evidenceState',
] as const satisfies ReadonlyArray<StoreNames<DisputeHelperDb>>;
const isCaseStore = (name: string) => (CASE_STORES as readonly string[]).includes(name);

/** The settings key of the stamp: a fresh random value after every committed write to CASE_STORES. */
export const CASES_STAMP_KEY = 'casesStamp';

/** The stamp as stored; anything else (missing, corrupt) is no stamp, which nothing computed can match. */
export function asCasesStamp(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= 64 ? value : undefined;
}

/**
 * Makes every read-write transaction of `db` that touches CASE_STORES renew the stamp once it commits, for every
 * caller of this connection (idb's shortcuts such as `db.put` included): the one place where writes are noticed, in
 * every context that opens the database (the worker, the panel's evidence, the options page's restore).
 *
 * Renewed after the commit, in its own transaction, from a listener that runs before any `await tx.done` resumes:
 * whoever learns that the write finished, and then asks, is ordered after the renewal. A reader between the commit
 * and the renewal may pair the new rows with the old stamp; the renewal then makes that pairing miss, never stale.
 * If the renewal fails (a full disk), the stamp is removed, which also never matches. `renewed` is called once the
 * new stamp is stored (the worker then works the dashboard out again ahead of the next popup).
 */
export function renewCasesStampOnWrites(db: Db, renewed?: () => void): Db {
  const raw = unwrap(db);
  const open = raw.transaction.bind(raw);
  // A connection closed for an upgrade by a newer version throws here: that version's worker starts with nothing kept.
  const writeSettings = (write: (settings: IDBObjectStore) => void): IDBTransaction | undefined => {
    try {
      const tx = open('settings', 'readwrite');
      write(tx.objectStore('settings'));
      return tx;
    } catch {
      return undefined;
    }
  };
  const renew = () => {
    const tx = writeSettings((settings) => settings.put(crypto.randomUUID(), CASES_STAMP_KEY));
    tx?.addEventListener('abort', () => writeSettings((settings) => settings.delete(CASES_STAMP_KEY)));
    if (renewed) tx?.addEventListener('complete', renewed);
  };
  // idb calls the raw database's method and wraps what it returns: an own property stands in for the prototype's.
  Object.defineProperty(raw, 'transaction', {
    configurable: true,
    value: (names: string | string[], mode?: IDBTransactionMode, options?: IDBTransactionOptions) => {
      const tx = open(names, mode, options);
      if (mode === 'readwrite' && [names].flat().some(isCaseStore)) {
        tx.addEventListener('complete', renew);
      }
      return tx;
    },
  });
  return db;
}

/** The stamp stored now (one small read). */
export async function readCasesStamp(db: Db): Promise<string | undefined> {
  return asCasesStamp(await db.get('settings', CASES_STAMP_KEY));
}

/**
 * A first stamp where there is none (a new database, or one just wiped). Undefined when one appeared meanwhile: a
 * write renewed it, so what was read before may not hold that write.
 */
export async function addCasesStamp(db: Db): Promise<string | undefined> {
  const stamp = crypto.randomUUID();
  try {
    await db.add('settings', stamp, CASES_STAMP_KEY);
    return stamp;
  } catch {
    return undefined;
  }
}
