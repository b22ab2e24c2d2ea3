import { ID_DIGITS, ID_PATTERN } from '../../model/vocab';

/**
 * Text anchors: labels the pages print before a value, used where class names are hashed or unknown.
 * EN labels from doc §4.1/§4.2 and the real order-detail.json titles ("Order placed on", "Paid on",
 * "Shipment completed on"); RU «Заказ №», «от <date>» from §4.4.
 */
export const ORDER_ID_TEXT =
  /(?:Order ID|Order No\.?|Order number|Ref\. Number|Номер заказа|Заказ\s*№?)\s*:?\s*(\d(?:[\d\s\u00a0]{4,34})\d)/i;
export const CASE_ID_TEXT = new RegExp(
  String.raw`(?:Case ID|Case No\.?|Dispute ID|Номер спора)\s*:?\s*(` + ID_DIGITS + ')',
  'i',
);
export const ORDER_DATE_LABEL = /^(?:Order date|Order placed on|Order time|Дата заказа)\s*:?/i;
export const PAID_ON_LABEL = /^(?:Paid on|Payment time|Дата оплаты)\s*:?/i;
export const SHIPPED_ON_LABEL = /^(?:Shipment completed on|Shipped on|Дата отправки)\s*:?/i;
export const TRACKING_LABEL = /(?:Tracking number|Трек-номер)\s*:?\s*([A-Za-z0-9][A-Za-z0-9-]{3,39})/i;
export const TOTAL_LABEL = /^(?:Total|Order total|Итого|Total Amount)\s*:?$/i;
export const RU_ORDER_DATE = /(?:^|\s)от\s+(\d{1,2}\s+\S+\s+\d{4})/;
export const REASON_LABEL = /^(?:Reason|Причина)\s*:\s*/i;

/**
 * The buyer-protection promise, wherever the response puts it: "Refund if no delivery before Sep 4, 2026" in the
 * detail's service block and the tracking's `fastDeliveryInfoDTO` (real captures), the legacy "If your order does
 * not arrive on YYYY-MM-DD" reminder (doc §4.5), and the Russian wording of the same promise.
 */
export const PROTECTION_PHRASES: readonly RegExp[] = [
  /refund if no delivery before\s*:?\s*/i,
  /if your order does not arrive (?:on|by|before)\s*/i,
  /(?:вернём|вернем) деньги,? если (?:заказ )?не (?:будет )?доставлен до\s*/i,
  /возврат средств,? если (?:заказ )?не доставлен до\s*/i,
];

/** Who wrote a history line, by its leading label ("Seller: …", "You: …", «Продавец: …»). */
export const ACTOR_PREFIXES: ReadonlyArray<[RegExp, 'buyer' | 'seller' | 'platform']> = [
  [/^(?:You|Buyer|Вы|Покупатель)\s*:/i, 'buyer'],
  [/^(?:Seller|Продавец)\s*:/i, 'seller'],
  [/^(?:AliExpress|System|Платформа)\s*:/i, 'platform'],
];

/** An order id printed with grouping spaces ("5385 0135 1251 5995") as digits, or undefined. */
export function digitsOnly(text: string | null | undefined): string | undefined {
  const digits = (text ?? '').replace(/[\s\u00a0]/g, '');
  return ID_PATTERN.test(digits) ? digits : undefined;
}

/** A tracking number as carriers print them (the snapshot's own rule), or undefined. */
export function trackingNumberIn(text: string | null | undefined): string | undefined {
  const value = (text ?? '').trim();
  return /^[A-Za-z0-9][A-Za-z0-9-]{3,39}$/.test(value) ? value : undefined;
}
