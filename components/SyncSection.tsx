import type { Translator } from '../lib/i18n';
import { useSyncSwitch, type SyncSwitch } from '../lib/messaging/sync-switch';
import { parseItemKey } from '../lib/sync/item-key';

/** Sync across the buyer's browsers on the options page: the switch, and where sync stands. */
export function SyncSection({ i18n }: { i18n: Translator }) {
  return <SyncSectionView sync={useSyncSwitch()} i18n={i18n} />;
}

export function SyncSectionView({ sync, i18n }: { sync: SyncSwitch; i18n: Translator }) {
  const { t } = i18n;
  const on = sync.view?.on === true;
  return (
    <section aria-labelledby="sync-heading" data-testid="sync" data-state={on ? 'on' : 'off'}>
      <h2 id="sync-heading" class="dh-page-heading">
        {t('sync.heading')}
      </h2>
      <p>{t('sync.explain')}</p>
      <button
        type="button"
        class="dh-button"
        data-testid="sync-toggle"
        aria-pressed={on}
        disabled={!sync.view || sync.busy}
        onClick={sync.toggle}
      >
        {t(on ? 'sync.turnOff' : 'sync.turnOn')}
      </button>
      <SyncStatusLines sync={sync} i18n={i18n} />
    </section>
  );
}

function SyncStatusLines({ sync, i18n }: { sync: SyncSwitch; i18n: Translator }) {
  const { t, plural, formatDate } = i18n;
  if (!sync.view?.on) {
    return (
      <div data-testid="sync-status" role="status">
        <p>{t(sync.denied ? 'sync.denied' : 'sync.off')}</p>
      </div>
    );
  }
  const { status } = sync.view;
  return (
    <div data-testid="sync-status" role="status">
      <p>
        {t('sync.on')}{' '}
        {status.lastSyncedAt === undefined
          ? t('sync.notYet')
          : t('sync.lastSynced', { when: formatDate(status.lastSyncedAt) })}{' '}
        <span data-testid="sync-items" data-count={status.items}>
          {plural('sync.items', status.items)}
        </span>
      </p>
      {status.problem && (
        <p class="dh-error" role="alert" data-testid="sync-problem" data-problem={status.problem}>
          {t(`sync.problem.${status.problem}`, { when: formatDate(status.retryAt ?? Date.now()) })}
        </p>
      )}
      {status.leftOutCount > 0 && (
        <div data-testid="sync-left-out" data-count={status.leftOutCount}>
          <p>{plural('sync.leftOut', status.leftOutCount)}</p>
          <ul>
            {status.leftOut.map(({ key, reason }) => (
              <li key={key}>
                {describeItem(key, t)} ({t(`sync.reason.${reason}`)})
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function describeItem(key: string, t: Translator['t']): string {
  const item = parseItemKey(key);
  if (item?.kind === 'evidence') return t('sync.item.evidence', { orderId: item.orderId });
  if (item?.kind === 'manual-facts') return t('sync.item.manualFacts', { orderId: item.orderId });
  return t('sync.item.setting');
}
