import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Popup, type RecordsState } from '../../components/Popup';
import type { Translator } from '../i18n';
import { sendToWorker } from '../messaging/client';

/** The popup with its data: asks the worker once for the saved records. */
export function PopupApp({ i18n }: { i18n: Translator }) {
  const [records, setRecords] = useState<RecordsState>({ state: 'loading' });
  useEffect(() => {
    void sendToWorker({ type: 'list-records' }).then((reply) =>
      setRecords(reply.ok ? { state: 'ready', records: reply.result.records } : { state: 'error' }),
    );
  }, []);
  return <Popup records={records} onOpenOptions={() => void browser.runtime.openOptionsPage()} i18n={i18n} />;
}
