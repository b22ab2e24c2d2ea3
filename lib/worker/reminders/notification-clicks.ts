import { DisputeFacts } from '../../model/facts';
import { pageOfNotification, parseNotificationId } from '../../reminders/notification-id';
import type { ReminderContext } from './reminder-browser';

/**
 * The one click handler for every notification of ours (reminders and the seller-reply watcher): it opens the case's
 * AliExpress page in a new tab and clears the notification. Ids it did not make are left alone. Returns the address
 * opened, if any.
 */
export async function openNotificationPage(
  notificationId: string,
  { browser, db }: Pick<ReminderContext, 'browser' | 'db'>,
): Promise<string | undefined> {
  const target = parseNotificationId(notificationId);
  if (!target) return undefined;
  // On .ru and .us a dispute is shown on its order's page: find which order that is.
  let orderId: string | undefined;
  if (target.about === 'dispute') {
    const dispute = DisputeFacts.safeParse(await (await db()).get('disputeFacts', target.id));
    orderId = dispute.success ? dispute.data.orderId : undefined;
  }
  const url = pageOfNotification(target, orderId);
  await browser.tabs.create({ url });
  await browser.notifications?.clear(notificationId);
  return url;
}
