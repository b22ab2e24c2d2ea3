import type { DisputeSnapshot, HistoryEntry, OrderItem, OrderSnapshot } from '../../model/snapshots';
import { GLOBAL_DISPUTE_DETAIL, GLOBAL_ORDER_DETAIL, GLOBAL_ORDER_LIST } from '../selectors/global';
import { matchAll, matchFirst } from '../selectors/selector-list';
import {
  ACTOR_PREFIXES,
  CASE_ID_TEXT,
  ORDER_DATE_LABEL,
  ORDER_ID_TEXT,
  PAID_ON_LABEL,
  REASON_LABEL,
  SHIPPED_ON_LABEL,
  TOTAL_LABEL,
  TRACKING_LABEL,
  digitsOnly,
  trackingNumberIn,
} from '../text/anchors';
import { parsePageDate } from '../text/dates';
import { parseMoney } from '../text/money';
import { protectionEndIn } from '../text/protection';
import { disputeStateOf, orderStatusOf } from '../text/statuses';
import { toPlainText } from '../../model/plain-text';
import { labelledText, pageText, plainOf, productIdOf, quantityOf, spacedTextOf, storeIdOf, textOf } from './dom-text';

const SHORT = 200;
const TITLE = 500;
const MESSAGE = 4000;

/** Order cards on /p/order/index.html (doc §4.1). */
export function readGlobalOrderList(root: ParentNode, route: string): OrderSnapshot[] {
  const orders: OrderSnapshot[] = [];
  for (const card of matchAll(root, GLOBAL_ORDER_LIST.card).elements) {
    const headerTexts = matchAll(card, GLOBAL_ORDER_LIST.headerInfo).elements.map((line) => textOf(line, 200));
    const orderId = orderIdOfCard(card, headerTexts);
    if (!orderId) continue;
    const dateLine = headerTexts.find((line) => ORDER_DATE_LABEL.test(line));
    const storeLink = matchFirst(card, GLOBAL_ORDER_LIST.storeLink);
    const statusText = plainOf(matchFirst(card, GLOBAL_ORDER_LIST.status), SHORT);
    orders.push({
      orderId,
      source: 'page-dom',
      route,
      status: orderStatusOf(statusText),
      statusText,
      store: storeOf(plainOf(storeLink, SHORT), storeIdOf(storeLink)),
      items: listItems(card),
      total: parseMoney(textOf(matchFirst(card, GLOBAL_ORDER_LIST.total), 100)),
      orderedOn: dateLine ? parsePageDate(dateLine.replace(ORDER_DATE_LABEL, '')) : undefined,
    });
  }
  return orders;
}

/** The card's order id: the "Order ID:" line, else the detail link's orderId parameter. */
export function orderIdOfCard(
  card: Element,
  headerTexts = matchAll(card, GLOBAL_ORDER_LIST.headerInfo).elements.map((line) => textOf(line, 200)),
): string | undefined {
  for (const line of headerTexts) {
    const id = digitsOnly(ORDER_ID_TEXT.exec(line)?.[1]);
    if (id) return id;
  }
  const href = matchFirst(card, GLOBAL_ORDER_LIST.detailLink)?.getAttribute('href') ?? '';
  return /[?&]orderId=(\d{6,24})(?:&|$)/.exec(href)?.[1];
}

function listItems(card: Element): OrderItem[] {
  const names = matchAll(card, GLOBAL_ORDER_LIST.itemName).elements;
  const numbers = matchAll(card, GLOBAL_ORDER_LIST.itemNumber).elements;
  return names.map((name, index) => {
    const number = numbers[index];
    const quantityText = textOf(number ? matchFirst(number, GLOBAL_ORDER_LIST.itemQuantity) : null, 40);
    return {
      title: plainOf(name, TITLE),
      productId: productIdOf(name.querySelector('a[href*="/item/"]')),
      quantity: quantityText ? quantityOf(quantityText) : undefined,
      price: parseMoney(textOf(number, 100)),
    };
  });
}

/** /p/order/detail.html (doc §4.2); nothing unless the known layout is there. */
export function readGlobalOrderDetail(root: ParentNode, route: string, urlOrderId?: string): OrderSnapshot[] {
  if (!matchFirst(root, GLOBAL_ORDER_DETAIL.layout)) return [];
  const rows = matchAll(root, GLOBAL_ORDER_DETAIL.infoRow).elements.map((row) => textOf(row, 300));
  const rowValue = (label: RegExp) => rows.find((row) => label.test(row))?.replace(label, '');
  const orderId = rows.map((row) => digitsOnly(ORDER_ID_TEXT.exec(row)?.[1])).find(Boolean) ?? urlOrderId;
  if (!orderId) return [];

  const statusText = plainOf(matchFirst(root, GLOBAL_ORDER_DETAIL.status), SHORT);
  const orderedOn = rowValue(ORDER_DATE_LABEL);
  const paidOn = rowValue(PAID_ON_LABEL);
  const shippedOn = rowValue(SHIPPED_ON_LABEL);
  return [
    {
      orderId,
      source: 'page-dom',
      route,
      status: orderStatusOf(statusText),
      statusText,
      store: storeOf(plainOf(matchFirst(root, GLOBAL_ORDER_DETAIL.storeName), SHORT), undefined),
      items: matchAll(root, GLOBAL_ORDER_DETAIL.item).elements.map(detailItem),
      total: detailTotal(root),
      orderedOn: orderedOn ? parsePageDate(orderedOn) : undefined,
      paidOn: paidOn ? parsePageDate(paidOn) : undefined,
      shippedOn: shippedOn ? parsePageDate(shippedOn) : undefined,
      tracking: detailTracking(root, rows),
      protectionEndsOn: protectionEndIn(pageText(root, 50_000)),
    },
  ];
}

