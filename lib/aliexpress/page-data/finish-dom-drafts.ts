import { toPlainText } from '../../model/plain-text';
import { TEXT_LIMITS, type PageSnapshots } from '../../model/snapshots';
import { parsePageDate } from '../text/dates';
import { parseMoney, type ParseMoneyOptions } from '../text/money';
import { protectionEndIn } from '../text/protection';
import { disputeStateOf, orderStatusOf } from '../text/statuses';
import { isRecord, own, ownArray, ownRecord } from './json-tree';
import { validSnapshots } from './keep-valid';

// The longest text a DOM reader sends is a history message; anything longer did not come from our reader.
const MAX_TEXT = TEXT_LIMITS.message;

/**
 * Turns the drafts the content script read from the markup (`DomDrafts`, see `dom/drafts.ts`) into snapshots: the
 * raw texts are parsed here, with `observedAt` placing yearless dates, and the result is validated field by field.
 * The drafts come over a channel the page can reach, so they are read as unknown: only the own string and number
 * fields a draft has are used, everything else is ignored, the source is always `page-dom`, and nothing throws.
 */
export function finishDomDrafts(drafts: { orders: unknown[]; disputes: unknown[] }, observedAt: Date): PageSnapshots {
  const dateIn = (text: string | undefined) => (text ? parsePageDate(text, { referenceDate: observedAt }) : undefined);
  return validSnapshots({
    orders: drafts.orders.map((draft) => finishSafely(() => finishOrder(draft, dateIn, observedAt))),
    disputes: drafts.disputes.map((draft) => finishSafely(() => finishDispute(draft, dateIn))),
  });
}

type DateIn = (text: string | undefined) => string | undefined;

function finishOrder(draft: unknown, dateIn: DateIn, observedAt: Date) {
  if (!isRecord(draft)) return undefined;
  const priceFormat = priceFormatOf(ownRecord(draft, 'priceFormat'));
  const moneyIn = (text: string | undefined) => (text ? parseMoney(text, priceFormat) : undefined);
  const statusText = textOf(draft, 'statusText');
  const store = ownRecord(draft, 'store');
  const protectionText = textOf(draft, 'protectionText');
  return {
    orderId: textOf(draft, 'orderId'),
    source: 'page-dom',
    route: textOf(draft, 'route'),
    status: orderStatusOf(textOf(draft, 'statusCode')) ?? orderStatusOf(statusText),
    statusText,
    store: store && { name: textOf(store, 'name'), id: textOf(store, 'id') },
    items: recordsOf(draft, 'items', 100).map((item) => ({
      title: textOf(item, 'title'),
      productId: textOf(item, 'productId'),
      options: ownArray(item, 'options')
        .slice(0, 20)
        .filter((option) => typeof option === 'string'),
      quantity: numberOf(item, 'quantity'),
      price: moneyIn(textOf(item, 'priceText')),
    })),
    total: moneyIn(textOf(draft, 'totalText')),
    orderedOn: dateIn(textOf(draft, 'orderedOnText')),
    paidOn: dateIn(textOf(draft, 'paidOnText')),
    shippedOn: dateIn(textOf(draft, 'shippedOnText')),
    tracking: recordsOf(draft, 'tracking', 20).map((tracking) => ({
      number: textOf(tracking, 'number'),
      carrier: textOf(tracking, 'carrier'),
    })),
    protectionEndsOn: protectionText ? protectionEndIn(protectionText, observedAt) : undefined,
  };
}

function finishDispute(draft: unknown, dateIn: DateIn) {
  if (!isRecord(draft)) return undefined;
  const statusText = textOf(draft, 'statusText');
  const { status, awaiting } = disputeStateOf(statusText);
  const deadlineText = textOf(draft, 'deadlineText');
  const deadlineOn = dateIn(deadlineText);
  return {
    disputeId: textOf(draft, 'disputeId'),
    orderId: textOf(draft, 'orderId'),
    source: 'page-dom',
    route: textOf(draft, 'route'),
    reason: textOf(draft, 'reason'),
    status,
    statusText,
    awaiting,
    deadline: deadlineOn && { on: deadlineOn, text: toPlainText(deadlineText, TEXT_LIMITS.short) },
    history: recordsOf(draft, 'history', 500).map((entry) => {
      const text = textOf(entry, 'text');
      return {
        actor: textOf(entry, 'actor'),
        at: dateIn(textOf(entry, 'atText')),
        action: textOf(entry, 'action'),
        text,
        amount: text ? parseMoney(text) : undefined,
      };
    }),
  };
}

/** A draft that breaks the finisher in a way nobody foresaw is dropped, not thrown at the message handler. */
function finishSafely(finish: () => unknown): unknown {
  try {
    return finish();
  } catch {
    return undefined;
  }
}

/** The page's price conventions (.ru: RUB with a decimal comma), when the draft states usable ones. */
function priceFormatOf(format: Record<string, unknown> | undefined): ParseMoneyOptions {
  const decimal = own(format, 'decimal');
  return {
    currency: textOf(format, 'currency'),
    decimal: decimal === ',' || decimal === '.' ? decimal : undefined,
  };
}

function textOf(record: unknown, key: string): string | undefined {
  const value = own(record, key);
  return typeof value === 'string' && value.length <= MAX_TEXT ? value : undefined;
}

function numberOf(record: unknown, key: string): number | undefined {
  const value = own(record, key);
  return typeof value === 'number' ? value : undefined;
}

function recordsOf(record: unknown, key: string, max: number): Array<Record<string, unknown>> {
  return ownArray(record, key).slice(0, max).filter(isRecord);
}
