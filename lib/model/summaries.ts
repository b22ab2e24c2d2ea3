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
  /** Orders and disputes whose pages the buyer opened. */
  orders: number;
  disputes: number;
  /** Orders and disputes the pages told us about, opened or not (a list shows many). */
  orderFacts: number;
  disputeFacts: number;
  /** Records kept aside because they no longer read correctly. */
  quarantine: number;
  /** The buyer's evidence files (photos, videos, documents). */
  evidenceFiles: number;
}

/**
 * What the list badge says about an order: its dispute waits for the buyer (`action`), is open or closed, or its
 * protection ends within a week while the parcel is on its way (`ending`). `none`: nothing to say, no badge.
 */
export type DisputeState = 'action' | 'open' | 'closed' | 'ending' | 'none';
