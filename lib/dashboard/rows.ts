import { disputeDetailUrl, orderDetailUrl } from '../aliexpress/page-urls';
import { isAliExpressUrl, type Site } from '../aliexpress/hosts';
import { caseDeadlines, summariseCase, type CaseFacts } from '../deadlines/case-summary';
import { MS } from '../deadlines/local-time';
import type { OrderEvidence } from '../evidence/order-evidence';
import { OPENING_KINDS, type Deadline } from '../model/deadlines';
import type { DashboardFilter, DashboardRow } from '../model/dashboard';
import type { Stage } from '../model/stages';

/**
 * A case is "closing soon" when the date that matters now (the buyer's or the seller's deadline, the return's, or the
 * end of buyer protection) runs out within this time: three days leave room to gather evidence and answer.
 */
export const CLOSING_SOON_MS = 3 * MS.day;

export { DASHBOARD_FILTERS, type DashboardFilter, type DashboardRow } from '../model/dashboard';

/** One of the buyer's cases as stored: its facts and deadline readings, its pages, its evidence. */
export interface StoredCase extends CaseFacts {
  orderId: string;
  site: Site;
  /** The addresses of the order's and the dispute's pages the buyer opened, as stored. */
  orderUrl?: string;
  disputeUrl?: string;
  lastSeen: number;
  evidence: OrderEvidence;
}

/**
 * Pure: the dashboard line of one case at `now`, in the buyer's time zone; its deadline is the Now card's.
 * `deadlines`: the case's `caseDeadlines` in that zone when already known (the worker keeps them between popups).
 */
export function dashboardRow(
  stored: StoredCase,
  now: number,
  timeZone: string,
  deadlines: Deadline[] = caseDeadlines(stored, timeZone),
): DashboardRow {
  const summary = summariseCase(stored, now, timeZone, deadlines);
  const deadline = summary?.now.deadline;
  const items = stored.order?.facts.items ?? [];
  const titled = items.find((item) => item.title);
  const imageUrl = (titled?.imageUrl ? titled : items.find((item) => item.imageUrl))?.imageUrl;
  const disputeOpen = stored.dispute !== undefined && summary?.stage !== 'closed';
  const whose = summary?.now.whose ?? 'none';
  const { progress, started } = stored.evidence;
  return {
    orderId: stored.orderId,
    ...(stored.dispute && { disputeId: stored.dispute.disputeId }),
    ...(titled?.title && { title: titled.title }),
    ...(imageUrl && { imageUrl }),
    url: disputeOpen ? disputePage(stored) : orderPage(stored),
    ...(summary?.stage && { stage: summary.stage }),
    whose,
    ...(deadline && {
      due: {
        at: deadline.due.at,
        local: deadline.due.local,
        allDay: deadline.due.allDay,
        estimated: deadline.basis === 'estimated',
        opens: OPENING_KINDS.has(deadline.kind),
      },
    }),
    evidence: { done: progress.done, required: progress.required, started },
    state: stateOf(summary?.stage, whose, deadline, now),
    lastSeen: stored.lastSeen,
  };
}

/**
 * Closed: the order or dispute is over, or nothing is left to do and its last date has passed (the protection
 * window closed). Closing soon: the date that matters runs out within CLOSING_SOON_MS; a date from which something
 * becomes possible (opening a dispute, escalating) is no closing.
 */
function stateOf(
  stage: Stage | undefined,
  whose: DashboardRow['whose'],
  deadline: Deadline | undefined,
  now: number,
): DashboardRow['state'] {
  if (stage === 'closed') return 'closed';
  if (!deadline) return 'open';
  const left = deadline.due.at - now;
  if (whose === 'none' && left <= 0) return 'closed';
  if (!OPENING_KINDS.has(deadline.kind) && left > 0 && left <= CLOSING_SOON_MS) return 'soon';
  return 'open';
}

function orderPage(stored: StoredCase): string {
  return stored.orderUrl && isAliExpressUrl(stored.orderUrl)
    ? stored.orderUrl
    : orderDetailUrl(stored.site, stored.orderId);
}

function disputePage(stored: StoredCase): string {
  if (stored.disputeUrl && isAliExpressUrl(stored.disputeUrl)) return stored.disputeUrl;
  return disputeDetailUrl(stored.site, stored.dispute!.disputeId, stored.orderId);
}

/**
 * Nearest deadline first (a passed one first of all: it is overdue); cases without a date after them, the most
 * recently opened first; ties by order id, so the order never wobbles between two looks.
 */
export function sortRows(rows: readonly DashboardRow[]): DashboardRow[] {
  return [...rows].sort(
    (a, b) =>
      (a.due?.at ?? Infinity) - (b.due?.at ?? Infinity) ||
      b.lastSeen - a.lastSeen ||
      (a.orderId < b.orderId ? -1 : a.orderId > b.orderId ? 1 : 0),
  );
}

/** The rows a filter shows: open includes closing soon. */
export function filterRows(rows: readonly DashboardRow[], filter: DashboardFilter): DashboardRow[] {
  if (filter === 'open') return rows.filter((row) => row.state !== 'closed');
  return rows.filter((row) => row.state === filter);
}

/** How many rows each filter shows, for the filter buttons. */
export function countByFilter(rows: readonly DashboardRow[]): Record<DashboardFilter, number> {
  const counts = { open: 0, soon: 0, closed: 0 };
  for (const row of rows) {
    if (row.state === 'closed') counts.closed++;
    else counts.open++;
    if (row.state === 'soon') counts.soon++;
  }
  return counts;
}
