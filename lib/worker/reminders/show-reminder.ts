import type { Site } from '../../aliexpress/hosts';
import { appendCaseEvent } from '../../db/case-events';
import type { Db } from '../../db/schema';
import { claimReminder } from '../../db/sent-reminders';
import { renderMessage } from '../../deadlines/format-message';
import type { Translator } from '../../i18n';
import { notificationFor } from '../../reminders/notification';
import { encodeNotificationId } from '../../reminders/notification-id';
import type { Reminder } from '../../reminders/plan';
import type { ReminderBrowser } from './reminder-browser';

/**
 * Shows one due reminder, once: it is recorded as sent first (only the pass that records it shows it), then shown,
 * then written to the case's timeline. Its notification id names the case's page, for the click handler.
 */
export async function showReminder(
  reminder: Reminder,
  site: Site,
  {
    db,
    browser,
    now,
    translator,
    keepUntilSeen,
  }: { db: Db; browser: ReminderBrowser; now: number; translator: Translator; keepUntilSeen: boolean },
): Promise<boolean> {
  const { deadline } = reminder;
  const notifications = browser.notifications;
  if (!notifications) return false;
  if (!(await claimReminder(db, { key: reminder.key, orderId: deadline.orderId, sentAt: now }))) return false;
  const content = notificationFor(reminder, site, now);
  const id = encodeNotificationId({
    site,
    about: deadline.disputeId ? 'dispute' : 'order',
    id: deadline.disputeId ?? deadline.orderId,
    suffix: reminder.key,
  });
  await notifications.create(id, {
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: renderMessage(content.title, translator),
    message: renderMessage(content.body, translator),
    ...(keepUntilSeen && { requireInteraction: true }),
  });
  await appendCaseEvent(db, {
    orderId: deadline.orderId,
    ...(deadline.disputeId && { disputeId: deadline.disputeId }),
    kind: 'reminder-sent',
    at: now,
    key: reminder.type === 'extension' ? 'reminders.event.extension-sent' : 'reminders.event.reminder-sent',
    // `what` is the deadline kind (`reminders.kind.<what>`), `due` the date as the page's zone showed it.
    params: { what: deadline.kind, due: deadline.due.local, late: reminder.late ? 1 : 0 },
  });
  return true;
}
