import { isAliExpressImageUrl } from './picture-url';
import { ID_PATTERN, RESOLUTIONS } from './vocab';
import { z } from './zod';

/**
 * What the extension read about an order or a dispute from one page view: every field is optional except the
 * id, because a page shows only part of the story and a field we could not read must stay absent, never guessed.
 * Everything here came from a hostile page, so every string is bounded and plain text.
 */

export const TEXT_LIMITS = { short: 200, title: 500, message: 4000 } as const;

/** Plain text: no control characters, no markup-looking `<tag`, bounded. Parsers produce it with `toPlainText`. */
// eslint-disable-next-line no-control-regex -- rejecting control characters is the point
const CONTROL_CHARACTER = /[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/;
const MARKUP = /<\s*\/?\s*[a-z!]/i;
const plainText = (max: number) =>
  z.string().check(
    z.minLength(1),
    z.maxLength(max),
    z.refine((s) => !CONTROL_CHARACTER.test(s) && !MARKUP.test(s), 'not plain text'),
  );

/** An order, dispute, product or line id. */
export const DigitsId = z.string().check(z.regex(ID_PATTERN));
const storeId = z.string().check(z.regex(/^\d{1,24}$/));

/** A calendar date (`2025-12-17`) or a local date and time (`2025-12-17T18:39`), as the page shows it. */
export const PageDate = z
  .string()
  .check(
    z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(T([01]\d|2[0-3]):[0-5]\d)?$/),
    z.refine(isCalendarDate, 'no such day'),
  );

// Validation runs on every stored date, so this avoids building Date objects (the regex already bounds the parts).
function isCalendarDate(value: string): boolean {
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}
export type PageDate = z.infer<typeof PageDate>;

/** An amount in the currency's major unit (12.5 = 12.50), with an ISO 4217 code. */
export const Money = z.strictObject({
  amount: z.number().check(z.gte(0), z.lte(1e9)),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/)),
});
export type Money = z.infer<typeof Money>;

/** How a snapshot was obtained: the page's own JSON, its markup, its address (ids only), or typed in by the buyer. */
export const SNAPSHOT_SOURCES = ['page-data', 'page-dom', 'page-url', 'manual'] as const;
export const SnapshotSource = z.enum(SNAPSHOT_SOURCES);
export type SnapshotSource = z.infer<typeof SnapshotSource>;

export const ORDER_STATUSES = [
  'awaiting_payment',
  'processing',
  'shipped',
  'delivered',
  'completed',
  'in_dispute',
  'closed',
  'cancelled',
] as const;
export const OrderStatus = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof OrderStatus>;

export const OrderItem = z.strictObject({
  title: z.optional(plainText(TEXT_LIMITS.title)),
  productId: z.optional(DigitsId),
  lineId: z.optional(DigitsId),
  options: z.optional(z.array(plainText(TEXT_LIMITS.short)).check(z.maxLength(20))),
  quantity: z.optional(z.int().check(z.gte(1), z.lte(100_000))),
  price: z.optional(Money),
  /** The item's picture, only from an AliExpress image host (the popup shows it). */
  imageUrl: z.optional(z.string().check(z.refine(isAliExpressImageUrl, 'not an AliExpress picture'))),
});
export type OrderItem = z.infer<typeof OrderItem>;

export const TrackingNumber = z.strictObject({
  number: z.string().check(z.regex(/^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/)),
  carrier: z.optional(plainText(TEXT_LIMITS.short)),
});
export type TrackingNumber = z.infer<typeof TrackingNumber>;

export const OrderSnapshot = z.strictObject({
  orderId: DigitsId,
  source: SnapshotSource,
  /** The endpoint or page route the facts came from, e.g. `mtop.aliexpress.trade.buyer.order.detail`. */
  route: z.optional(plainText(TEXT_LIMITS.short)),
  status: z.optional(OrderStatus),
  statusText: z.optional(plainText(TEXT_LIMITS.short)),
  store: z.optional(z.strictObject({ name: z.optional(plainText(TEXT_LIMITS.short)), id: z.optional(storeId) })),
  items: z.optional(z.array(OrderItem).check(z.maxLength(100))),
  total: z.optional(Money),
  orderedOn: z.optional(PageDate),
  paidOn: z.optional(PageDate),
  shippedOn: z.optional(PageDate),
  deliveredOn: z.optional(PageDate),
  tracking: z.optional(z.array(TrackingNumber).check(z.maxLength(20))),
  /** The last day of buyer protection, or the "refund if no delivery before" date, as the page states it. */
  protectionEndsOn: z.optional(PageDate),
});
export type OrderSnapshot = z.infer<typeof OrderSnapshot>;

export const DISPUTE_STATUSES = [
  'awaiting_seller',
  'awaiting_buyer',
  'under_review',
  'awaiting_return',
  'refunded',
  'closed',
  'cancelled',
] as const;
export const DisputeStatus = z.enum(DISPUTE_STATUSES);
/** A dispute in one of these states is over: nothing more will happen in it. */
export const FINISHED_DISPUTE_STATUSES: ReadonlySet<string> = new Set(['refunded', 'closed', 'cancelled']);
export type DisputeStatus = z.infer<typeof DisputeStatus>;

export const PARTIES = ['buyer', 'seller', 'platform'] as const;
export const Party = z.enum(PARTIES);
export type Party = z.infer<typeof Party>;

export const Resolution = z.enum(RESOLUTIONS);
export type Resolution = z.infer<typeof Resolution>;

export const HistoryEntry = z.strictObject({
  actor: z.optional(Party),
  at: z.optional(PageDate),
  action: z.optional(plainText(TEXT_LIMITS.short)),
  text: z.optional(plainText(TEXT_LIMITS.message)),
  amount: z.optional(Money),
});
export type HistoryEntry = z.infer<typeof HistoryEntry>;

export const DisputeSnapshot = z.strictObject({
  disputeId: DigitsId,
  orderId: z.optional(DigitsId),
  source: SnapshotSource,
  route: z.optional(plainText(TEXT_LIMITS.short)),
  reason: z.optional(plainText(TEXT_LIMITS.short)),
  resolution: z.optional(Resolution),
  requestedAmount: z.optional(Money),
  status: z.optional(DisputeStatus),
  statusText: z.optional(plainText(TEXT_LIMITS.short)),
  /** Who has to act next, when the page says so. */
  awaiting: z.optional(Party),
  /** The deadline the page shows for the current step. */
  deadline: z.optional(z.strictObject({ on: PageDate, text: z.optional(plainText(TEXT_LIMITS.short)) })),
  openedOn: z.optional(PageDate),
  history: z.optional(z.array(HistoryEntry).check(z.maxLength(500))),
});
export type DisputeSnapshot = z.infer<typeof DisputeSnapshot>;

/** Everything one page view yielded: any number of orders (a list page) and disputes. */
export interface PageSnapshots {
  orders: OrderSnapshot[];
  disputes: DisputeSnapshot[];
}
