import type { Site } from '../aliexpress/hosts';
import { disputeDetailUrl, orderDetailUrl } from '../aliexpress/page-urls';
import { estimatedKey } from '../deadlines/now';
import type { KeyedMessage } from '../model/keyed-message';
import type { Reminder } from './plan';

export interface NotificationContent {
  /** The notification id: the reminder key, so showing it twice replaces rather than stacks. */
  id: string;
  title: KeyedMessage;
  body: KeyedMessage;
  /** The page a click opens. */
  url: string;
}

const HOUR = 3_600_000;

/** What a reminder notification says (keys and values for the reminders bundle) and where a click goes. */
export function notificationFor(reminder: Reminder, site: Site, now: number): NotificationContent {
  const { deadline } = reminder;
  const url = deadline.disputeId
    ? disputeDetailUrl(site, deadline.disputeId, deadline.orderId)
    : orderDetailUrl(site, deadline.orderId);
  const common = {
    orderId: deadline.orderId,
    due: { type: 'due' as const, due: deadline.due },
    estimated: { type: 'key' as const, key: estimatedKey(deadline) },
  };
  if (reminder.type === 'extension')
    return {
      id: reminder.key,
      title: { key: 'reminders.notify.extension.title', params: { orderId: deadline.orderId } },
      body: { key: 'reminders.notify.extension.body', params: common },
      url,
    };
  const hoursLeft = Math.max(1, Math.round((deadline.due.at - now) / HOUR));
  const left =
    hoursLeft >= 48
      ? { type: 'plural' as const, base: 'reminders.left.days', count: Math.floor(hoursLeft / 24) }
      : { type: 'plural' as const, base: 'reminders.left.hours', count: hoursLeft };
  return {
    id: reminder.key,
    title: {
      key: 'reminders.notify.title',
      params: { orderId: deadline.orderId, what: { type: 'key', key: `reminders.kind.${deadline.kind}` } },
    },
    body: { key: reminder.late ? 'reminders.notify.body_late' : 'reminders.notify.body', params: { ...common, left } },
    url,
  };
}
