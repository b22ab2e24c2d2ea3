import { useCallback, useEffect, useState } from 'preact/hooks';
import { BackupRestore } from '../../components/options/BackupRestore';
import { LeadTimes } from '../../components/options/LeadTimes';
import { NotificationSwitches } from '../../components/options/NotificationSwitches';
import { StorageUsed } from '../../components/options/StorageUsed';
import { Options, type CountsState, type DeletionState } from '../../components/Options';
import { MAX_BACKUP_BYTES } from '../backup/format';
import type { Translator } from '../i18n';
import { LEAD_PRESETS } from '../reminders/lead-times';
import { sendToWorker } from '../messaging/client';
import { useBackup } from './options/use-backup';
import { useSettings } from './options/use-settings';

/** The options page with its data: counts and room used, settings, backup and restore, and deleting everything. */
export function OptionsApp({ i18n }: { i18n: Translator }) {
  const [counts, setCounts] = useState<CountsState>({ state: 'loading' });
  const [deletion, setDeletion] = useState<DeletionState>('idle');
  const settings = useSettings();

  const count = useCallback(() => {
    void sendToWorker({ type: 'count-stored-data' }).then((reply) =>
      setCounts(reply.ok ? { state: 'ready', counts: reply.result } : { state: 'error' }),
    );
  }, []);
  useEffect(count, [count]);

  const { reload } = settings;
  const backup = useBackup(
    useCallback(() => {
      count();
      reload();
    }, [count, reload]),
  );

  const { measure } = backup;
  const confirm = useCallback(async () => {
    setDeletion('deleting');
    const reply = await sendToWorker({ type: 'delete-all-data', confirmed: true });
    if (reply.ok) setCounts({ state: 'ready', counts: reply.result });
    setDeletion(reply.ok ? 'deleted' : 'failed');
    reload();
    measure();
  }, [reload, measure]);

  return (
    <Options
      counts={counts}
      deletion={deletion}
      onDeleteRequest={() => setDeletion('confirming')}
      onDeleteConfirm={() => void confirm()}
      onDeleteCancel={() => setDeletion('idle')}
      {...(settings.watcherOff !== undefined && { watcherOff: settings.watcherOff })}
      onWatcherOff={(off) => void settings.switchWatcher(off)}
      {...(settings.interval !== undefined && { watchInterval: settings.interval })}
      onWatchInterval={(minutes) => void settings.changeInterval(minutes)}
      storage={<StorageUsed estimate={backup.estimate} i18n={i18n} />}
      settings={
        <>
          <LeadTimes
            leads={settings.leads}
            presets={LEAD_PRESETS}
            status={settings.leadStatus}
            onAdd={settings.addPreset}
            onAddOwn={settings.addOwn}
            onRemove={settings.remove}
            i18n={i18n}
          />
          <NotificationSwitches
            choices={settings.choices}
            failed={settings.choicesFailed}
            onChange={(choices) => void settings.changeChoices(choices)}
            i18n={i18n}
          />
        </>
      }
      backup={
        <BackupRestore
          backup={backup.backup}
          restore={backup.restore}
          onBackup={() => void backup.download()}
          onRestore={(file) => void backup.restoreFile(file)}
          limitBytes={MAX_BACKUP_BYTES}
          i18n={i18n}
        />
      }
      i18n={i18n}
    />
  );
}
