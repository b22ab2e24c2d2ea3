import type { RecordSummary } from '../lib/model/summaries';
import type { Translator } from '../lib/i18n';

export type RecordsState = { state: 'loading' } | { state: 'error' } | { state: 'ready'; records: RecordSummary[] };

export interface PopupProps {
  records: RecordsState;
  onOpenOptions: () => void;
  i18n: Translator;
}

/** The toolbar popup: the orders and disputes seen on this device, newest first, each a link to its page. */
export function Popup({ records, onOpenOptions, i18n }: PopupProps) {
  const { t } = i18n;
  return (
    <main class="dh-page dh-popup" data-testid="popup">
      <h1 class="dh-page-title">{t('panelTitle')}</h1>
      <h2 class="dh-page-heading">{t('popup.heading')}</h2>
      <RecordList records={records} i18n={i18n} />
      <button class="dh-link-button" type="button" data-testid="open-options" onClick={onOpenOptions}>
        {t('popup.openOptions')}
      </button>
    </main>
  );
}

function RecordList({ records, i18n: { t, formatDate } }: { records: RecordsState; i18n: Translator }) {
  if (records.state === 'loading') return <p role="status">{t('popup.loading')}</p>;
  if (records.state === 'error') {
    return (
      <p class="dh-error" role="alert" data-testid="popup-error">
        {t('popup.error')}
      </p>
    );
  }
  if (records.records.length === 0) {
    return (
      <div data-testid="popup-empty">
        <p class="dh-empty">{t('popup.empty')}</p>
        <p>{t('popup.emptyHint')}</p>
      </div>
    );
  }
  return (
    <ul class="dh-records" data-testid="record-list">
      {records.records.map((record) => {
        const label = (
          <>
            <span class="dh-record-kind">{t(`record.${record.kind}`)}</span>{' '}
            <span class="dh-record-id">{record.id}</span>
          </>
        );
        return (
          <li key={`${record.kind}-${record.id}`} data-testid="record" data-kind={record.kind} data-id={record.id}>
            {record.url ? (
              <a href={record.url} target="_blank" rel="noopener noreferrer">
                {label}
              </a>
            ) : (
              label
            )}
            <span class="dh-record-seen">{t('popup.lastSeen', { date: formatDate(record.lastSeen) })}</span>
          </li>
        );
      })}
    </ul>
  );
}
