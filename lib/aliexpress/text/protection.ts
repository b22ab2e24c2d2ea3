import { parsePageDate } from './dates';

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

export function protectionEndIn(text: string, referenceDate?: Date): string | undefined {
  for (const phrase of PROTECTION_PHRASES) {
    const match = phrase.exec(text);
    if (match)
      return parsePageDate(text.slice(match.index + match[0].length, match.index + match[0].length + 60), {
        referenceDate,
      });
  }
  return undefined;
}
