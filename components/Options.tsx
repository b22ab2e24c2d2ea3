import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { WATCH_INTERVALS, type WatchInterval } from '../lib/model/preferences';
import type { StoredCounts } from '../lib/model/summaries';
import type { Translator } from '../lib/i18n';
import { SyncSection } from './SyncSection';

export type CountsState = { state: 'loading' } | { state: 'error' } | { state: 'ready'; counts: StoredCounts };
export type DeletionState = 'idle' | 'confirming' | 'deleting' | 'deleted' | 'failed';

export interface OptionsProps {
  counts: CountsState;
  deletion: DeletionState;
  onDeleteRequest: () => void;
  onDeleteConfirm: () => void;
  onDeleteCancel: () => void;
  /** "Never check for seller replies"; undefined until the worker answered. */
  watcherOff?: boolean;
  onWatcherOff: (off: boolean) => void;
  /** The watcher's least interval in minutes; undefined until the worker answered. */
  watchInterval?: WatchInterval;
  onWatchInterval?: (minutes: WatchInterval) => void;
  /** The parts with their own state: storage used, the settings (lead times, notifications), backup and restore. */
  storage?: ComponentChildren;
  settings?: ComponentChildren;
  backup?: ComponentChildren;
  i18n: Translator;
}

/**
 * The options page: what is stored and the room it takes, the settings, the privacy statement, backup and restore,
 * and "Delete all my data" behind a confirmation.
 */
export function Options(props: OptionsProps) {
  const { counts, i18n } = props;
  const { t, plural } = i18n;
  return (
    <main class="dh-page dh-options" data-testid="options">
      <h1 class="dh-page-title">{t('options.title')}</h1>

      <section aria-labelledby="stored-heading">
        <h2 id="stored-heading" class="dh-page-heading">
          {t('options.storedHeading')}
        </h2>
        {counts.state === 'loading' && <p role="status">{t('options.loading')}</p>}
        {counts.state === 'error' && (
          <p class="dh-error" role="alert">
            {t('options.loadError')}
          </p>
        )}
        {counts.state === 'ready' && (
          <ul class="dh-counts" data-testid="stored-counts">
            <li data-testid="count-orders" data-count={counts.counts.orders}>
              {plural('options.orders', counts.counts.orders)}
            </li>
            <li data-testid="count-disputes" data-count={counts.counts.disputes}>
              {plural('options.disputes', counts.counts.disputes)}
            </li>
            <li data-testid="count-order-facts" data-count={counts.counts.orderFacts}>
              {plural('options.orderFacts', counts.counts.orderFacts)}
            </li>
            <li data-testid="count-dispute-facts" data-count={counts.counts.disputeFacts}>
              {plural('options.disputeFacts', counts.counts.disputeFacts)}
            </li>
            <li data-testid="count-evidence-files" data-count={counts.counts.evidenceFiles}>
              {plural('options.evidenceFiles', counts.counts.evidenceFiles)}
            </li>
            {counts.counts.quarantine > 0 && (
              <li data-testid="count-quarantine" data-count={counts.counts.quarantine}>
                {plural('options.quarantine', counts.counts.quarantine)}
              </li>
            )}
          </ul>
        )}
        <p>{t('options.storedNote')}</p>
      </section>

      {props.storage && (
        <section aria-labelledby="storage-heading">
          <h2 id="storage-heading" class="dh-page-heading">
            {t('options.storageHeading')}
          </h2>
          {props.storage}
        </section>
      )}

      {props.settings && (
        <section aria-labelledby="settings-heading" class="dh-settings">
          <h2 id="settings-heading" class="dh-page-heading">
            {t('options.settingsHeading')}
          </h2>
          {props.settings}
        </section>
      )}

      <section aria-labelledby="watch-heading">
        <h2 id="watch-heading" class="dh-page-heading">
          {t('options.watchHeading')}
        </h2>
        <p>{t('options.watchExplain')}</p>
        <label>
          <input
            type="checkbox"
            data-testid="watcher-off"
            checked={props.watcherOff === true}
            disabled={props.watcherOff === undefined}
            onChange={(event) => props.onWatcherOff(event.currentTarget.checked)}
          />{' '}
          {t('options.watchOff')}
        </label>
        {props.onWatchInterval && <IntervalChoice {...props} />}
      </section>

      <section aria-labelledby="privacy-heading">
        <h2 id="privacy-heading" class="dh-page-heading">
          {t('options.privacyHeading')}
        </h2>
        <div data-testid="privacy-statement">
          <p>{t('options.privacyText')}</p>
          <p>{t('options.privacyStored')}</p>
          <p>{t('options.privacyRequests')}</p>
          <p>{t('options.privacyShared')}</p>
        </div>
      </section>

      {props.backup && (
        <section aria-labelledby="backup-heading">
          <h2 id="backup-heading" class="dh-page-heading">
            {t('options.backupHeading')}
          </h2>
          {props.backup}
        </section>
      )}

      <section aria-labelledby="delete-heading">
        <h2 id="delete-heading" class="dh-page-heading">
          {t('options.deleteHeading')}
        </h2>
        <p>{t('options.deleteExplain')}</p>
        <DeleteControls {...props} />
      </section>

      <SyncSection i18n={i18n} />
    </main>
  );
}

