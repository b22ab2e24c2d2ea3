import { strToU8, zipSync, type Zippable } from 'fflate';
import { BACKUP_FORMAT, BACKUP_JSON, fileEntry, thumbEntry, type BackupDocument, type RowStore } from './format';

/** One evidence file's bytes as read from the database, ready to be packed. */
export interface PackedBlob {
  id: string;
  type: string;
  bytes: Uint8Array;
  thumb?: { type: string; bytes: Uint8Array };
}

export interface BackupSnapshot {
  schemaVersion: number;
  exportedAt: number;
  stores: Partial<Record<RowStore, unknown[]>>;
  settings: Array<{ key: string; value: unknown }>;
  blobs: PackedBlob[];
}

/**
 * The backup file: a ZIP whose `backup.json` holds the header and every record, and whose `files/<id>` and
 * `thumbs/<id>` hold the evidence bytes as they were. Photos and videos are compressed already, so they are stored
 * as they are; only the JSON is deflated. Timeline lines lose their database number: a restore numbers them anew.
 */
export function encodeBackup(snapshot: BackupSnapshot): Uint8Array {
  const document: BackupDocument = {
    format: BACKUP_FORMAT,
    schemaVersion: snapshot.schemaVersion,
    exportedAt: snapshot.exportedAt,
    stores: {
      ...snapshot.stores,
      ...(snapshot.stores.caseEvents && { caseEvents: snapshot.stores.caseEvents.map(withoutSeq) }),
    },
    settings: snapshot.settings,
    blobs: snapshot.blobs.map(({ id, type, thumb }) => ({ id, type, ...(thumb && { thumbType: thumb.type }) })),
  };
  const entries: Zippable = { [BACKUP_JSON]: [strToU8(JSON.stringify(document)), { level: 6 }] };
  for (const blob of snapshot.blobs) {
    entries[fileEntry(blob.id)] = [blob.bytes, { level: 0 }];
    if (blob.thumb) entries[thumbEntry(blob.id)] = [blob.thumb.bytes, { level: 0 }];
  }
  return zipSync(entries);
}

function withoutSeq(row: unknown): unknown {
  if (typeof row !== 'object' || row === null) return row;
  const { seq: _seq, ...rest } = row as Record<string, unknown>;
  return rest;
}

/** The file name the buyer sees in their downloads: the product and the day, in local time. */
export function backupFileName(at: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `dispute-helper-backup-${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}.zip`;
}
