import { useEffect } from 'preact/hooks';
import type { DashboardRow } from '../lib/dashboard/rows';
import type { Translator } from '../lib/i18n';
import { Dashboard } from './Dashboard';
import { startPageFor } from '../lib/dashboard/start-page';

export type DashboardState =
  { state: 'loading' } | { state: 'error' } | { state: 'ready'; rows: readonly DashboardRow[]; now: number };

export interface PopupProps {
  dashboard: DashboardState;
  onOpenOptions: () => void;
  i18n: Translator;
  /** Called once the rows (or the empty state) are on screen: the popup's first-render measure. */
  onShown?: () => void;
}

/** The toolbar popup: the buyer's cases, nearest deadline first, each a link to its AliExpress page. */
export function Popup({ dashboard, onOpenOptions, i18n, onShown }: PopupProps) {
  const { t } = i18n;
  return (
    <main class="dh-page dh-popup" data-testid="popup">
      <h1 class="dh-page-title">{t('panelTitle')}</h1>
      <Body dashboard={dashboard} i18n={i18n} onShown={onShown} />
      <button class="dh-link-button" type="button" data-testid="open-options" onClick={onOpenOptions}>
        {t('popup.openOptions')}
      </button>
    </main>
  );
}

function Body({ dashboard, i18n, onShown }: Pick<PopupProps, 'dashboard' | 'i18n' | 'onShown'>) {
  const { t } = i18n;
  if (dashboard.state === 'loading') return <p role="status">{t('popup.loading')}</p>;
  if (dashboard.state === 'error') {
    return (
      <p class="dh-error" role="alert" data-testid="popup-error">
        {t('popup.error')}
      </p>
    );
  }
  if (dashboard.rows.length === 0) return <Empty i18n={i18n} onShown={onShown} />;
  return <Dashboard rows={dashboard.rows} now={dashboard.now} i18n={i18n} onShown={onShown} />;
}

/** How to start: the panel appears on the AliExpress orders page, and what is opened there is listed here. */
function Empty({ i18n: { t, language }, onShown }: { i18n: Translator; onShown?: () => void }) {
  useEffect(() => onShown?.(), [onShown]);
  return (
    <div class="dh-dashboard-empty" data-testid="popup-empty">
      <p class="dh-empty">{t('dashboard.empty')}</p>
      <p>{t('dashboard.emptyHint')}</p>
      <a
        class="dh-button"
        data-testid="open-orders"
        href={startPageFor(language)}
        target="_blank"
        rel="noopener noreferrer"
      >
        {t('dashboard.openOrders')}
      </a>
    </div>
  );
}
