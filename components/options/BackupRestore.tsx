import { formatBytes } from '../../lib/i18n/bytes';
import type { Translator } from '../../lib/i18n';
import type { BackupProblem } from '../../lib/model/backup-problem';

/** `tooBig`: the file came out larger than a restore reads, so the buyer is told before relying on it. */
export type BackupState =
  { state: 'idle' | 'preparing' | 'failed' } | { state: 'ready'; name: string; tooBig: boolean };
export type RestoreState = { state: 'idle' | 'restoring' | 'restored' } | { state: 'failed'; problem: BackupProblem };

export interface BackupRestoreProps {
  backup: BackupState;
  restore: RestoreState;
  onBackup: () => void;
  onRestore: (file: File) => void;
  /** The largest file a restore reads, in bytes. */
  limitBytes: number;
  i18n: Translator;
}

const PROBLEM_KEYS = {
  'too-big': 'options.restoreTooBig',
  'not-backup': 'options.restoreNotBackup',
  damaged: 'options.restoreDamaged',
  newer: 'options.restoreNewer',
  'write-failed': 'options.restoreWriteFailed',
} as const;

/** "Download a backup" and "Restore from a backup file", each with a line saying how it went. */
export function BackupRestore({ backup, restore, onBackup, onRestore, limitBytes, i18n }: BackupRestoreProps) {
  const { t, language } = i18n;
  const limit = formatBytes(limitBytes, language);
  const busy = backup.state === 'preparing' || restore.state === 'restoring';
  return (
    <>
      <p>{t('options.backupExplain')}</p>
      <button type="button" class="dh-button" data-testid="backup-download" disabled={busy} onClick={onBackup}>
        {backup.state === 'preparing' ? t('options.backupPreparing') : t('options.backupButton')}
      </button>
      <p role="status" data-testid="backup-status" data-state={backup.state}>
        {backup.state === 'ready' && t('options.backupReady', { name: backup.name })}
        {backup.state === 'ready' && backup.tooBig && (
          <span class="dh-warning" data-testid="backup-too-big">
            {' '}
            {t('options.backupTooBig', { limit })}
          </span>
        )}
        {backup.state === 'failed' && <span class="dh-error">{t('options.backupFailed')}</span>}
      </p>
      <label class="dh-restore">
        {t('options.restoreLabel')}{' '}
        <input
          type="file"
          accept=".zip,application/zip"
          data-testid="restore-input"
          disabled={busy}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared, so that choosing the same file again is a new choice.
            event.currentTarget.value = '';
            if (file) onRestore(file);
          }}
        />
      </label>
      <p>{t('options.restoreExplain', { limit })}</p>
      <p
        role="status"
        data-testid="restore-status"
        data-state={restore.state}
        data-tone={restore.state === 'restored' ? 'ok' : restore.state === 'failed' ? 'error' : undefined}
      >
        {restore.state === 'restoring' && t('options.restoring')}
        {restore.state === 'restored' && t('options.restored')}
        {restore.state === 'failed' && <span class="dh-error">{t(PROBLEM_KEYS[restore.problem], { limit })}</span>}
      </p>
    </>
  );
}
