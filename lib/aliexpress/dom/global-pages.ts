import { toPlainText } from '../../model/plain-text';
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
import {
  labelledText,
  pageText,
  plainOf,
  productIdOf,
  protectionTextIn,
  quantityOf,
  rawTextOf,
  spacedTextOf,
  storeIdOf,
  textOf,
} from './dom-text';
import type { DisputeTextDraft, HistoryEntryTextDraft, OrderTextDraft, OrderItemTextDraft } from './drafts';
import { ORDER_ID_IN_QUERY } from '../id-patterns';

const SHORT = 200;
const TITLE = 500;
const MESSAGE = 4000;
const PRICE = 100;
const ROW = 300;

/** Order cards on /p/order/index.html (doc §4.1). */
export function readGlobalOrderList(root: ParentNode, route: string): OrderTextDraft[] {
  const orders: OrderTextDraft[] = [];
  for (const card of matchAll(root, GLOBAL_ORDER_LIST.card).elements) {
    const headerTexts = matchAll(card, GLOBAL_ORDER_LIST.headerInfo).elements.map((line) => textOf(line, 200));
    const orderId = orderIdOfCard(card, headerTexts);
    if (!orderId) continue;
    const dateLine = headerTexts.find((line) => ORDER_DATE_LABEL.test(line));
    const storeLink = matchFirst(card, GLOBAL_ORDER_LIST.storeLink);
    orders.push({
      orderId,
      route,
      statusText: plainOf(matchFirst(card, GLOBAL_ORDER_LIST.status), SHORT),
      store: storeOf(plainOf(storeLink, SHORT), storeIdOf(storeLink)),
      items: listItems(card),
      totalText: rawTextOf(matchFirst(card, GLOBAL_ORDER_LIST.total), PRICE),
      orderedOnText: toPlainText(dateLine?.replace(ORDER_DATE_LABEL, ''), SHORT),
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
  return ORDER_ID_IN_QUERY.exec(href)?.[1];
}

function listItems(card: Element): OrderItemTextDraft[] {
  const names = matchAll(card, GLOBAL_ORDER_LIST.itemName).elements;
  const numbers = matchAll(card, GLOBAL_ORDER_LIST.itemNumber).elements;
  return names.map((name, index) => {
    const number = numbers[index];
    const quantityText = textOf(number ? matchFirst(number, GLOBAL_ORDER_LIST.itemQuantity) : null, 40);
    return {
      title: plainOf(name, TITLE),
      productId: productIdOf(name.querySelector('a[href*="/item/"]')),
      quantity: quantityText ? quantityOf(quantityText) : undefined,
      priceText: rawTextOf(number, PRICE),
    };
  });
}

/** /p/order/detail.html (doc §4.2); nothing unless the known layout is there. */
export function readGlobalOrderDetail(root: ParentNode, route: string, urlOrderId?: string): OrderTextDraft[] {
  if (!matchFirst(root, GLOBAL_ORDER_DETAIL.layout)) return [];
  const rows = matchAll(root, GLOBAL_ORDER_DETAIL.infoRow).elements.map((row) => textOf(row, ROW));
  const rowValue = (label: RegExp) => toPlainText(rows.find((row) => label.test(row))?.replace(label, ''), ROW);
  const orderId = rows.map((row) => digitsOnly(ORDER_ID_TEXT.exec(row)?.[1])).find(Boolean) ?? urlOrderId;
  if (!orderId) return [];

  return [
    {
      orderId,
      route,
      statusText: plainOf(matchFirst(root, GLOBAL_ORDER_DETAIL.status), SHORT),
      store: storeOf(plainOf(matchFirst(root, GLOBAL_ORDER_DETAIL.storeName), SHORT), undefined),
      items: matchAll(root, GLOBAL_ORDER_DETAIL.item).elements.map(detailItem),
      totalText: detailTotalText(root),
      orderedOnText: rowValue(ORDER_DATE_LABEL),
      paidOnText: rowValue(PAID_ON_LABEL),
      shippedOnText: rowValue(SHIPPED_ON_LABEL),
      tracking: detailTracking(root, rows),
      protectionText: protectionTextIn(pageText(root, 50_000)),
    },
  ];
}

function detailItem(item: Element): OrderItemTextDraft {
  const title = matchFirst(item, GLOBAL_ORDER_DETAIL.itemTitle);
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
    priceText: rawTextOf(matchFirst(item, GLOBAL_ORDER_DETAIL.itemPrice), PRICE),
  };
}

function detailTotalText(root: ParentNode): string | undefined {
  for (const row of matchAll(root, GLOBAL_ORDER_DETAIL.priceRow).elements) {
    if (TOTAL_LABEL.test(textOf(matchFirst(row, GLOBAL_ORDER_DETAIL.priceLabel), 60))) {
      return rawTextOf(matchFirst(row, GLOBAL_ORDER_DETAIL.priceValue), PRICE);
    }
  }
  return undefined;
}

function detailTracking(root: ParentNode, rows: string[]): OrderTextDraft['tracking'] {
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
): DisputeTextDraft[] {
  const statusElement = matchFirst(root, GLOBAL_DISPUTE_DETAIL.status);
  if (!statusElement) return [];
  const text = pageText(root, 20_000);
  const disputeId = ids.disputeId ?? CASE_ID_TEXT.exec(text)?.[1];
  if (!disputeId) return [];
  return [
    {
      disputeId,
      orderId: digitsOnly(ORDER_ID_TEXT.exec(text)?.[1]) ?? ids.orderId,
      route,
      reason: toPlainText(labelledText(root, REASON_LABEL, SHORT), SHORT),
      statusText: plainOf(statusElement, SHORT),
      deadlineText: rawTextOf(matchFirst(root, GLOBAL_DISPUTE_DETAIL.countdown), ROW),
      history: disputeHistory(root),
    },
  ];
}

function disputeHistory(root: ParentNode): HistoryEntryTextDraft[] {
  const entries: HistoryEntryTextDraft[] = [];
  const proposal = matchFirst(root, GLOBAL_DISPUTE_DETAIL.sellerSolution);
  if (proposal) {
    entries.push({
      actor: 'seller',
      action: "Seller's proposal",
      text: toPlainText(spacedTextOf(proposal, MESSAGE), MESSAGE),
    });
  }
  for (const item of matchAll(root, GLOBAL_DISPUTE_DETAIL.history).elements.slice(0, 499)) {
    const timeText = textOf(matchFirst(item, GLOBAL_DISPUTE_DETAIL.historyTime), 80);
    const body = textOf(item, MESSAGE).slice(timeText.length).trim();
    const actor = ACTOR_PREFIXES.find(([prefix]) => prefix.test(body));
    entries.push({
      actor: actor?.[1],
      atText: toPlainText(timeText, 80),
      text: toPlainText(actor ? body.replace(actor[0], '').trim() : body, MESSAGE),
    });
  }
  return entries;
}

function storeOf(name: string | undefined, id: string | undefined): OrderTextDraft['store'] {
  return name || id ? { name, id } : undefined;
}
