import type { Whose } from './deadlines';
import type { PageDate } from './snapshots';
import type { Stage } from './stages';

export const DASHBOARD_FILTERS = ['open', 'soon', 'closed'] as const;
export type DashboardFilter = (typeof DASHBOARD_FILTERS)[number];

/** One line of the popup's dashboard: only what it shows, so a thousand of them cross from the worker at once. */
export interface DashboardRow {
  orderId: string;
  disputeId?: string;
  title?: string;
  imageUrl?: string;
  /** The case's AliExpress page: the open dispute's when there is one, else the order's. */
  url: string;
  stage?: Stage;
  whose: Whose | 'none';
  /**
   * The date that matters now, as the panel's Now card names it. `opens`: the date from which something becomes
   * possible (opening a dispute), not a date that runs out.
   */
  due?: { at: number; local: PageDate; allDay: boolean; estimated: boolean; opens: boolean };
  evidence: { done: number; required: number; started: boolean };
  /** `soon` is also open: the open filter shows it too. */
  state: 'open' | 'soon' | 'closed';
  lastSeen: number;
}
