import { LEGACY_ORDER_DETAIL as LEGACY } from '../selectors/legacy';
import { matchAll, matchFirst } from '../selectors/selector-list';
import { digitsOnly, trackingNumberIn } from '../text/anchors';
import { toPlainText } from '../../model/plain-text';
import { plainOf, quantityOf, rawTextOf, storeIdOf, textOf } from './dom-text';
import type { OrderTextDraft, PriceFormat } from './drafts';

const USD: PriceFormat = { currency: 'USD', decimal: '.' };

/** trade.aliexpress.com/order_detail.htm (2014-era, doc §4.5; real capture). Legacy prices are in US dollars. */
export function readLegacyOrderDetail(root: ParentNode, route: string, urlOrderId?: string): OrderTextDraft[] {
  if (!matchFirst(root, LEGACY.layout)) return [];
  const numberElement = matchFirst(root, LEGACY.orderNumber);
  const orderId =
    digitsOnly(textOf(numberElement, 40)) ?? digitsOnly(numberElement?.getAttribute('orderid')) ?? urlOrderId;
  if (!orderId) return [];
  const storeLink = matchFirst(root, LEGACY.storeLink);
  const storeName = plainOf(storeLink, 200);
  return [
    {
      orderId,
      route,
      statusCode: toPlainText(matchFirst(root, LEGACY.statusCode)?.getAttribute('data-status'), 200),
      statusText: plainOf(matchFirst(root, LEGACY.statusText), 200),
      store: storeName || storeIdOf(storeLink) ? { name: storeName, id: storeIdOf(storeLink) } : undefined,
      items: matchAll(root, LEGACY.itemRow).elements.map((row) => ({
        title: plainOf(matchFirst(row, LEGACY.itemTitle), 500),
        options: legacyOptions(row),
        quantity: quantityOf(matchFirst(row, LEGACY.itemQuantity)?.getAttribute('title') ?? ''),
        priceText: rawTextOf(matchFirst(row, LEGACY.itemPrice), 60),
      })),
      totalText: rawTextOf(matchFirst(root, LEGACY.total), 60),
      tracking: matchAll(root, LEGACY.shippingRow).elements.flatMap((row) => {
        const number = trackingNumberIn(textOf(matchFirst(row, LEGACY.trackingNumber), 60));
        return number ? [{ number, carrier: plainOf(matchFirst(row, LEGACY.carrier), 200) }] : [];
      }),
      priceFormat: USD,
    },
  ];
}

/** "Color: Orange", "Size: S" from `<font>Color:</font> … <span class="val">Orange</span>` pairs. */
function legacyOptions(row: Element): string[] {
  return matchAll(row, LEGACY.itemOptionName)
    .elements.map((name) => {
      let value = name.nextElementSibling;
      while (value && !value.classList.contains('val')) value = value.nextElementSibling;
      return toPlainText(`${textOf(name, 60)} ${textOf(value, 100)}`, 200);
    })
    .filter((option) => option !== undefined)
    .slice(0, 20);
}
