import { useCallback, useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type DashboardState } from '../../components/Popup';
import type { Translator } from '../i18n';
import { sendToWorker } from '../messaging/client';

/** The performance mark set once the dashboard is painted: the bench measures the popup's first render up to it. */
export const POPUP_PAINTED_MARK = 'dh:popup-painted';

/** The popup with its data: asks the worker once for the dashboard, in the popup's own time zone. */
export function PopupApp({ i18n }: { i18n: Translator }) {
  const [dashboard, setDashboard] = useState<DashboardState>({ state: 'loading' });
  useEffect(() => {
    const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    void sendToWorker({ type: 'dashboard', timeZone }).then((reply) =>
      setDashboard(reply.ok ? { state: 'ready', ...reply.result } : { state: 'error' }),
    );
  }, []);
  // A frame, then a task: the mark lands after the browser painted what was rendered.
  const onShown = useCallback(() => {
    requestAnimationFrame(() => setTimeout(() => performance.mark(POPUP_PAINTED_MARK), 0));
  }, []);
  return (
    <Popup
      dashboard={dashboard}
      onOpenOptions={() => void browser.runtime.openOptionsPage()}
      i18n={i18n}
      onShown={onShown}
    />
  );
}