const INTERVAL_KEYS = {
  30: 'options.interval30',
  60: 'options.interval60',
  120: 'options.interval120',
  360: 'options.interval360',
} as const;

/** How often, at most, the watcher looks at one dispute: never more than once in 30 minutes (reliability P14). */
function IntervalChoice({ watchInterval, watcherOff, onWatchInterval, i18n: { t } }: OptionsProps) {
  return (
    <p>
      <label>
        {t('options.intervalLabel')}{' '}
        <select
          data-testid="watcher-interval"
          value={watchInterval ?? ''}
          disabled={watchInterval === undefined || watcherOff === true}
          onChange={(event) => {
            const minutes = WATCH_INTERVALS.find((choice) => String(choice) === event.currentTarget.value);
            if (minutes) onWatchInterval?.(minutes);
          }}
        >
          {WATCH_INTERVALS.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t(INTERVAL_KEYS[minutes])}
            </option>
          ))}
        </select>
      </label>
      <br />
      <span class="dh-hint">{t('options.intervalExplain')}</span>
    </p>
  );
}

function DeleteControls({ deletion, onDeleteRequest, onDeleteConfirm, onDeleteCancel, i18n: { t } }: OptionsProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  const requestRef = useRef<HTMLButtonElement>(null);
  const previous = useRef(deletion);
  useEffect(() => {
    // Keyboard focus follows the step: onto the safe choice when asked, back to the button when cancelled.
    if (deletion === 'confirming') cancelRef.current?.focus();
    if (deletion === 'idle' && previous.current === 'confirming') requestRef.current?.focus();
    previous.current = deletion;
  }, [deletion]);

  if (deletion === 'confirming' || deletion === 'deleting') {
    const busy = deletion === 'deleting';
    return (
      <div class="dh-confirm" role="group" aria-labelledby="delete-question" data-testid="delete-confirmation">
        <p id="delete-question" class="dh-warning">
          {t('options.deleteQuestion')}
        </p>
        <button
          class="dh-button dh-danger"
          type="button"
          data-testid="delete-confirm"
          disabled={busy}
          onClick={onDeleteConfirm}
        >
          {busy ? t('options.deleting') : t('options.deleteConfirm')}
        </button>{' '}
        <button
          ref={cancelRef}
          class="dh-button"
          type="button"
          data-testid="delete-cancel"
          disabled={busy}
          onClick={onDeleteCancel}
        >
          {t('options.deleteCancel')}
        </button>
      </div>
    );
  }
  return (
    <>
      <button
        ref={requestRef}
        class="dh-button dh-danger"
        type="button"
        data-testid="delete-all"
        onClick={onDeleteRequest}
      >
        {t('options.deleteButton')}
      </button>
      <p role="status" data-testid="delete-result" data-state={deletion}>
        {deletion === 'deleted' && t('options.deleted')}
        {deletion === 'failed' && <span class="dh-error">{t('options.deleteFailed')}</span>}
      </p>
    </>
  );
}
