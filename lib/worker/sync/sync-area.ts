import type { SyncProblem } from '../../sync/sync-state';

/** The part of the browser's sync storage (storage.sync) sync uses; tests pass a fake. */
export interface SyncArea {
  getAll(): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/**
 * What a refused write means. Chrome says which limit in the message (`QUOTA_BYTES quota exceeded`,
 * `MAX_WRITE_OPERATIONS_PER_MINUTE quota exceeded`); Firefox throws a QuotaExceededError.
 */
export function problemOf(error: unknown): SyncProblem {
  const text = error instanceof Error ? `${error.name} ${error.message}` : String(error);
  if (/MAX_WRITE_OPERATIONS|MAX_SUSTAINED_WRITE/i.test(text)) return 'rate';
  if (/QUOTA|MAX_ITEMS/i.test(text)) return 'quota';
  return 'failed';
}
