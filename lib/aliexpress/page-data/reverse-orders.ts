import { toPlainText } from '../../model/plain-text';
import {
  TEXT_LIMITS,
  type DisputeSnapshot,
  type HistoryEntry,
  type Party,
  type Resolution,
} from '../../model/snapshots';
import { parsePageDate } from '../text/dates';
import { moneyFromCents, moneyFromPriceInfo, parseMoney, type MoneyValue } from '../text/money';
import { disputeStateOf, type DisputeStatusAndTurn } from '../text/statuses';
import {
  forEachRecord,
  idOf,
  isRecord,
  own,
  ownAny,
  ownRecord,
  ownString,
  stringsIn,
  type JsonRecord,
} from './json-tree';

export type PartialDispute = Partial<DisputeSnapshot> & { disputeId: string };

/**
 * Reverse orders ("returns/refunds", our disputes). The list (`queryreverseorderpagelistforbuyer`, real capture,
 * README fact 7) and the detail (`reverseorderlinerenderforbuyer`, never captured publicly) share the line fields
 * `reverseOrderLineId`, `tradeOrderId`, `reverseStatus`, `gmtCreateFormat`. For the detail we read the vocabulary
 * the doc records (§2.1, Part 2 A5) in the camelCase the buyer API uses elsewhere: solution lists whose entries
 * carry `solutionOwner`/`solutionType`/`status`/`refundMoney`, process entries with `actionType`,
 * `submitMemberType`, `gmtCreate(Format)` and `content`, and a countdown/deadline block. The snake_case
 * spellings of the open-platform API are accepted too.
 */
export function disputesFromReverseOrders(
  payload: unknown,
  context: { route: string; referenceDate?: Date },
): PartialDispute[] {
  const found = new Map<string, PartialDispute>();
  forEachRecord(payload, (record) => {
    const disputeId = idOf(ownAny(record, 'reverseOrderLineId', 'reverse_order_line_id'));
    if (!disputeId || found.has(disputeId)) return;
    found.set(disputeId, disputeFromLine(record, disputeId, context));
  });
  return [...found.values()];
}

function disputeFromLine(
  line: JsonRecord,
  disputeId: string,
  context: { route: string; referenceDate?: Date },
): PartialDispute {
  const solutions = collect(line, (record) => ownAny(record, 'solutionOwner', 'solution_owner') !== undefined);
  const process = collect(line, (record) => ownAny(record, 'actionType', 'action_type') !== undefined);
  const statusText = toPlainText(
    ownAny(line, 'reverseStatusText', 'statusText', 'reverseDetailStatusText'),
    TEXT_LIMITS.short,
  );
  const state = firstState([
    disputeStateOf(statusText),
    disputeStateOf(ownAny(line, 'reverseDetailStatus', 'reverse_detail_status', 'issueStatus', 'issue_status')),
    ...solutions.map((solution) => disputeStateOf(own(solution, 'status'))),
    disputeStateOf(own(line, 'reverseStatus')),
  ]);
  const buyerSolution = solutions.find(
    (solution) => partyOf(ownAny(solution, 'solutionOwner', 'solution_owner')) === 'buyer',
  );
  const maxRefund = moneyOf(ownAny(line, 'refundMoneyMax', 'refund_money_max'));
  const requestedAmount =
    moneyOf(ownAny(buyerSolution, 'refundMoney', 'refund_money')) ??
    moneyOf(own(ownRecord(line, 'reachSolution'), 'refundMoney'));
  return {
    disputeId,
    orderId: idOf(ownAny(line, 'tradeOrderId', 'orderId', 'trade_order_id')),
    source: 'page-data',
    route: context.route,
    reason: toPlainText(
      own(ownRecord(line, 'applyReason'), 'reasonName') ?? ownAny(line, 'reasonName', 'issueReason', 'issue_reason'),
      TEXT_LIMITS.short,
    ),
    resolution: resolutionOf(ownAny(buyerSolution, 'solutionType', 'solution_type'), requestedAmount, maxRefund),
    requestedAmount,
    status: state.status,
    statusText,
    awaiting: state.awaiting,
    deadline: deadlineOf(line, context.referenceDate),
    openedOn: dateOf(ownAny(line, 'gmtCreateFormat', 'gmtCreateText'), context.referenceDate),
    history: process.map((entry) => historyEntryOf(entry, context.referenceDate)),
  };
}

