import type { BackupProblem } from '../model/backup-problem';
import { CASES_STAMP_KEY } from '../db/cases-stamp';
import { DELETED_AT_KEY } from '../db/settings';
import { z } from '../model/zod';

export type { BackupProblem };

/** What a backup file says it is: anything else is not ours. */
export const BACKUP_FORMAT = 'dispute-helper-backup';
/** The largest backup file read: checked on the file's size before a byte of it is read. */
export const MAX_BACKUP_BYTES = 500 * 1024 * 1024;
/** The most a backup may unpack to (its evidence is stored, not compressed, so this is generous). */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;
/** The entry holding the header and every record; evidence bytes are entries of their own. */
export const BACKUP_JSON = 'backup.json';
export const fileEntry = (id: string) => `files/${id}`;
export const thumbEntry = (id: string) => `thumbs/${id}`;

/**
 * The stores a backup carries, as rows (the settings store as key/value pairs, evidence bytes as ZIP entries). The
 * quarantine is left out: it holds what could not be read, which a backup cannot make readable.
 */
export const ROW_STORES = [
  'orders',
  'disputes',
  'orderFacts',
  'disputeFacts',
  'readings',
  'sentReminders',
  'watches',
  'caseEvents',
  'evidenceFiles',
  'evidenceState',
] as const;
export type RowStore = (typeof ROW_STORES)[number];

/**
 * Settings not carried across: when this browser's data was last deleted is this browser's own fact; the cases stamp
 * marks this database's last write (a restored one would pass old rows for current).
 */
export const LOCAL_SETTINGS: ReadonlySet<string> = new Set([DELETED_AT_KEY, CASES_STAMP_KEY]);

const mime = z.string().check(z.maxLength(100), z.regex(/^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/));
const uuid = z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/));

/** The bytes of one evidence file, named by its id: their content types (the bytes are ZIP entries). */
export const BackupBlob = z.strictObject({
  id: uuid,
  type: z.string().check(z.maxLength(100)),
  thumbType: z.optional(mime),
});
export type BackupBlob = z.infer<typeof BackupBlob>;

/** Just the header, read first: a foreign or newer file is told apart before its records are looked at. */
export const BackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  schemaVersion: z.int().check(z.gte(1)),
  exportedAt: z.int().check(z.gte(0)),
});
export type BackupHeader = z.infer<typeof BackupHeader>;

/** The whole of backup.json. Rows stay unknown here: which shape they must have depends on the version. */
export const BackupDocument = z.strictObject({
  ...BackupHeader.def.shape,
  stores: z.record(z.string().check(z.regex(/^[a-zA-Z]{1,40}$/)), z.array(z.unknown())),
  settings: z.array(z.strictObject({ key: z.string().check(z.minLength(1), z.maxLength(100)), value: z.unknown() })),
  blobs: z.array(BackupBlob),
});
export type BackupDocument = z.infer<typeof BackupDocument>;

/** Everything a backup holds, as the database takes it: rows by store, settings, and each file's bytes. */
export interface BackupContent {
  schemaVersion: number;
  exportedAt: number;
  stores: Partial<Record<RowStore, unknown[]>>;
  settings: Array<{ key: string; value: unknown }>;
  blobs: Array<{ id: string; file: Blob; thumb?: Blob }>;
}

export type BackupResult<T> = { ok: true; value: T } | { ok: false; problem: BackupProblem; detail?: string };
