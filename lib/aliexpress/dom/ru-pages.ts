import { toPlainText } from '../../model/plain-text';
import { RU_ORDER_DETAIL, RU_ORDER_LIST, RU_TOTAL_ANCHOR } from '../selectors/ru';
import { matchAll, matchFirst } from '../selectors/selector-list';
import { RU_ORDER_DATE, digitsOnly } from '../text/anchors';
import { pageText, plainOf, productIdOf, protectionTextIn, rawTextOf, storeIdOf, textOf } from './dom-text';
import type { OrderTextDraft, PriceFormat } from './drafts';
import { RU_ORDER_ID_IN_PATH } from '../id-patterns';

const RUB: PriceFormat = { currency: 'RUB', decimal: ',' };
const PRICE = 100;

/** aliexpress.ru /order-list cards (doc §4.4). */
export function readRuOrderList(root: ParentNode, route: string): OrderTextDraft[] {
  const orders: OrderTextDraft[] = [];
  for (const card of matchAll(root, RU_ORDER_LIST.card).elements) {
    const orderId = ruOrderIdOfCard(card);
    if (!orderId) continue;
    orders.push({
      orderId,
      route,
      statusText: plainOf(matchFirst(card, RU_ORDER_LIST.status), 200),
      totalText: rawTextOf(matchFirst(card, RU_ORDER_LIST.total), PRICE),
      priceFormat: RUB,
    });
  }
  return orders;
}

export function ruOrderIdOfCard(card: Element): string | undefined {
  const number = digitsOnly(textOf(matchFirst(card, RU_ORDER_LIST.number), 60));
  if (number) return number;
  return RU_ORDER_ID_IN_PATH.exec(matchFirst(card, RU_ORDER_LIST.link)?.getAttribute('href') ?? '')?.[1];
}

/** aliexpress.ru /order-list/<id> (doc §4.4); nothing without the order-number anchor. */
export function readRuOrderDetail(root: ParentNode, route: string, urlOrderId?: string): OrderTextDraft[] {
  const numberElement = matchFirst(root, RU_ORDER_DETAIL.number);
  if (!numberElement) return [];
  const orderId = digitsOnly(textOf(numberElement, 60)) ?? urlOrderId;
  if (!orderId) return [];
  const header = numberElement.parentElement?.parentElement ?? numberElement.parentElement;
  const seller = matchFirst(root, RU_ORDER_DETAIL.seller);
  const text = pageText(root, 50_000);
  const totalAt = RU_TOTAL_ANCHOR.exec(text);
  const sellerName = plainOf(seller, 200);
  const storeId = storeIdOf(seller);
  return [
    {
      orderId,
      route,
      statusText: plainOf(matchFirst(root, RU_ORDER_DETAIL.status), 200),
      store: sellerName || storeId ? { name: sellerName, id: storeId } : undefined,
      items: matchAll(root, RU_ORDER_DETAIL.product).elements.map((product) => {
        const link = matchFirst(product, RU_ORDER_DETAIL.productText);
        return {
          title: plainOf(link, 500),
          productId: productIdOf(link),
          priceText: rawTextOf(matchFirst(product, RU_ORDER_DETAIL.productPrice), PRICE),
        };
      }),
      totalText: totalAt
        ? toPlainText(text.slice(totalAt.index + totalAt[0].length, totalAt.index + 60), PRICE)
        : undefined,
      orderedOnText: toPlainText(RU_ORDER_DATE.exec(textOf(header, 300))?.[1], 200),
      protectionText: protectionTextIn(text),
      priceFormat: RUB,
    },
  ];
}
