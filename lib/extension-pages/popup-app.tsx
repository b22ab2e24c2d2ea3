import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type DashboardState } from '../../components/Popup';
import type { Translator } from '../i18n';
import { sendToWorker } from '../messaging/client';

/** The performance mark set once the dashboard is painted: the bench measures the popup's first render up to it. */
export const POPUP_PAINTED_MARK = 'dh:popup-painted';

/**
 * Asks the worker for the dashboard, in the popup's own time zone. Called as the popup's script starts, before
 * anything renders: the worker works while the page sets itself up.
 */
export function requestDashboard(): Promise<DashboardState> {
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return sendToWorker({ type: 'dashboard', timeZone }).then((reply) =>
    reply.ok ? { state: 'ready', ...reply.result } : { state: 'error' },
  );
}

/** The popup with its data: the dashboard asked for once, by requestDashboard. */
export function PopupApp({ i18n, dashboard }: { i18n: Translator; dashboard: Promise<DashboardState> }) {
  const [shown, setShown] = useState<DashboardState>({ state: 'loading' });
  useEffect(() => void dashboard.then(setShown), [dashboard]);
  // A frame, then a task: the mark lands after the browser painted what was rendered.
  const onShown = useCallback(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark(POPUP_PAINTED_MARK), 0));
  }, []);
  return (
    <Popup
      dashboard={shown}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      i18n={i18n}
      onShown={onShown}
    />
  );
}
