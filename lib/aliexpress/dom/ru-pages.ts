import type { OrderSnapshot } from '../../model/snapshots';
import { RU_ORDER_DETAIL, RU_ORDER_LIST, RU_TOTAL_ANCHOR } from '../selectors/ru';
import { matchAll, matchFirst } from '../selectors/selector-list';
import { RU_ORDER_DATE, digitsOnly } from '../text/anchors';
import { parsePageDate } from '../text/dates';
import { parseMoney } from '../text/money';
import { protectionEndIn } from '../text/protection';
import { orderStatusOf } from '../text/statuses';
import { pageText, plainOf, productIdOf, storeIdOf, textOf } from './dom-text';

const RUB = { currency: 'RUB', decimal: ',' } as const;

/** aliexpress.ru /order-list cards (doc §4.4). */
export function readRuOrderList(root: ParentNode, route: string): OrderSnapshot[] {
  const orders: OrderSnapshot[] = [];
  for (const card of matchAll(root, RU_ORDER_LIST.card).elements) {
    const orderId = ruOrderIdOfCard(card);
    if (!orderId) continue;
    const statusText = plainOf(matchFirst(card, RU_ORDER_LIST.status), 200);
    orders.push({
      orderId,
      source: 'page-dom',
      route,
      status: orderStatusOf(statusText),
      statusText,
      total: parseMoney(textOf(matchFirst(card, RU_ORDER_LIST.total), 100), RUB),
    });
  }
  return orders;
}

export function ruOrderIdOfCard(card: Element): string | undefined {
  const number = digitsOnly(textOf(matchFirst(card, RU_ORDER_LIST.number), 60));
  if (number) return number;
  return /\/order-list\/(\d{6,24})(?:[/?#]|$)/.exec(
    matchFirst(card, RU_ORDER_LIST.link)?.getAttribute('href') ?? '',
  )?.[1];
}

/** aliexpress.ru /order-list/<id> (doc §4.4); nothing without the order-number anchor. */
export function readRuOrderDetail(root: ParentNode, route: string, urlOrderId?: string): OrderSnapshot[] {
  const numberElement = matchFirst(root, RU_ORDER_DETAIL.number);
  if (!numberElement) return [];
  const orderId = digitsOnly(textOf(numberElement, 60)) ?? urlOrderId;
  if (!orderId) return [];
  const header = numberElement.parentElement?.parentElement ?? numberElement.parentElement;
  const dateText = RU_ORDER_DATE.exec(textOf(header, 300))?.[1];
  const seller = matchFirst(root, RU_ORDER_DETAIL.seller);
  const statusText = plainOf(matchFirst(root, RU_ORDER_DETAIL.status), 200);
  const text = pageText(root, 50_000);
  const totalAt = RU_TOTAL_ANCHOR.exec(text);
  const sellerName = plainOf(seller, 200);
  const storeId = storeIdOf(seller);
  return [
    {
      orderId,
      source: 'page-dom',
      route,
      status: orderStatusOf(statusText),
      statusText,
      store: sellerName || storeId ? { name: sellerName, id: storeId } : undefined,
      items: matchAll(root, RU_ORDER_DETAIL.product).elements.map((product) => {
        const link = matchFirst(product, RU_ORDER_DETAIL.productText);
        return {
          title: plainOf(link, 500),
          productId: productIdOf(link),
          price: parseMoney(textOf(matchFirst(product, RU_ORDER_DETAIL.productPrice), 100), RUB),
        };
      }),
      total: totalAt ? parseMoney(text.slice(totalAt.index + totalAt[0].length, totalAt.index + 60), RUB) : undefined,
      orderedOn: dateText ? parsePageDate(dateText) : undefined,
      protectionEndsOn: protectionEndIn(text),
    },
  ];
}
