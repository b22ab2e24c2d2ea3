import { toPlainText } from '../../model/plain-text';
import { TEXT_LIMITS, type TrackingNumber } from '../../model/snapshots';
import { parsePageDate } from '../text/dates';
import { protectionEndIn } from '../text/protection';
import { forEachRecord, isRecord, own, ownArray, ownRecord, ownString, stringsIn, type JsonRecord } from './json-tree';
import type { PartialOrder } from './ultron-orders';
import { TRADE_ORDER_ID_IN_QUERY } from '../id-patterns';

/**
 * `mtop.ae.ld.querydetail` (README fact 6): packages are objects with `mailNo` and a `detailList` of events, newest
 * first. The order id appears only as `tradeOrderId=` inside a link (`etaInfo.tipsLink`), so it is read from there.
 */
const DELIVERED_CODES = /^(AE_GTMS_SIGNED|AE_.*_SIGNED|AE_.*DELIVERED)$/;

export function orderFromTracking(payload: unknown, context: { route: string; referenceDate?: Date }): PartialOrder[] {
  const orderId = orderIdInLinks(payload);
  if (!orderId) return [];
  const packages: JsonRecord[] = [];
  forEachRecord(payload, (record) => {
    if (own(record, 'mailNo') !== undefined || Array.isArray(own(record, 'detailList'))) packages.push(record);
  });
  const tracking = packages.map(trackingNumberOf).filter((number) => number !== undefined);
  const deliveredOn = packages.map((pkg) => deliveredOnOf(pkg, context.referenceDate)).find(Boolean);
  const protectionEndsOn = stringsIn(own(payload, 'fastDeliveryInfoDTO') ?? payload)
    .map((text) => protectionEndIn(text, context.referenceDate))
    .find(Boolean);
  return [{ orderId, source: 'page-data', route: context.route, tracking, deliveredOn, protectionEndsOn }];
}

function orderIdInLinks(payload: unknown): string | undefined {
  for (const text of stringsIn(payload)) {
    const id = TRADE_ORDER_ID_IN_QUERY.exec(text)?.[1];
    if (id) return id;
  }
  return undefined;
}

function trackingNumberOf(pkg: JsonRecord): TrackingNumber | undefined {
  const number = ownString(pkg, 'mailNo', 'originMailNo')?.trim();
  if (!number) return undefined;
  const carrier = toPlainText(
    own(ownRecord(pkg, 'logisticsCpInfo'), 'cpName') ?? own(pkg, 'logisticsCarrierName'),
    TEXT_LIMITS.short,
  );
  return carrier ? { number, carrier } : { number };
}

function deliveredOnOf(pkg: JsonRecord, referenceDate: Date | undefined): string | undefined {
  const delivered = ownArray(pkg, 'detailList')
    .filter(isRecord)
    .find((event) =>
      [own(event, 'trackingPrimaryCode'), own(event, 'trackingSecondCode')].some(
        (code) => typeof code === 'string' && DELIVERED_CODES.test(code),
      ),
    );
  const eventText = ownString(delivered, 'timeText');
  if (eventText) return parsePageDate(eventText, { referenceDate });
  const eta = ownRecord(pkg, 'etaInfo');
  if (own(eta, 'etaSceneCode') === 'REAL_DELIVERY') {
    const etaText = ownString(eta, 'etaTimeText');
    if (etaText) return parsePageDate(etaText, { referenceDate });
  }
  return undefined;
}
