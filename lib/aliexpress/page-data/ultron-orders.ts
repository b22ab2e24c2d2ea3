import { toPlainText } from '../../model/plain-text';
import { TEXT_LIMITS, type OrderItem, type OrderSnapshot } from '../../model/snapshots';
import { parsePageDate } from '../text/dates';
import { moneyFromPriceInfo, parseMoney, type MoneyValue } from '../text/money';
import { orderStatusOf } from '../text/statuses';
import { findProtectionEnd } from './protection';
import {
  forEachRecord,
  idOf,
  isRecord,
  own,
  ownAny,
  ownArray,
  ownRecord,
  ownString,
  type JsonRecord,
} from './json-tree';
import { ID_AFTER_UNDERSCORE } from '../id-patterns';
import { imageUrlOf } from '../image-hosts';

/**
 * The Ultron order pages (`mtop.aliexpress.trade.buyer.order.list` / `.detail`, doc §3.1 and the real captures'
 * README facts 2–5). Components are found by their `tag` and by the keys of their `fields`, never by the numeric
 * suffix of their key, so a re-numbered or moved component still reads.
 */
export type PartialOrder = Partial<OrderSnapshot> & { orderId: string };

interface ParseContext {
  route: string;
  referenceDate?: Date;
}

/** Order cards: any object with an order id and card fields (statusText, orderLines, totalPriceText…). */
export function ordersFromUltronList(payload: unknown, context: ParseContext): PartialOrder[] {
  const cards: PartialOrder[] = [];
  const take = (record: JsonRecord) => {
    if (!looksLikeOrderCard(record)) return;
    const card = orderFromCard(record, context);
    if (card) cards.push(card);
  };
  // Where the cards normally are (README fact 2): the `fields` of the components in `data`. Only when none is
  // found there is the whole tree searched, so a card moved elsewhere still reads, at the cost of a full walk.
  const components = ownRecord(payload, 'data');
  if (components) for (const key of Object.keys(components)) take(ownRecord(components[key], 'fields') ?? {});
  // Component wrappers and their `fields` are both visited; only the object holding the card's own keys matches.
  if (cards.length === 0) forEachRecord(payload, take);
  return sortByDisplayOrder(cards, payload);
}

function looksLikeOrderCard(fields: JsonRecord): boolean {
  return (
    idOf(own(fields, 'orderId')) !== undefined &&
    (own(fields, 'statusText') !== undefined ||
      Array.isArray(own(fields, 'orderLines')) ||
      own(fields, 'totalPriceText') !== undefined)
  );
}

function orderFromCard(fields: JsonRecord, context: ParseContext): PartialOrder | undefined {
  const orderId = idOf(own(fields, 'orderId'));
  if (!orderId) return undefined;
  const statusText = toPlainText(own(fields, 'statusText'), TEXT_LIMITS.short);
  const utStatus = own(ownRecord(ownRecord(fields, 'utParams'), 'args'), 'orderStatus');
  const currency = ownString(fields, 'currencyCode', 'intentionCurrency');
  return {
    orderId,
    source: 'page-data',
    route: context.route,
    // The text is the more specific of the two: an order in dispute keeps its numeric delivery status.
    status: orderStatusOf(statusText) ?? orderStatusOf(utStatus),
    statusText,
    store: storeOf(fields),
    items: ownArray(fields, 'orderLines').filter(isRecord).map(itemOf),
    total: priceOf(fields, 'formatPriceInfo', 'totalPriceText', currency),
    orderedOn: dateOf(own(fields, 'orderDateText'), context),
  };
}

/** The order detail: status, dates, price and product blocks, and the protection promise texts. */
export function orderFromUltronDetail(payload: unknown, context: ParseContext): PartialOrder[] {
  const blocks = componentsByTag(payload);
  const status = blocks.get('detail_order_status_block');
  const info = blocks.get('detail_simple_order_info_component');
  const price = blocks.get('detail_order_price_block');
  const products = blocks.get('detail_product_block');
  const orderId =
    idOf(own(info, 'tradeOrderId')) ??
    idOf(own(status, 'orderId')) ??
    idOf(own(info, 'orderId')) ??
    idOf(own(ownRecord(payload, 'global'), 'tradeOrderId'));
  if (!orderId) return [];

  const statusText = toPlainText(own(status, 'title'), TEXT_LIMITS.short);
  const totalPrice = ownRecord(price, 'totalPrice');
  const productList = ownArray(products, 'productVOList').filter(isRecord);
  const storeFields = productList.find((product) => own(product, 'storeName') !== undefined) ?? products ?? info;
  return [
    {
      orderId,
      source: 'page-data',
      route: context.route,
      status: orderStatusOf(statusText) ?? orderStatusOf(own(ownRecord(payload, 'global'), 'orderStatus')),
      statusText,
      store: storeOf(storeFields ?? {}),
      items: productList.map(itemOf),
      total: priceOf(totalPrice ?? {}, 'formatPriceInfo', 'value', ownString(totalPrice, 'currencyCode')),
      orderedOn: dateOf(own(info, 'orderCreatTime') ?? own(info, 'orderCreateTime'), context),
      paidOn: dateOf(own(info, 'payTime'), context),
      shippedOn: dateOf(own(info, 'orderShipTime'), context),
      protectionEndsOn: findProtectionEnd(payload, context.referenceDate),
    },
  ];
}

