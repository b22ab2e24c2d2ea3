import { useCallback, useEffect, useState } from 'preact/hooks';
import { Options, type CountsState, type DeletionState } from '../../components/Options';
import type { Translator } from '../i18n';
import { sendToWorker } from '../messaging/client';

/** The options page with its data: the stored counts, and the two-step deletion through the worker. */
export function OptionsApp({ i18n }: { i18n: Translator }) {
  const [counts, setCounts] = useState<CountsState>({ state: 'loading' });
  const [deletion, setDeletion] = useState<DeletionState>('idle');
  const [watcherOff, setWatcherOff] = useState<boolean>();

  useEffect(() => {
    void sendToWorker({ type: 'count-stored-data' }).then((reply) =>
      setCounts(reply.ok ? { state: 'ready', counts: reply.result } : { state: 'error' }),
    );
    void sendToWorker({ type: 'watcher-setting' }).then((reply) => reply.ok && setWatcherOff(reply.result.off));
  }, []);

  const switchWatcher = useCallback(async (off: boolean) => {
    const reply = await sendToWorker({ type: 'watcher-setting', off });
    if (reply.ok) setWatcherOff(reply.result.off);
  }, []);

  const confirm = useCallback(async () => {
    setDeletion('deleting');
    const reply = await sendToWorker({ type: 'delete-all-data', confirmed: true });
    if (reply.ok) setCounts({ state: 'ready', counts: reply.result });
    setDeletion(reply.ok ? 'deleted' : 'failed');
  }, []);

  return (
    <Options
      counts={counts}
      deletion={deletion}
      onDeleteRequest={() => setDeletion('confirming')}
      onDeleteConfirm={() => void confirm()}
      onDeleteCancel={() => setDeletion('idle')}
      {...(watcherOff !== undefined && { watcherOff })}
      onWatcherOff={(off) => void switchWatcher(off)}
      i18n={i18n}
    />
  );
}
