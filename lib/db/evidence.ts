import type { ProblemKind } from '../model/problem-kinds';
import {
  EVIDENCE_ITEM_ID,
  EvidenceFileMeta,
  EvidenceState,
  sanitiseEvidenceName,
  type EvidenceBlobRecord,
} from './evidence-records';
import type { Db } from './schema';

/**
 * Why a write of the buyer's evidence did not happen. Whatever the reason, nothing of it was stored: each write is one
 * transaction, so the database stays as it was.
 */
export type EvidenceWriteError = 'quota' | 'too-big' | 'broken-db' | 'not-found';
export type EvidenceResult<T extends object = object> = ({ ok: true } & T) | { ok: false; error: EvidenceWriteError };

/**
 * The largest file this store takes, whatever its kind: a last guard against a runaway write. The file checks'
 * table sets the real limits per kind, well below this.
 */
export const MAX_EVIDENCE_FILE_BYTES = 512 * 1024 * 1024;
/** A thumbnail is a small preview; anything larger is not one. */
export const MAX_THUMB_BYTES = 256 * 1024;

/** Above this share of the quota, a bare `AbortError` is taken for a full disk (Chrome's way of saying so). */
const NEARLY_FULL = 0.9;

/**
 * Stores one file and its thumbnail under a new random id, metadata and bytes in ONE transaction: a quota error or an
 * abort leaves neither behind. Everything slow (size checks, the storage estimate, validation) happens before the
 * transaction opens, and nothing else is awaited inside it. Metadata that does not validate is a caller's bug and
 * throws.
 */
export async function addEvidenceFile(
  db: Db,
  meta: Omit<EvidenceFileMeta, 'id' | 'addedAt'>,
  file: Blob,
  thumb?: Blob,
  now = Date.now(),
): Promise<EvidenceResult<{ meta: EvidenceFileMeta }>> {
  const stored = EvidenceFileMeta.parse({
    ...meta,
    id: crypto.randomUUID(),
    name: sanitiseEvidenceName(meta.name),
    // The bytes are the truth about the size, whatever the caller measured.
    size: file.size,
    addedAt: now,
  });
  const bytes = file.size + (thumb?.size ?? 0);
  if (file.size > MAX_EVIDENCE_FILE_BYTES || (thumb?.size ?? 0) > MAX_THUMB_BYTES) return failed('too-big');
  const room = await storageUse();
  if (room && room.quota > 0 && room.used + bytes > room.quota) return failed('quota');
  const record: EvidenceBlobRecord = { id: stored.id, file, ...(thumb && { thumb }) };
  try {
    const tx = db.transaction(['evidenceFiles', 'evidenceBlobs'], 'readwrite');
    await inTransaction(tx, (track) => {
      track(tx.objectStore('evidenceFiles').add(stored));
      track(tx.objectStore('evidenceBlobs').add(record));
    });
    return { ok: true, meta: stored };
  } catch (error) {
    return failed(await writeErrorOf(error, bytes));
  }
}

/**
 * An order's files, oldest first. Rows that no longer validate are skipped, never thrown; a database that cannot be
 * read rejects, so the panel can say so instead of showing the buyer an empty list.
 */
export async function listEvidenceFiles(db: Db, orderId: string): Promise<EvidenceFileMeta[]> {
  const rows: unknown[] = await db.getAllFromIndex('evidenceFiles', 'orderId', orderId);
  return rows
    .flatMap((row) => {
      const parsed = EvidenceFileMeta.safeParse(row);
      return parsed.success ? [parsed.data] : [];
    })
    .sort((a, b) => a.addedAt - b.addedAt);
}

/** The bytes of one file and its thumbnail, for the panel to show or open; undefined when missing or corrupt. */
export async function readEvidenceBlob(db: Db, id: string): Promise<{ file: Blob; thumb?: Blob } | undefined> {
  const row: unknown = await db.get('evidenceBlobs', id);
  if (!row || typeof row !== 'object') return undefined;
  const { file, thumb } = row as Partial<Record<string, unknown>>;
  if (!(file instanceof Blob)) return undefined;
  return { file, ...(thumb instanceof Blob && { thumb }) };
}