/** Ultron components keyed by tag, first one of each tag wins; `fields` is what they carry. */
function componentsByTag(payload: unknown): Map<string, JsonRecord> {
  const byTag = new Map<string, JsonRecord>();
  forEachRecord(payload, (record) => {
    const tag = own(record, 'tag');
    const fields = ownRecord(record, 'fields');
    if (typeof tag === 'string' && fields && !byTag.has(tag)) byTag.set(tag, fields);
  });
  return byTag;
}

function itemOf(line: JsonRecord): OrderItem {
  const currency = ownString(line, 'currencyCode');
  return {
    title: toPlainText(ownAny(line, 'itemTitle', 'productName', 'title'), TEXT_LIMITS.title),
    productId: idOf(own(line, 'productId')) ?? idOf(own(line, 'itemId')),
    lineId: idOf(own(line, 'orderLineId')) ?? idOf(own(line, 'tradeOrderLineId')),
    options: ownArray(line, 'skuAttrs').filter(isRecord).map(optionText).filter(isText),
    quantity: quantityOf(own(line, 'quantity')),
    price: priceOf(line, 'formatPriceInfo', 'itemPriceText', currency),
    imageUrl: imageUrlOf(ownAny(line, 'itemImgUrl', 'productImg', 'imgUrl', 'imageUrl')),
  };
}

function optionText(attribute: JsonRecord): string | undefined {
  const name = toPlainText(own(attribute, 'name'), 80);
  const value = toPlainText(own(attribute, 'text'), TEXT_LIMITS.short);
  if (!value) return undefined;
  return toPlainText(name ? `${name}: ${value}` : value, TEXT_LIMITS.short);
}

function storeOf(fields: JsonRecord): OrderSnapshot['store'] {
  const name = toPlainText(own(fields, 'storeName'), TEXT_LIMITS.short);
  const url = ownString(fields, 'storePageUrl', 'storeUrl');
  const id = url ? /\/store\/(\d{1,24})(?:[/?#]|$)/.exec(url)?.[1] : undefined;
  const storeId = id ?? (typeof own(fields, 'storeId') === 'number' ? String(own(fields, 'storeId')) : undefined);
  return name || storeId ? { name, id: storeId } : undefined;
}

function priceOf(
  fields: JsonRecord,
  priceInfoKey: string,
  textKey: string,
  currency: string | undefined,
): MoneyValue | undefined {
  return (
    moneyFromPriceInfo(own(fields, priceInfoKey), currency) ??
    (typeof own(fields, textKey) === 'string' ? parseMoney(own(fields, textKey) as string, { currency }) : undefined)
  );
}

function dateOf(value: unknown, context: ParseContext): string | undefined {
  return typeof value === 'string' ? parsePageDate(value, { referenceDate: context.referenceDate }) : undefined;
}

function quantityOf(value: unknown): number | undefined {
  const number = typeof value === 'string' && /^\d{1,6}$/.test(value) ? Number(value) : value;
  return typeof number === 'number' && Number.isInteger(number) && number >= 1 ? number : undefined;
}

const isText = (value: string | undefined): value is string => value !== undefined;

/** Newest-first display order from `hierarchy.structure` (the key order of `data.data` is scrambled). */
function sortByDisplayOrder(cards: PartialOrder[], payload: unknown): PartialOrder[] {
  const position = new Map<string, number>();
  forEachRecord(ownRecord(ownRecord(payload, 'hierarchy'), 'structure'), (structure) => {
    for (const key of Object.keys(structure)) {
      for (const child of ownArray(structure, key)) {
        const id = typeof child === 'string' ? ID_AFTER_UNDERSCORE.exec(child)?.[1] : undefined;
        if (id && !position.has(id)) position.set(id, position.size);
      }
    }
  });
  if (position.size === 0) return cards;
  const at = (card: PartialOrder) => position.get(card.orderId) ?? Number.MAX_SAFE_INTEGER;
  return cards
    .map((card, index) => ({ card, index }))
    .sort((a, b) => at(a.card) - at(b.card) || a.index - b.index)
    .map(({ card }) => card);
}
