import type { PageKind } from '../pages/page-kind';
import type { Site } from './vocab';

/** How often and since when the buyer has opened an order or dispute page. */
export interface VisitSummary {
  firstSeen: number;
  visits: number;
}

/** An order or dispute as the popup lists it. `url` is present only when it is an AliExpress page. */
export interface RecordSummary {
  kind: 'order' | 'dispute';
  id: string;
  site: Site;
  pageKind: PageKind;
  lastSeen: number;
  url?: string;
}

/** How many records each store holds, for the options page. */
export interface StoredCounts {
  orders: number;
  disputes: number;
  quarantine: number;
}

/** What the list badge says about an order's dispute. */
export type DisputeState = 'open' | 'closed' | 'none';
