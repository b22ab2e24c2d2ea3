import type { Party, TrackingNumber } from '../../model/snapshots';

/**
 * What the content script reads from the markup: snapshot-shaped, but every value that needs parsing (dates,
 * money, statuses, the protection promise) stays the page's plain text, so the parsers run in the worker
 * (`finishDomDrafts`) instead of weighing on the content script. Cheap, already plain values (ids, titles, store,
 * quantities, tracking numbers) are as in the snapshots. Every string is plain text, bounded by `toPlainText`.
 */
export interface DomDrafts {
  orders: OrderTextDraft[];
  disputes: DisputeTextDraft[];
}

export interface OrderTextDraft {
  orderId: string;
  route?: string;
  statusText?: string;
  /** A status code the markup holds besides the text (legacy `tbody[data-status]`), tried before the text. */
  statusCode?: string;
  store?: { name?: string; id?: string };
  items?: OrderItemTextDraft[];
  totalText?: string;
  orderedOnText?: string;
  paidOnText?: string;
  shippedOnText?: string;
  tracking?: TrackingNumber[];
  /** The buyer-protection promise from its phrase on ("Refund if no delivery before Feb 14, 2026"). */
  protectionText?: string;
  /** How the page writes prices that show no currency or an ambiguous separator (.ru: RUB with ","). */
  priceFormat?: PriceFormat;
}

export interface PriceFormat {
  currency: string;
  decimal: ',' | '.';
}

export interface OrderItemTextDraft {
  title?: string;
  productId?: string;
  options?: string[];
  quantity?: number;
  priceText?: string;
}

export interface DisputeTextDraft {
  disputeId: string;
  orderId?: string;
  route?: string;
  reason?: string;
  statusText?: string;
  /** The countdown or deadline line, kept as the deadline's text and read for its date. */
  deadlineText?: string;
  history?: HistoryEntryTextDraft[];
}

/** A history line; its amount is read from `text` in the worker. */
export interface HistoryEntryTextDraft {
  actor?: Party;
  action?: string;
  atText?: string;
  text?: string;
}
