import type { MessageType } from '../../messaging/protocol';

/**
 * Messages after which something sync shares may have changed here: typed dates, synced settings (the panel's
 * checklist says so itself: `sync-changed`). A setting added to lib/sync/synced-settings.ts adds the message that changes it here.
 */
const CHANGES_SYNCED_DATA: ReadonlySet<MessageType> = new Set(['manual-facts', 'reminder-settings', 'watcher-setting']);

export function changesSyncedData(message: unknown): boolean {
  const type = (message as { type?: unknown } | null)?.type;
  return typeof type === 'string' && CHANGES_SYNCED_DATA.has(type as MessageType);
}
