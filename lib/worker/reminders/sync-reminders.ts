import { readNotificationChoices } from '../../db/preferences';
import { readSentKeys } from '../../db/sent-reminders';
import { pickLanguage, translatorFor } from '../../i18n';
import { TICK_ALARM, TICK_PERIOD_MINUTES } from '../../reminders/alarm-names';
import { planReminders } from '../../reminders/plan';
import { reconcileAlarms } from '../../reminders/reconcile';
import { REMINDER_STRINGS } from '../../reminders/strings';
import { readOpenCases } from './open-cases';
import type { ReminderContext } from './reminder-browser';
import { readReminderSettings } from './settings';
import { showReminder } from './show-reminder';

export interface SyncOutcome {
  alarms: number;
  created: number;
  cleared: number;
  shown: number;
  /**
   * False while the buyer has not allowed notifications, or turned reminders off on the options page: due reminders
   * wait, unrecorded; once allowed again, the latest one of each deadline still ahead shows, flagged late.
   */
  notify: boolean;
}

/**
 * One reminder pass, rebuilt from the database alone: the alarms the plan wants are created (same name, same time:
 * nothing changes), ours that it no longer wants are cleared, the periodic tick is ensured, and each reminder due
 * now is shown once. Safe to run at any moment and any number of times; a worker stopped midway loses nothing the
 * next pass does not redo.
 */
export async function syncReminders(context: ReminderContext): Promise<SyncOutcome> {
  const { browser } = context;
  const db = await context.db();
  const now = context.now();
  const cases = await readOpenCases(db, context.timeZone());
  const plan = planReminders({
    deadlines: cases.deadlines,
    settings: await readReminderSettings(db),
    sent: await readSentKeys(db),
    now,
    movingOrderIds: cases.movingOrderIds,
  });

  const existing = await browser.alarms.getAll();
  const { create, clear } = reconcileAlarms(existing, plan.alarms);
  for (const name of clear) await browser.alarms.clear(name);
  for (const alarm of create) await browser.alarms.create(alarm.name, { when: alarm.when });
  // The tick catches up after sleep or a cleared alarm; created once, so its period is never restarted.
  if (!existing.some((alarm) => alarm.name === TICK_ALARM))
    await browser.alarms.create(TICK_ALARM, { periodInMinutes: TICK_PERIOD_MINUTES });

  const notify =
    browser.notifications !== undefined &&
    (await readNotificationChoices(db)).reminders &&
    (await browser.permissions.contains({ permissions: ['notifications'] }));
  let shown = 0;
  if (notify && plan.due.length) {
    const language = pickLanguage(context.languages());
    // The reminders bundle alone: the panel's strings stay out of the worker.
    const translator = translatorFor(language, REMINDER_STRINGS[language], REMINDER_STRINGS.en);
    for (const reminder of plan.due) {
      // A case always has a site once a page of it was stored; the global site is the fallback of older records.
      const site = cases.siteOf.get(reminder.deadline.orderId) ?? 'global';
      if (await showReminder(reminder, site, { db, browser, now, translator, keepUntilSeen: context.keepUntilSeen }))
        shown++;
    }
  }
  return { alarms: plan.alarms.length, created: create.length, cleared: clear.length, shown, notify };
}