/** Gives a file another name (sanitised like a new one's). */
export function renameEvidenceFile(db: Db, id: string, name: string) {
  return updateMeta(db, id, { name: sanitiseEvidenceName(name) });
}

/** Attaches a file to another checklist item of the same order. */
export async function moveEvidenceFile(db: Db, id: string, itemId: string) {
  if (!EVIDENCE_ITEM_ID.test(itemId)) throw new TypeError('not a checklist item id');
  return updateMeta(db, id, { itemId });
}

async function updateMeta(
  db: Db,
  id: string,
  change: Partial<Pick<EvidenceFileMeta, 'name' | 'itemId'>>,
): Promise<EvidenceResult<{ meta: EvidenceFileMeta }>> {
  try {
    const tx = db.transaction('evidenceFiles', 'readwrite');
    return await inTransaction(tx, async (track) => {
      const known = EvidenceFileMeta.safeParse(await tx.store.get(id));
      if (!known.success) return failed('not-found');
      const meta = EvidenceFileMeta.parse({ ...known.data, ...change });
      track(tx.store.put(meta));
      return { ok: true as const, meta };
    });
  } catch (error) {
    return failed(await writeErrorOf(error, 0));
  }
}

/** Deletes one file: its metadata and its bytes together. */
export async function deleteEvidenceFile(db: Db, id: string): Promise<EvidenceResult> {
  try {
    const tx = db.transaction(['evidenceFiles', 'evidenceBlobs'], 'readwrite');
    const files = tx.objectStore('evidenceFiles');
    const blobs = tx.objectStore('evidenceBlobs');
    return await inTransaction(tx, async (track) => {
      const [metaCount, blobCount] = await Promise.all([files.count(id), blobs.count(id)]);
      if (!metaCount && !blobCount) return failed('not-found');
      track(files.delete(id));
      track(blobs.delete(id));
      return { ok: true as const };
    });
  } catch (error) {
    return failed(await writeErrorOf(error, 0));
  }
}

/** Deletes every file of one checklist item of an order, and answers how many went. */
export function deleteItemEvidence(db: Db, orderId: string, itemId: string) {
  return deleteFilesOf(db, orderId, (row) => row.itemId === itemId, false);
}

/** Deletes every file of an order and its checklist state, and answers how many files went. */
export function deleteOrderEvidence(db: Db, orderId: string) {
  return deleteFilesOf(db, orderId, () => true, true);
}

async function deleteFilesOf(
  db: Db,
  orderId: string,
  matches: (row: Partial<Record<string, unknown>>) => boolean,
  withState: boolean,
): Promise<EvidenceResult<{ deleted: number }>> {
  try {
    const tx = db.transaction(['evidenceFiles', 'evidenceBlobs', 'evidenceState'], 'readwrite');
    const blobs = tx.objectStore('evidenceBlobs');
    return await inTransaction(tx, async (track) => {
      let deleted = 0;
      // Rows are matched raw, not validated: a corrupt row of this order goes too, with its bytes.
      for (let cursor = await tx.objectStore('evidenceFiles').index('orderId').openCursor(orderId); cursor;) {
        if (matches(cursor.value as Partial<Record<string, unknown>>)) {
          track(blobs.delete(cursor.primaryKey));
          track(cursor.delete());
          deleted++;
        }
        cursor = await cursor.continue();
      }
      if (withState) track(tx.objectStore('evidenceState').delete(orderId));
      return { ok: true as const, deleted };
    });
  } catch (error) {
    return failed(await writeErrorOf(error, 0));
  }
}

/** How many valid files each checklist item of an order has, from metadata only (no bytes are read). */
export async function evidenceCounts(db: Db, orderId: string): Promise<Record<string, number>> {
  const counts: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const file of await listEvidenceFiles(db, orderId)) counts[file.itemId] = (counts[file.itemId] ?? 0) + 1;
  return counts;
}

