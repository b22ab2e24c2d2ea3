import { describe, expect, it } from 'vitest';
import type { OrderFacts } from '../../../lib/model/facts';
import type { OrderRecord } from '../../../lib/model/page-records';
import type { Reply } from '../../../lib/messaging/protocol';
import { handleMessage } from '../../../lib/worker/handle-message';
import { contentScriptAt, extensionPageAt, NOW, useTestWorker } from '../support/worker-env';

const env = useTestWorker('dashboard-test');
const popup = extensionPageAt('popup.html');
const DAY = 24 * 3_600_000;
const ZONE = 'Europe/Berlin';

function orderFacts(snapshot: OrderFacts['facts']): OrderFacts {
  return { orderId: snapshot.orderId, site: 'global', facts: snapshot, origins: {}, updatedAt: NOW };
}

function seen(id: string, url: string, kind: OrderRecord['kind'] = 'order-detail'): OrderRecord {
  return { id, site: 'global', kind, url, firstSeen: NOW, lastSeen: NOW, visits: 1 };
}

describe('the dashboard message', () => {
  it('answers a row for each opened order and each opened dispute’s order, with evidence, sorted by deadline', async () => {
    const worker = env();
    const db = await worker.db();
    await db.put(
      'orders',
      seen('8190000000000001', 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000001'),
    );
    await db.put(
      'orders',
      seen('8190000000000003', 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000003'),
    );
    await db.put(
      'orderFacts',
      orderFacts({
        orderId: '8190000000000001',
        source: 'page-data',
        status: 'shipped',
        items: [{ title: 'USB-C cable', imageUrl: 'https://ae01.alicdn.com/kf/S1.jpg' }],
      }),
    );
    const endOfProtection = new Date(NOW + 20 * DAY).toISOString().slice(0, 10);
    await db.put('readings', {
      orderId: '8190000000000001',
      readings: [
        {
          kind: 'protection_end',
          on: endOfProtection,
          field: 'protectionEndsOn',
          origin: { source: 'page-data', at: NOW },
        },
      ],
      updatedAt: NOW,
    });
    // A dispute page opened whose order page never was: its order is the case.
    await db.put(
      'disputes',
      seen(
        '5012345678900002',
        'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678900002',
        'dispute-detail',
      ),
    );
    const sellerDue = new Date(NOW + 2 * DAY).toISOString().slice(0, 16);
    await db.put('disputeFacts', {
      disputeId: '5012345678900002',
      orderId: '8190000000000002',
      site: 'global',
      facts: {
        disputeId: '5012345678900002',
        orderId: '8190000000000002',
        source: 'page-data',
        status: 'awaiting_seller',
      },
      origins: {},
      updatedAt: NOW,
    });
    await db.put('readings', {
      orderId: '8190000000000002',
      readings: [
        { kind: 'seller_response', on: sellerDue, field: 'deadline', origin: { source: 'page-data', at: NOW } },
      ],
      updatedAt: NOW,
    });
    // Known from a list, never opened: not the buyer's case yet.
    await db.put('orderFacts', orderFacts({ orderId: '8190000000000009', source: 'page-data' }));
    await db.put('evidenceState', { orderId: '8190000000000001', problem: 'damaged', ticked: [], updatedAt: NOW });
    await db.put('evidenceFiles', {
      id: '00000000-0000-4000-8000-000000000001',
      orderId: '8190000000000001',
      itemId: 'damage-photos',
      name: 'photo.jpg',
      mime: 'image/jpeg',
      kind: 'image',
      size: 10,
      addedAt: NOW,
    });

    const reply = (await handleMessage({ type: 'dashboard', timeZone: ZONE }, popup, worker)) as Reply<'dashboard'>;
    if (!reply.ok) throw new Error(reply.error.message);
    const { rows, now } = reply.result;
    expect(now).toBe(NOW);
    expect(rows.map((row) => [row.orderId, row.whose, row.state])).toEqual([
      ['8190000000000002', 'seller', 'soon'],
      ['8190000000000001', 'buyer', 'open'],
      ['8190000000000003', 'none', 'open'],
    ]);
    expect(rows[0]).toMatchObject({
      disputeId: '5012345678900002',
      url: 'https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=5012345678900002',
      stage: 'dispute_open',
    });
    expect(rows[1]).toMatchObject({
      title: 'USB-C cable',
      imageUrl: 'https://ae01.alicdn.com/kf/S1.jpg',
      evidence: { done: 1, started: true },
    });
  });

  it('is refused to content scripts and refuses a time zone that is not one', async () => {
    const worker = env();
    const page = contentScriptAt('https://www.aliexpress.com/p/order/index.html');
    expect(await handleMessage({ type: 'dashboard', timeZone: ZONE }, page, worker)).toMatchObject({ ok: false });
    expect(await handleMessage({ type: 'dashboard', timeZone: 'Mars/Olympus' }, popup, worker)).toMatchObject({
      ok: false,
      error: { code: 'bad-message' },
    });
  });
});
