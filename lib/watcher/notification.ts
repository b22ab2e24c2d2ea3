import type { Site } from '../aliexpress/hosts';
import { disputeDetailUrl } from '../aliexpress/page-urls';
import type { KeyedMessage } from '../model/keyed-message';
import { md5 } from '../aliexpress/md5';
import type { SellerEvent } from './seller-events';

export interface WatchNotification {
  /**
   * `dh-note|<site>|dispute|<disputeId>|<events hash>`: the click handler reads the page to open from it; stable for
   * the same events, so a repeated check replaces rather than stacks the notification.
   */
  id: string;
  title: KeyedMessage;
  /** One line per event, in the order found; join them with line breaks (basic notifications only). */
  lines: KeyedMessage[];
  url: string;
}

/** The "news from the seller" notification for one check's events; none when there is no news. */
export function watchNotificationFor(
  events: readonly SellerEvent[],
  dispute: { disputeId: string; orderId?: string },
  site: Site,
): WatchNotification | undefined {
  if (!events.length) return undefined;
  const ids = events.map((event) => event.id).join(',');
  return {
    id: watchNotificationId(site, dispute.disputeId, md5(ids).slice(0, 16)),
    title: { key: 'reminders.watch.title', params: { orderId: dispute.orderId ?? dispute.disputeId } },
    lines: events.map(({ key, params }) => ({ key, params })),
    url: disputeDetailUrl(site, dispute.disputeId, dispute.orderId),
  };
}

/** The one notice of a paused watch: the buyer is signed out of AliExpress; the click opens the dispute to sign in. */
export function signedOutNotificationFor(
  dispute: { disputeId: string; orderId?: string },
  site: Site,
): WatchNotification {
  return {
    id: watchNotificationId(site, dispute.disputeId, 'signed-out'),
    title: { key: 'reminders.watch.signed_out_title', params: {} },
    lines: [{ key: 'reminders.watch.signed_out_body', params: { orderId: dispute.orderId ?? dispute.disputeId } }],
    url: disputeDetailUrl(site, dispute.disputeId, dispute.orderId),
  };
}

/** The id of a notification about one dispute; `suffix` tells its notifications apart. */
export function watchNotificationId(site: Site, disputeId: string, suffix: string): string {
  return `dh-note|${site}|dispute|${disputeId}|${suffix}`;
}
