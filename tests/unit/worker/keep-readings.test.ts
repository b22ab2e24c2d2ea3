import { describe, expect, it } from 'vitest';
import { storeSnapshots } from '../../../lib/db/facts';
import { MAX_READINGS_PER_ORDER, readReadings, storeReadings } from '../../../lib/db/readings';
import { summariseCase } from '../../../lib/deadlines/case-summary';
import type { DisputeSnapshot, OrderSnapshot } from '../../../lib/model/snapshots';
import { keepReadings, readPageFacts } from '../../../lib/worker/keep-readings';
import { NOW, useTestWorker } from '../support/worker-env';

const worker = useTestWorker('keep-readings-test');
const ORDER_ID = '8190000123456789';
const DETAIL = 'mtop.aliexpress.trade.buyer.order.detail';
const TRACKING = 'mtop.ae.ld.querydetail';
const HOUR = 3_600_000;

const order = (route: string, protectionEndsOn: string): OrderSnapshot => ({
  orderId: ORDER_ID,
  source: 'page-data',
  route,
  status: 'shipped',
  protectionEndsOn,
});

describe('deadline readings kept per order', () => {
  it('two pages that disagree both stay known, whichever was read last; the panel shows the earlier and says so', async () => {
    const db = await worker().db();
    // The order detail says Oct 10, the tracking page Oct 9; then the order detail is read again.
    for (const [snapshot, at] of [
      [order(DETAIL, '2025-10-10'), NOW],
      [order(TRACKING, '2025-10-09'), NOW + HOUR],
      [order(DETAIL, '2025-10-10'), NOW + 2 * HOUR],
    ] as const) {
      await storeSnapshots(db, { orders: [snapshot], disputes: [] }, 'global', at);
      await keepReadings(db, { orders: [snapshot], disputes: [] }, at);
    }
    const facts = await readPageFacts(db, { orderId: ORDER_ID }, NOW + 2 * HOUR);
    expect(facts.order?.facts.protectionEndsOn).toBe('2025-10-10');
    expect(facts.readings?.map((reading) => [reading.origin.route, reading.on, reading.origin.at])).toEqual([
      [DETAIL, '2025-10-10', NOW + 2 * HOUR],
      [TRACKING, '2025-10-09', NOW + HOUR],
    ]);
    const protection = summariseCase(facts, NOW, 'UTC')?.deadlines.find((d) => d.kind === 'protection_end');
    expect(protection).toMatchObject({ basis: 'page', disagreement: true, due: { local: '2025-10-09' } });
    // Without the readings, only the newest page's date would be known, and no disagreement.
    const { readings: _readings, ...merged } = facts;
    expect(summariseCase(merged, NOW, 'UTC')?.deadlines.find((d) => d.kind === 'protection_end')).toMatchObject({
      disagreement: false,
      due: { local: '2025-10-10' },
    });
  });

  it('a dispute page’s timer is kept under the order its facts know, when the page does not name it', async () => {
    const db = await worker().db();
    const disputeId = '5012345678901201';
    await storeSnapshots(
      db,
      { orders: [], disputes: [{ disputeId, orderId: ORDER_ID, source: 'page-url' }] },
      'global',
      NOW,
    );
    const timer: DisputeSnapshot = {
      disputeId,
      source: 'page-dom',
      status: 'awaiting_buyer',
      deadline: { on: '2025-10-12T08:40' },
    };
    await keepReadings(db, { orders: [], disputes: [timer] }, NOW);
    expect(await readReadings(db, ORDER_ID)).toEqual([
      { kind: 'buyer_response', on: '2025-10-12T08:40', field: 'deadline', origin: { source: 'page-dom', at: NOW } },
    ]);
  });

  it('keeps at most the newest readings an order may hold, and drops invalid ones', async () => {
    const db = await worker().db();
    const readings = Array.from({ length: MAX_READINGS_PER_ORDER + 5 }, (_, index) => ({
      kind: 'protection_end',
      on: '2025-10-10',
      field: 'protectionEndsOn',
      origin: { source: 'page-data', route: `route.number${index}`, at: NOW + index },
    }));
    await storeReadings(db, new Map([[ORDER_ID, [...readings, { kind: 'not-a-kind' }]]]), NOW);
    const kept = await readReadings(db, ORDER_ID);
    expect(kept).toHaveLength(MAX_READINGS_PER_ORDER);
    expect(Math.min(...kept.map((reading) => reading.origin.at))).toBe(NOW + 5);
  });
});