function detailItem(item: Element): OrderItem {
  const title = matchFirst(item, GLOBAL_ORDER_DETAIL.itemTitle);
  const price = matchFirst(item, GLOBAL_ORDER_DETAIL.itemPrice);
  const sku = textOf(matchFirst(item, GLOBAL_ORDER_DETAIL.itemSku), 400);
  return {
    title: plainOf(title, TITLE),
    productId: productIdOf(title?.closest('a') ?? title?.querySelector('a')),
    options: sku
      .split(/\s*[,;·]\s*/)
      .map((option) => toPlainText(option, SHORT))
      .filter((option) => option !== undefined)
      .slice(0, 20),
    quantity: quantityOf(textOf(matchFirst(item, GLOBAL_ORDER_DETAIL.itemQuantity), 40)),
    price: parseMoney(textOf(price, 100)),
  };
}

function detailTotal(root: ParentNode) {
  for (const row of matchAll(root, GLOBAL_ORDER_DETAIL.priceRow).elements) {
    if (TOTAL_LABEL.test(textOf(matchFirst(row, GLOBAL_ORDER_DETAIL.priceLabel), 60))) {
      return parseMoney(textOf(matchFirst(row, GLOBAL_ORDER_DETAIL.priceValue), 100));
    }
  }
  return undefined;
}

function detailTracking(root: ParentNode, rows: string[]): OrderSnapshot['tracking'] {
  const number =
    trackingNumberIn(textOf(matchFirst(root, GLOBAL_ORDER_DETAIL.trackingNumber), 60)) ??
    rows.map((row) => TRACKING_LABEL.exec(row)?.[1]).find(Boolean);
  if (!number) return undefined;
  const carrier = plainOf(matchFirst(root, GLOBAL_ORDER_DETAIL.trackingCarrier), SHORT);
  return [carrier ? { number, carrier } : { number }];
}

/** A case page under /p/reverse-pages/ (Part 2 A3). */
export function readGlobalDisputeDetail(
  root: ParentNode,
  route: string,
  ids: { disputeId?: string; orderId?: string },
): DisputeSnapshot[] {
  const statusElement = matchFirst(root, GLOBAL_DISPUTE_DETAIL.status);
  if (!statusElement) return [];
  const text = pageText(root, 20_000);
  const disputeId = ids.disputeId ?? CASE_ID_TEXT.exec(text)?.[1];
  if (!disputeId) return [];
  const statusText = plainOf(statusElement, SHORT);
  const state = disputeStateOf(statusText);
  const countdown = textOf(matchFirst(root, GLOBAL_DISPUTE_DETAIL.countdown), 300);
  const deadlineOn = countdown ? parsePageDate(countdown) : undefined;
  return [
    {
      disputeId,
      orderId: digitsOnly(ORDER_ID_TEXT.exec(text)?.[1]) ?? ids.orderId,
      source: 'page-dom',
      route,
      reason: toPlainText(labelledText(root, REASON_LABEL, SHORT), SHORT),
      status: state.status,
      statusText,
      awaiting: state.awaiting,
      deadline: deadlineOn ? { on: deadlineOn, text: toPlainText(countdown, SHORT) } : undefined,
      history: disputeHistory(root),
    },
  ];
}

function disputeHistory(root: ParentNode): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  const proposal = matchFirst(root, GLOBAL_DISPUTE_DETAIL.sellerSolution);
  if (proposal) {
    const text = spacedTextOf(proposal, MESSAGE);
    entries.push({
      actor: 'seller',
      action: "Seller's proposal",
      text: toPlainText(text, MESSAGE),
      amount: parseMoney(text),
    });
  }
  for (const item of matchAll(root, GLOBAL_DISPUTE_DETAIL.history).elements.slice(0, 499)) {
    const timeText = textOf(matchFirst(item, GLOBAL_DISPUTE_DETAIL.historyTime), 80);
    const body = textOf(item, MESSAGE).slice(timeText.length).trim();
    const actor = ACTOR_PREFIXES.find(([prefix]) => prefix.test(body));
    const text = actor ? body.replace(actor[0], '').trim() : body;
    entries.push({
      actor: actor?.[1],
      at: parsePageDate(timeText),
      text: toPlainText(text, MESSAGE),
      amount: parseMoney(text),
    });
  }
  return entries;
}

function storeOf(name: string | undefined, id: string | undefined): OrderSnapshot['store'] {
  return name || id ? { name, id } : undefined;
}