function collect(root: JsonRecord, matches: (record: JsonRecord) => boolean): JsonRecord[] {
  const found: JsonRecord[] = [];
  forEachRecord(root, (record) => {
    if (record !== root && matches(record)) found.push(record);
  });
  return found;
}

function firstState(states: DisputeStatusAndTurn[]): DisputeStatusAndTurn {
  return states.find((state) => state.status !== undefined) ?? {};
}

function resolutionOf(
  type: unknown,
  requested: MoneyValue | undefined,
  max: MoneyValue | undefined,
): Resolution | undefined {
  if (type === 'return_and_refund' || type === 'RETURN_AND_REFUND') return 'return';
  if (type !== 'refund' && type !== 'REFUND') return undefined;
  return requested && max && requested.currency === max.currency && requested.amount < max.amount
    ? 'partial_refund'
    : 'full_refund';
}

function historyEntryOf(entry: JsonRecord, referenceDate: Date | undefined): HistoryEntry {
  const action = ownAny(entry, 'actionText', 'actionType', 'action_type');
  return {
    actor: partyOf(ownAny(entry, 'submitMemberType', 'submit_member_type', 'actor', 'operatorRole')),
    at: dateOf(ownAny(entry, 'gmtCreateFormat', 'gmtCreateText', 'gmt_create'), referenceDate),
    action: toPlainText(typeof action === 'string' ? action.replace(/_/g, ' ') : undefined, TEXT_LIMITS.short),
    text: toPlainText(ownAny(entry, 'content', 'text'), TEXT_LIMITS.message),
    amount: moneyOf(ownAny(entry, 'refundMoney', 'refund_money', 'amount')),
  };
}

/** The countdown of the current step: any `countdown`/`deadline`/`timeout` field whose text holds a date. */
function deadlineOf(line: JsonRecord, referenceDate: Date | undefined): DisputeSnapshot['deadline'] {
  for (const key of Object.keys(line)) {
    if (!/countdown|deadline|timeout|expire/i.test(key)) continue;
    for (const text of stringsIn(line[key], 50)) {
      const on = parsePageDate(text, { referenceDate });
      if (on) return { on, text: toPlainText(text, TEXT_LIMITS.short) };
    }
  }
  return undefined;
}

function partyOf(value: unknown): Party | undefined {
  if (typeof value !== 'string') return undefined;
  const role = value.toLowerCase();
  if (role === 'buyer') return 'buyer';
  if (role === 'seller') return 'seller';
  if (['platform', 'system', 'aliexpress', 'admin', 'cs'].includes(role)) return 'platform';
  return undefined;
}

/** Money in any of the reverse API's shapes: `{cent, currency}`, `{priceInfo}`/`formatMoney`, or a text. */
function moneyOf(value: unknown): MoneyValue | undefined {
  if (typeof value === 'string') return parseMoney(value);
  if (!isRecord(value)) return undefined;
  const currency = ownString(value, 'currency', 'currencyCode');
  return (
    moneyFromCents(own(value, 'cent'), currency) ??
    moneyFromPriceInfo(own(ownRecord(value, 'formatPrice'), 'priceInfo'), currency) ??
    (typeof own(value, 'formatMoney') === 'string'
      ? parseMoney(own(value, 'formatMoney') as string, { currency })
      : undefined)
  );
}

function dateOf(value: unknown, referenceDate: Date | undefined): string | undefined {
  return typeof value === 'string' ? parsePageDate(value, { referenceDate }) : undefined;
}
