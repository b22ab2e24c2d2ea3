/**
 * The browser's sync storage limits (Chrome's storage.sync constants; Firefox's are the same or looser). Sizes are
 * counted as the browser counts them: the key's length plus the JSON of the value, in UTF-8 bytes.
 */
export interface SyncLimits {
  totalBytes: number;
  itemBytes: number;
  maxItems: number;
  writesPerMinute: number;
  writesPerHour: number;
}

export const SYNC_LIMITS: SyncLimits = {
  totalBytes: 102_400,
  itemBytes: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
};

/** A deletion is remembered this long, so devices that were away can still learn of it; then it makes room. */
export const TOMBSTONE_DAYS = 60;
