import { toPlainText } from '../../model/plain-text';
import { TEXT_LIMITS, type OrderItem } from '../../model/snapshots';
import { parsePageDate } from '../text/dates';
import { parseMoney, type MoneyValue } from '../text/money';
import { orderStatusOf } from '../text/statuses';
import { idOf, isRecord, own, ownAny, ownArray, ownRecord, ownString, type JsonRecord } from './json-tree';
import type { PartialOrder } from './ultron-orders';
import { RU_ORDER_ID_IN_PATH } from '../id-patterns';
import { imageUrlOf } from '../image-hosts';

/**
 * aliexpress.ru `aer-jsonapi/bx/orders/v3/web-order-list`: `data.items[].orders[]` with `url.pc`, `imageUrls[]`,
 * `statusInfo.title` (doc §3.3; all that public exporters read). The rest of an order's shape is unknown, so every
 * other field is looked for under several plausible names and left absent when none is there.
 */

export function ordersFromRuList(payload: unknown, context: { route: string; referenceDate?: Date }): PartialOrder[] {
  const data = ownRecord(payload, 'data') ?? payload;
  const orders: PartialOrder[] = [];
  for (const group of ownArray(data, 'items')) {
    const members = ownArray(group, 'orders');
    for (const order of members.length > 0 ? members : [group]) {
      if (!isRecord(order)) continue;
      const draft = orderFromRu(order, context);
      if (draft) orders.push(draft);
    }
  }
  return orders;
}

function orderFromRu(order: JsonRecord, context: { route: string; referenceDate?: Date }): PartialOrder | undefined {
  const link = ownString(ownRecord(order, 'url'), 'pc', 'mobile') ?? ownString(order, 'url', 'detailUrl');
  const orderId =
    idOf(ownAny(order, 'orderId', 'id', 'orderNumber')) ??
    idOf(
      typeof own(order, 'orderNumber') === 'string'
        ? (own(order, 'orderNumber') as string).replace(/\s/g, '')
        : undefined,
    ) ??
    (link ? RU_ORDER_ID_IN_PATH.exec(link)?.[1] : undefined);
  if (!orderId) return undefined;
  const statusInfo = ownRecord(order, 'statusInfo');
  const statusText = toPlainText(
    ownAny(statusInfo, 'title', 'text') ?? ownAny(order, 'statusText', 'status'),
    TEXT_LIMITS.short,
  );
  const seller = ownRecord(order, 'seller') ?? ownRecord(order, 'store');
  const storeName = toPlainText(ownAny(seller, 'name', 'title') ?? own(order, 'storeName'), TEXT_LIMITS.short);
  const storeId =
    idOf(ownAny(seller, 'id', 'storeId')) ??
    (typeof ownAny(seller, 'id', 'storeId') === 'number' ? String(ownAny(seller, 'id', 'storeId')) : undefined);
  const created = ownAny(order, 'createDate', 'creationDate', 'orderDate', 'createdAt');
  return {
    orderId,
    source: 'page-data',
    route: context.route,
    status: orderStatusOf(ownAny(statusInfo, 'status', 'code')) ?? orderStatusOf(statusText),
    statusText,
    store: storeName || storeId ? { name: storeName, id: storeId } : undefined,
    items: [...ownArray(order, 'products'), ...ownArray(order, 'items')]
      .filter(isRecord)
      .map((product, index) => itemOf(product, ownArray(order, 'imageUrls')[index])),
    total: moneyOf(ownAny(order, 'totalPrice', 'total', 'price', 'amount')),
    orderedOn:
      typeof created === 'string' ? parsePageDate(created, { referenceDate: context.referenceDate }) : undefined,
  };
}

/** One product; its picture is its own, else the order's `imageUrls[]` entry at the same place. */
function itemOf(product: JsonRecord, orderImage: unknown): OrderItem {
  const quantity = own(product, 'quantity') ?? own(product, 'count');
  return {
    title: toPlainText(ownAny(product, 'title', 'name', 'productName'), TEXT_LIMITS.title),
    productId: idOf(ownAny(product, 'productId', 'id')),
    quantity: typeof quantity === 'number' && Number.isInteger(quantity) && quantity >= 1 ? quantity : undefined,
    price: moneyOf(ownAny(product, 'price', 'totalPrice')),
    imageUrl: imageUrlOf(ownAny(product, 'imageUrl', 'imgUrl', 'image') ?? orderImage),
  };
}

/** A .ru price: a text ("1 234,56 ₽"), or an object with a formatted text and/or a number and a currency code. */
function moneyOf(value: unknown): MoneyValue | undefined {
  if (typeof value === 'string') return parseMoney(value, { currency: 'RUB', decimal: ',' });
  if (!isRecord(value)) return undefined;
  const currency = ownString(value, 'currencyCode', 'currency') ?? 'RUB';
  const formatted = ownString(value, 'formatted', 'formattedPrice', 'text', 'display');
  if (formatted) return parseMoney(formatted, { currency, decimal: ',' });
  const amount = ownAny(value, 'amount', 'value');
  if (typeof amount === 'number') return parseMoney(String(amount), { currency, decimal: '.' });
  return typeof amount === 'string' ? parseMoney(amount, { currency, decimal: '.' }) : undefined;
}
