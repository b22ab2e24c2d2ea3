import { strFromU8, unzipSync } from 'fflate';
import {
  BACKUP_FORMAT,
  BACKUP_JSON,
  BackupDocument,
  BackupHeader,
  fileEntry,
  MAX_UNPACKED_BYTES,
  ROW_STORES,
  thumbEntry,
  type BackupContent,
  type BackupResult,
  type RowStore,
} from './format';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const ENTRY_NAME = /^(?:backup\.json|(?:files|thumbs)\/[0-9a-f-]{36})$/;

const fail = (problem: 'not-backup' | 'damaged' | 'newer' | 'too-big', detail?: string) =>
  ({ ok: false, problem, ...(detail && { detail }) }) as const;

/**
 * Reads a backup file's bytes into what the database takes, checking everything that can be checked without the
 * database: it is a ZIP, it unpacks to a sane size, its header says it is ours and not from a newer version, its
 * document has the expected shape, and every file it lists has its bytes. The rows themselves are checked after
 * migration (validate.ts), against the schema of the version they then have.
 */
export function decodeBackup(bytes: Uint8Array, currentVersion: number): BackupResult<BackupContent> {
  if (bytes.length < ZIP_MAGIC.length || ZIP_MAGIC.some((byte, at) => bytes[at] !== byte)) return fail('not-backup');
  let unpacked = 0;
  let foreignEntry: string | undefined;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      // Sizes are checked from the ZIP's directory before anything is inflated.
      filter: (entry) => {
        if (entry.name.endsWith('/')) return false;
        if (!ENTRY_NAME.test(entry.name)) foreignEntry ??= entry.name;
        unpacked += entry.originalSize;
        return foreignEntry === undefined && unpacked <= MAX_UNPACKED_BYTES;
      },
    });
  } catch {
    return fail('damaged', 'zip');
  }
  if (unpacked > MAX_UNPACKED_BYTES) return fail('too-big');
  const json = entries[BACKUP_JSON];
  if (!json) return fail('not-backup');
  if (foreignEntry !== undefined) return fail('damaged', foreignEntry);

  let raw: unknown;
  try {
    raw = JSON.parse(strFromU8(json));
  } catch {
    return fail('damaged', 'json');
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BACKUP_FORMAT)
    return fail('not-backup');
  const header = BackupHeader.safeParse(raw);
  if (!header.success) return fail('damaged', 'header');
  if (header.data.schemaVersion > currentVersion) return fail('newer');
  const document = BackupDocument.safeParse(raw);
  if (!document.success) return fail('damaged', 'document');

  const stores: Partial<Record<RowStore, unknown[]>> = {};
  for (const [name, rows] of Object.entries(document.data.stores)) {
    if (!(ROW_STORES as readonly string[]).includes(name)) return fail('damaged', name);
    stores[name as RowStore] = rows;
  }
  const blobs: BackupContent['blobs'] = [];
  for (const { id, type, thumbType } of document.data.blobs) {
    const file = entries[fileEntry(id)];
    const thumb = entries[thumbEntry(id)];
    if (!file || (thumbType !== undefined && !thumb)) return fail('damaged', `bytes of ${id}`);
    blobs.push({
      id,
      file: new Blob([file as Uint8Array<ArrayBuffer>], { type }),
      ...(thumb &&
        thumbType !== undefined && { thumb: new Blob([thumb as Uint8Array<ArrayBuffer>], { type: thumbType }) }),
    });
  }
  const { schemaVersion, exportedAt, settings } = document.data;
  return { ok: true, value: { schemaVersion, exportedAt, stores, settings, blobs } };
}
