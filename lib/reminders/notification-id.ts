import type { Site } from '../aliexpress/hosts';
import { disputeDetailUrl, orderDetailUrl } from '../aliexpress/page-urls';
import { SITES } from '../model/vocab';

/**
 * Every notification the extension shows (reminders, the seller-reply watcher) is named
 * `dh-note|<site>|<order|dispute>|<id>|<suffix>`, so the one click handler knows from the id alone which AliExpress
 * page to open, even in a worker that was stopped and started again since. The suffix tells notifications about the
 * same case apart; the same suffix again replaces a notification instead of stacking a second one.
 */
export interface NotificationTarget {
  site: Site;
  about: 'order' | 'dispute';
  id: string;
  suffix: string;
}

const PREFIX = 'dh-note';
const ID = /^\d{6,24}$/;
// No `|` (the separator); alarm names (`dh:r:…`) fit, so a reminder's key can be its suffix.
const SUFFIX = /^[A-Za-z0-9._:-]{1,120}$/;

export function encodeNotificationId(target: NotificationTarget): string {
  if (!ID.test(target.id)) throw new Error('not an order or dispute id');
  if (!SUFFIX.test(target.suffix)) throw new Error('not a notification suffix');
  return [PREFIX, target.site, target.about, target.id, target.suffix].join('|');
}

/** The target a notification id names, or null for an id we did not make. */
export function parseNotificationId(notificationId: string): NotificationTarget | null {
  const parts = notificationId.split('|');
  if (parts.length !== 5) return null;
  const [prefix, site, about, id, suffix] = parts as [string, string, string, string, string];
  if (prefix !== PREFIX || !(SITES as readonly string[]).includes(site)) return null;
  if ((about !== 'order' && about !== 'dispute') || !ID.test(id) || !SUFFIX.test(suffix)) return null;
  return { site: site as Site, about, id, suffix };
}

/** The AliExpress page a click opens; for a dispute, its order (when known) is where .ru and .us show it. */
export function pageOfNotification(target: NotificationTarget, disputeOrderId?: string): string {
  return target.about === 'order'
    ? orderDetailUrl(target.site, target.id)
    : disputeDetailUrl(target.site, target.id, disputeOrderId);
}
