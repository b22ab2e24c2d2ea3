import { formatBytes } from '../../lib/i18n/bytes';
import type { Translator } from '../../lib/i18n';

/** `null`: the browser gave no estimate; undefined: still asking. */
export type StorageEstimate = { used: number; quota: number } | null | undefined;

/** How much room the extension's data takes in this browser, and how much is left. */
export function StorageUsed({ estimate, i18n: { t, language } }: { estimate: StorageEstimate; i18n: Translator }) {
  if (estimate === undefined) return null;
  if (estimate === null)
    return (
      <p data-testid="storage-used" data-state="unknown">
        {t('options.storageUnknown')}
      </p>
    );
  const available = Math.max(estimate.quota - estimate.used, 0);
  return (
    <p data-testid="storage-used" data-state="known" data-used={estimate.used} data-available={available}>
      {t('options.storageUsed', {
        used: formatBytes(estimate.used, language),
        available: formatBytes(available, language),
      })}
    </p>
  );
}
