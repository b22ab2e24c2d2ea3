import type { DisputeSnapshot, OrderSnapshot, PageSnapshots } from '../model/snapshots';
import { FINISHED_DISPUTE_STATUSES } from '../model/snapshots';
import type { DetectedPage } from '../pages/detect-page';

/**
 * What a page report may teach us. Any script in an AliExpress page can forge what the observer posts and change
 * what the markup says, so a report is believed only about the page's own ids: the order or dispute in its address,
 * or, on a list, the orders whose cards the content script found. Facts that would end a case or move a deadline
 * (a finished dispute, a new dispute deadline, a new protection end) count only on that order's or dispute's own
 * page, where a forgery would have to fool the buyer looking at it too.
 */
export function keepOwnFacts(
  page: DetectedPage,
  snapshots: PageSnapshots,
  listedOrderIds: readonly string[] = [],
): PageSnapshots {
  const listed = new Set(listedOrderIds);
  const ownOrder = (orderId: string | undefined) =>
    orderId !== undefined && (orderId === page.orderId || (isList(page) && listed.has(orderId)));
  const disputeOrder = (dispute: DisputeSnapshot) =>
    dispute.orderId ?? snapshots.disputes.find((d) => d.disputeId === page.disputeId)?.orderId;

  const disputes = snapshots.disputes
    .filter((dispute) =>
      page.disputeId ? dispute.disputeId === page.disputeId : page.kind === 'dispute-list' || ownOrder(dispute.orderId),
    )
    .map((dispute) => (dispute.disputeId === page.disputeId ? dispute : withoutCaseEnding(dispute)));
  const pageDisputeOrder = disputes.map(disputeOrder).find((orderId) => orderId !== undefined);
  const orders = snapshots.orders
    .filter((order) => ownOrder(order.orderId) || (page.disputeId !== undefined && order.orderId === pageDisputeOrder))
    .map((order) => (order.orderId === page.orderId ? order : withoutDeadline(order)));
  return { orders, disputes };
}

function isList(page: DetectedPage): boolean {
  return page.kind === 'order-list' || page.kind === 'dispute-list';
}

function withoutCaseEnding(dispute: DisputeSnapshot): DisputeSnapshot {
  const { deadline, ...rest } = dispute;
  if (!rest.status || !FINISHED_DISPUTE_STATUSES.has(rest.status)) return rest;
  const { status, statusText, ...open } = rest;
  return open;
}

function withoutDeadline(order: OrderSnapshot): OrderSnapshot {
  const { protectionEndsOn, ...rest } = order;
  return rest;
}