/** The checklist state of an order; undefined when the buyer has not touched it yet or the row no longer validates. */
export async function readEvidenceState(db: Db, orderId: string): Promise<EvidenceState | undefined> {
  const parsed = EvidenceState.safeParse(await db.get('evidenceState', orderId));
  return parsed.success ? parsed.data : undefined;
}

/**
 * Changes the checklist state of an order in one short transaction. `problem: null` forgets the buyer's pick (the
 * dispute reason decides again); `ticked` replaces the list of items marked done. Ids that do not validate are a
 * caller's bug and throw, before anything is written.
 */
export async function writeEvidenceState(
  db: Db,
  orderId: string,
  patch: { problem?: ProblemKind | null; ticked?: readonly string[] },
  now = Date.now(),
): Promise<EvidenceResult<{ state: EvidenceState }>> {
  const ticked = patch.ticked && [...new Set(patch.ticked)];
  EvidenceState.parse({
    orderId,
    ticked: ticked ?? [],
    ...(patch.problem && { problem: patch.problem }),
    updatedAt: now,
  });
  try {
    const tx = db.transaction('evidenceState', 'readwrite');
    return await inTransaction(tx, async (track) => {
      const known = EvidenceState.safeParse(await tx.store.get(orderId));
      const problem = patch.problem === undefined ? (known.success ? known.data.problem : undefined) : patch.problem;
      const state = EvidenceState.parse({
        orderId,
        ...(problem && { problem }),
        ticked: ticked ?? (known.success ? known.data.ticked : []),
        updatedAt: now,
      });
      track(tx.store.put(state));
      return { ok: true as const, state };
    });
  } catch (error) {
    return failed(await writeErrorOf(error, 0));
  }
}

/** Space the extension's storage uses and may use, in bytes; undefined where the browser does not say. */
export async function storageUse(): Promise<{ used: number; quota: number } | undefined> {
  try {
    const estimate = await globalThis.navigator?.storage?.estimate?.();
    if (!estimate || typeof estimate.quota !== 'number') return undefined;
    return { used: estimate.usage ?? 0, quota: estimate.quota };
  } catch {
    return undefined;
  }
}

/**
 * Asks the browser to keep the extension's storage under pressure (best effort; Chrome decides by itself, Firefox
 * already keeps extension storage). Only a page can ask, not the worker: the panel frame calls this.
 */
export async function askPersistentStorage(): Promise<boolean> {
  try {
    const storage = globalThis.navigator?.storage;
    if (!storage?.persist) return false;
    return (await storage.persisted?.()) === true || (await storage.persist());
  } catch {
    return false;
  }
}

const failed = (error: EvidenceWriteError) => ({ ok: false as const, error });

type AnyTransaction = { done: Promise<void>; abort(): void };
type Track = (request: Promise<unknown>) => void;

/**
 * Runs one transaction's work and waits for every request it issued and for the commit, so no rejection goes unheard.
 * When anything fails, even a request that throws before it is issued, the transaction is aborted: the requests that
 * did succeed are rolled back with it.
 */
async function inTransaction<T>(tx: AnyTransaction, work: (track: Track) => Promise<T> | T): Promise<T> {
  const pending: Promise<unknown>[] = [];
  const track: Track = (request) => {
    request.catch(() => undefined);
    pending.push(request);
  };
  track(tx.done);
  try {
    const result = await work(track);
    await Promise.all(pending);
    return result;
  } catch (error) {
    try {
      tx.abort();
    } catch {
      // Already aborted or finished: a failed transaction commits nothing.
    }
    throw error;
  }
}

/** Names what went wrong for the buyer: the disk is full, or the database is in trouble. */
async function writeErrorOf(error: unknown, bytes: number): Promise<EvidenceWriteError> {
  const name = error && typeof error === 'object' && 'name' in error ? error.name : undefined;
  if (name === 'QuotaExceededError') return 'quota';
  // Chrome near its quota aborts the transaction without naming the quota.
  if (name === 'AbortError') {
    const room = await storageUse();
    if (room && room.quota > 0 && (room.used + bytes > room.quota || room.used >= room.quota * NEARLY_FULL))
      return 'quota';
  }
  return 'broken-db';
}
