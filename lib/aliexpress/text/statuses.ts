import type { DisputeStatus, OrderStatus, Party } from '../../model/snapshots';

/**
 * AliExpress status vocabularies mapped to ours. Sources: ../shared/docs/aliexpress-pages-and-disputes.md §3.1
 * (order status codes, list `orderStatus` 8/9), Part 2 A1 (`reverseStatus` filter values), A3 (case-page texts),
 * A5 (solution and return sub-flow statuses, issue statuses); EN card texts from the real order-list capture.
 * Russian texts are the site's usual wording (§4.1 and the .ru fixtures); unknown text maps to nothing, so the
 * caller keeps the text and leaves the status absent.
 */
const ORDER_CODES: Record<string, OrderStatus> = {
  WAIT_BUYER_PAY: 'awaiting_payment',
  PLACE_ORDER_SUCCESS: 'awaiting_payment',
  WAIT_SELLER_SEND_GOODS: 'processing',
  WAIT_SELLER_EXAMINE_MONEY: 'processing',
  RISK_CONTROL: 'processing',
  FUND_PROCESSING: 'processing',
  IN_FROZEN: 'processing',
  SELLER_PART_SEND_GOODS: 'shipped',
  WAIT_BUYER_ACCEPT_GOODS: 'shipped',
  WAIT_BUYER_CONFIRM_GOODS: 'shipped',
  IN_ISSUE: 'in_dispute',
  FINISH: 'completed',
  IN_CANCEL: 'cancelled',
  '8': 'shipped',
  '9': 'completed',
};

/** Phrases in the order-status text, most specific first; matched as substrings of the normalised text. */
const ORDER_PHRASES: ReadonlyArray<[string, OrderStatus]> = [
  ['awaiting payment', 'awaiting_payment'],
  ['to pay', 'awaiting_payment'],
  ['unpaid', 'awaiting_payment'],
  ['ожидает оплаты', 'awaiting_payment'],
  ['in dispute', 'in_dispute'],
  ['dispute in progress', 'in_dispute'],
  ['спор открыт', 'in_dispute'],
  ['открыт спор', 'in_dispute'],
  ['идет спор', 'in_dispute'],
  ['awaiting shipment', 'processing'],
  ['awaiting dispatch', 'processing'],
  ['to ship', 'processing'],
  ['processing', 'processing'],
  ['ожидает отправки', 'processing'],
  ['в обработке', 'processing'],
  ['обрабатывается', 'processing'],
  ['awaiting delivery', 'shipped'],
  ['awaiting receipt', 'shipped'],
  ['in transit', 'shipped'],
  ['shipped', 'shipped'],
  ['processed', 'shipped'],
  ['в пути', 'shipped'],
  ['отправлен', 'shipped'],
  ['ожидает доставки', 'shipped'],
  ['ожидает получения', 'shipped'],
  ['delivered', 'delivered'],
  ['доставлен', 'delivered'],
  ['получен', 'delivered'],
  ['completed', 'completed'],
  ['order complete', 'completed'],
  ['finished', 'completed'],
  ['завершен', 'completed'],
  ['выполнен', 'completed'],
  ['cancelled', 'cancelled'],
  ['canceled', 'cancelled'],
  ['отменен', 'cancelled'],
  ['closed', 'closed'],
  ['закрыт', 'closed'],
];

export interface DisputeStatusAndTurn {
  status?: DisputeStatus;
  awaiting?: Party;
}

// Shared values keep the tables short.
const SELLER_TURN: DisputeStatusAndTurn = { status: 'awaiting_seller', awaiting: 'seller' };
const BUYER_TURN: DisputeStatusAndTurn = { status: 'awaiting_buyer', awaiting: 'buyer' };
const RETURN_DUE: DisputeStatusAndTurn = { status: 'awaiting_return', awaiting: 'buyer' };
const UNDER_REVIEW: DisputeStatusAndTurn = { status: 'under_review', awaiting: 'platform' };
const REFUNDED: DisputeStatusAndTurn = { status: 'refunded' };
const CLOSED: DisputeStatusAndTurn = { status: 'closed' };
const CANCELLED: DisputeStatusAndTurn = { status: 'cancelled' };

const DISPUTE_CODES: Record<string, DisputeStatusAndTurn> = {
  wait_seller_accept: SELLER_TURN,
  wait_buyer_accept: BUYER_TURN,
  wait_for_seller_set_return_address: SELLER_TURN,
  wait_for_buyer_returnid: RETURN_DUE,
  wait_for_seller_confirm: SELLER_TURN,
  wait_for_warehouse_confirmation: SELLER_TURN,
  wait_for_warehouse_quality_check: SELLER_TURN,
  refund_success: REFUNDED,
  refund_reject: CLOSED,
  return_success: CLOSED,
  canceled_issue: CANCELLED,
  finish: CLOSED,
  // The list's reverseStatus filter values (Part 2 A1): 3 awaiting return, 4 completed; 1 and 2 say nothing.
  '3': RETURN_DUE,
  '4': CLOSED,
};

const DISPUTE_PHRASES: ReadonlyArray<[string, DisputeStatusAndTurn]> = [
  ['waiting for your response', BUYER_TURN],
  ['awaiting your response', BUYER_TURN],
  ['ожидает вашего ответа', BUYER_TURN],
  ['return the item', RETURN_DUE],
  ['ожидает возврата', RETURN_DUE],
  ["waiting for aliexpress's feedback", UNDER_REVIEW],
  ["we're reviewing your request", UNDER_REVIEW],
  ['under review', UNDER_REVIEW],
  ['на рассмотрении', UNDER_REVIEW],
  ['рассматривается', UNDER_REVIEW],
  ["waiting for seller's response", SELLER_TURN],
  ['waiting for the seller', SELLER_TURN],
  ['awaiting seller', SELLER_TURN],
  ['ожидает ответа продавца', SELLER_TURN],
  // A dispute that has just been opened waits for the seller's first answer (doc §1.4).
  ['спор открыт', SELLER_TURN],
  ['refund complete', REFUNDED],
  ['refunded', REFUNDED],
  ['refund successful', REFUNDED],
  ['деньги возвращены', REFUNDED],
  ['средства возвращены', REFUNDED],
  ['cancelled', CANCELLED],
  ['canceled', CANCELLED],
  ['отменен', CANCELLED],
  ['closed', CLOSED],
  ['finished', CLOSED],
  ['completed', CLOSED],
  ['завершен', CLOSED],
  ['закрыт', CLOSED],
];

/** Our order status for an AliExpress status code, number or text; undefined when unknown. */
export function orderStatusOf(value: unknown): OrderStatus | undefined {
  const raw = codeOf(value);
  if (raw === undefined) return undefined;
  return ORDER_CODES[raw.toUpperCase()] ?? phraseMatch(raw, ORDER_PHRASES);
}

/** Our dispute status and the party that has to act, for a status code, number or text. */
export function disputeStateOf(value: unknown): DisputeStatusAndTurn {
  const raw = codeOf(value);
  if (raw === undefined) return {};
  return DISPUTE_CODES[raw.toLowerCase()] ?? phraseMatch(raw, DISPUTE_PHRASES) ?? {};
}

function codeOf(value: unknown): string | undefined {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  if (typeof value !== 'string' || value.length === 0 || value.length > 300) return undefined;
  return value;
}

function phraseMatch<T>(raw: string, phrases: ReadonlyArray<[string, T]>): T | undefined {
  const text = raw.toLowerCase().replace(/ё/g, 'е').replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
  return phrases.find(([phrase]) => text.includes(phrase))?.[1];
}
