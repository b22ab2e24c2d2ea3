import { ID_DIGITS } from '../model/vocab';

/** Where AliExpress puts ids in its links and texts: each pattern captures the id as group 1. */
export const ORDER_ID_IN_QUERY = new RegExp(`[?&]orderId=(${ID_DIGITS})(?:&|$)`);
export const TRADE_ORDER_ID_IN_QUERY = new RegExp(`[?&]tradeOrderId=(${ID_DIGITS})(?:&|$)`);
/** .ru serves order details at /order-list/<orderId>. */
export const RU_ORDER_ID_IN_PATH = new RegExp(`/order-list/(${ID_DIGITS})(?:[/?#]|$)`);
export const PRODUCT_ID_IN_LINK = new RegExp(`/item/(${ID_DIGITS})\\.html`);
/** Ultron's hierarchy names components `<tag>_<id>`. */
export const ID_AFTER_UNDERSCORE = new RegExp(`_(${ID_DIGITS})$`);
