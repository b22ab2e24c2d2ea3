import { useCallback, useEffect, useState } from 'preact/hooks';
import type { LeadStatus } from '../../../components/options/LeadTimes';
import { sendToWorker } from '../../messaging/client';
import type { NotificationChoices, WatchInterval } from '../../model/preferences';
import type { ReminderSettings } from '../../model/reminder-settings';
import { addLead, customLeadMinutes, removeLead, withLeads, type LeadChange } from '../../reminders/lead-times';

/**
 * The options page's settings as the worker keeps them: each change is sent at once and what the worker stored is
 * shown (so a refused change never looks saved). `reload` reads them all again (after a restore).
 */
export function useSettings() {
  const [reminders, setReminders] = useState<ReminderSettings>();
  const [leadStatus, setLeadStatus] = useState<LeadStatus>();
  const [choices, setChoices] = useState<NotificationChoices>();
  const [choicesFailed, setChoicesFailed] = useState(false);
  const [interval, setWatchInterval] = useState<WatchInterval>();
  const [watcherOff, setWatcherOff] = useState<boolean>();

  const reload = useCallback(() => {
    void sendToWorker({ type: 'reminder-settings' }).then((reply) => reply.ok && setReminders(reply.result));
    void sendToWorker({ type: 'notification-settings' }).then((reply) => reply.ok && setChoices(reply.result));
    void sendToWorker({ type: 'watch-interval' }).then((reply) => reply.ok && setWatchInterval(reply.result.minutes));
    void sendToWorker({ type: 'watcher-setting' }).then((reply) => reply.ok && setWatcherOff(reply.result.off));
  }, []);
  useEffect(reload, [reload]);

  const changeLeads = useCallback(
    async (leads: number[]) => {
      if (!reminders) return;
      const reply = await sendToWorker({ type: 'reminder-settings', settings: withLeads(reminders, leads) });
      if (reply.ok) setReminders(reply.result);
      setLeadStatus(reply.ok ? 'saved' : 'failed');
    },
    [reminders],
  );

  /** The editor's rules first (lib/reminders/lead-times.ts): a refused change says why and sends nothing. */
  const leads = reminders?.leadMinutes;
  const applyLeads = useCallback(
    (change: LeadChange) => {
      if (change.ok) void changeLeads(change.leads);
      else setLeadStatus(change.error);
      return change.ok;
    },
    [changeLeads],
  );
  const addPreset = useCallback((minutes: number) => leads && applyLeads(addLead(leads, minutes)), [leads, applyLeads]);
  const addOwn = useCallback(
    (amount: string, unit: 'hours' | 'days') => {
      if (!leads) return false;
      const minutes = customLeadMinutes(amount, unit);
      return applyLeads(minutes === undefined ? { ok: false, error: 'out-of-range' } : addLead(leads, minutes));
    },
    [leads, applyLeads],
  );
  const remove = useCallback((minutes: number) => leads && applyLeads(removeLead(leads, minutes)), [leads, applyLeads]);

  const changeChoices = useCallback(async (next: NotificationChoices) => {
    const reply = await sendToWorker({ type: 'notification-settings', choices: next });
    if (reply.ok) setChoices(reply.result);
    setChoicesFailed(!reply.ok);
  }, []);

  const changeInterval = useCallback(async (minutes: WatchInterval) => {
    const reply = await sendToWorker({ type: 'watch-interval', minutes });
    if (reply.ok) setWatchInterval(reply.result.minutes);
  }, []);

  const switchWatcher = useCallback(async (off: boolean) => {
    const reply = await sendToWorker({ type: 'watcher-setting', off });
    if (reply.ok) setWatcherOff(reply.result.off);
  }, []);

  return {
    leads,
    leadStatus,
    addPreset,
    addOwn,
    remove,
    choices,
    choicesFailed,
    changeChoices,
    interval,
    changeInterval,
    watcherOff,
    switchWatcher,
    reload,
  };
}
