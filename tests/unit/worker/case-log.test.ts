import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseEvents } from '../../../lib/db/case-events';
import { storeSnapshots } from '../../../lib/db/facts';
import { parseObservedResponse } from '../../../lib/aliexpress/page-data/parse-response';
import { detectPage } from '../../../lib/pages/detect-page';
import { logPageReport } from '../../../lib/worker/case-log';
import { handleMessage } from '../../../lib/worker/handle-message';
import type { WorkerEnv } from '../../../lib/worker/worker-env';
import { contentScriptAt, NOW, SELF, useTestWorker } from '../support/worker-env';

const env = useTestWorker('case-log-test');
const DISPUTE = '5012345678901201';
const ORDER = '8190000123456703';
const disputeUrl = `https://www.aliexpress.com/p/reverse-pages/detail.html?reverseOrderLineId=${DISPUTE}`;
const requestUrl = 'https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.reverseorderlinerenderforbuyer/1.0/';
const FIXTURE = readFileSync(
  path.resolve(import.meta.dirname, `../../fixtures/api/com/dispute-detail/${DISPUTE}.json`),
  'utf8',
);
const frame = { id: SELF.id, url: `${SELF.baseUrl}panel.html`, tab: { id: 1 }, frameId: 7 };

/** The fixture with a newer seller step on top, and optionally another status. */
function withSellerStep(step: Record<string, unknown>, statusText?: string): string {
  const json = JSON.parse(FIXTURE) as { data: { module: Record<string, unknown> & { processList: unknown[] } } };
  json.data.module.processList.unshift(step);
  if (statusText) json.data.module.reverseStatusText = statusText;
  return JSON.stringify(json);
}

const at = (worker: WorkerEnv, now: number): WorkerEnv => ({ ...worker, now: () => now });
const seen = (worker: WorkerEnv, loadId: string) =>
  handleMessage({ type: 'page-seen', url: disputeUrl, language: 'en', loadId }, contentScriptAt(disputeUrl), worker);
const report = (worker: WorkerEnv, text = FIXTURE) =>
  handleMessage({ type: 'page-data', pageUrl: disputeUrl, requestUrl, text }, contentScriptAt(disputeUrl), worker);
const lines = async (worker: WorkerEnv) =>
  (await readCaseEvents(await worker.db(), ORDER)).map((event) => `${event.kind} ${event.key}`);

const FIRST_VISIT = [
  'page-seen reminders.log.seen-dispute',
  // The page's history, oldest first: each party's steps once.
  'buyer-action reminders.log.buyer.open',
  'buyer-action reminders.log.buyer.proof',
  'status-changed reminders.log.platform.message',
  'seller-replied reminders.log.seller.reject',
  'buyer-action reminders.log.buyer.proof',
  'seller-replied reminders.log.seller.proof',
  'seller-replied reminders.log.seller.proposal',
];

describe('the case log a dispute page makes', () => {
  it('a page seen before its order is known gets its line once the page data names the order', async () => {
    const worker = env();
    await seen(worker, 'load-aaaaaaaa');
    expect(await lines(worker)).toEqual([]);
    await report(worker);
    expect(await lines(worker)).toEqual(FIRST_VISIT);
  });

  it('reports repeated, and the same page load reported again, add nothing', async () => {
    const worker = env();
    await seen(worker, 'load-aaaaaaaa');
    await report(worker);
    await report(at(worker, NOW + 1000));
    await seen(at(worker, NOW + 2000), 'load-aaaaaaaa');
    await report(at(worker, NOW + 3000));
    expect(await lines(worker)).toEqual(FIRST_VISIT);
  });

  it('two reports racing each other add each line once', async () => {
    const worker = env();
    await seen(worker, 'load-aaaaaaaa');
    await Promise.all([report(worker), report(env()), report(env())]);
    expect(await lines(worker)).toEqual(FIRST_VISIT);
  });

  it('the markup and the data of one page, in either order, make one line per step', async () => {
    // What the content script reads from the fixture page's markup before its data arrives (pages/com/dispute-detail).
    const markup = {
      type: 'page-dom' as const,
      pageUrl: disputeUrl,
      orders: [],
      disputes: [
        {
          disputeId: DISPUTE,
          statusText: 'Waiting for your response',
          history: [
            { actor: 'seller', action: "Seller's proposal", text: 'Partial refund US $5.00' },
            { actor: 'seller', atText: 'Jan 7, 2026 08:40', text: 'Proposed a partial refund of US $5.00.' },
            { actor: 'buyer', atText: 'Jan 5, 2026 10:15', text: 'Added 2 photos as evidence.' },
          ],
        },
      ],
    };
    const fromMarkup = (worker: WorkerEnv) => handleMessage(markup, contentScriptAt(disputeUrl), worker);
    for (const order of ['markup first', 'data first']) {
      const worker = env();
      await seen(worker, `load-${order.replace(' ', '-')}`);
      if (order === 'markup first') await fromMarkup(worker);
      await report(worker);
      await fromMarkup(worker);
      const events = await readCaseEvents(await worker.db(), ORDER);
      const steps = events.filter((event) => event.params.on).map((event) => `${event.kind} ${event.params.on}`);
      expect(new Set(steps).size, order).toBe(steps.length);
      expect(
        events.filter((event) => event.kind === 'seller-replied'),
        order,
      ).toHaveLength(3);
      await (await worker.db()).clear('caseEvents');
      await (await worker.db()).clear('disputeFacts');
    }
  });

  it('reloads within half an hour are one visit line; a visit after that is a line of its own', async () => {
    const worker = env();
    await seen(worker, 'load-aaaaaaaa');
    await report(worker);
    for (const [load, minutes] of [
      ['load-bbbbbbbb', 5],
      ['load-cccccccc', 29],
    ] as const) {
      await seen(at(worker, NOW + minutes * 60_000), load);
      await report(at(worker, NOW + minutes * 60_000));
    }
    expect(await lines(worker)).toEqual(FIRST_VISIT);
    await seen(at(worker, NOW + 31 * 60_000), 'load-dddddddd');
    expect(await lines(worker)).toEqual([...FIRST_VISIT, 'page-seen reminders.log.seen-dispute']);
  });

  it('another visit is a line; a new seller step and a status change are one line each, however often seen', async () => {
    const worker = env();
    await seen(worker, 'load-aaaaaaaa');
    await report(worker);
    const later = at(worker, NOW + 86_400_000);
    await seen(later, 'load-bbbbbbbb');
    await report(later);
    const changed = withSellerStep(
      {
        actionType: 'seller_create_solution',
        content: 'Seller proposed a partial refund of US $9.00.',
        gmtCreateFormat: '2026-01-08 10:00:00',
        submitMemberType: 'seller',
        refundMoney: { cent: 900, currency: 'USD', formatMoney: 'US $9.00' },
      },
      'Waiting for AliExpress\u2019s feedback',
    );
    await report(later, changed);
    await report(at(worker, NOW + 90_000_000), changed);
    await seen(at(worker, NOW + 90_000_000), 'load-bbbbbbbb');
    const log = await lines(worker);
    expect(log.slice(FIRST_VISIT.length)).toEqual([
      'page-seen reminders.log.seen-dispute',
      'seller-replied reminders.log.seller.proposal',
      'status-changed reminders.log.dispute-status',
    ]);
    const events = await readCaseEvents(await worker.db(), ORDER);
    expect(events.at(-2)?.params).toMatchObject({ amount: 9, currency: 'USD', on: '2026-01-08T10:00' });
    expect(events.at(-1)?.params).toMatchObject({ status: 'under_review' });
  });

  it('a worker stopped after writing the lines but before storing the facts: the next report adds no duplicate', async () => {
    const worker = env();
    await seen(worker, 'load-aaaaaaaa');
    const page = detectPage(disputeUrl)!;
    const parsed = parseObservedResponse({ requestUrl, text: FIXTURE, observedAt: new Date(NOW) });
    // The first half of a report: the lines are written, then the worker stops (the facts are never stored).
    await logPageReport(await worker.db(), page, parsed, NOW);
    expect(await lines(worker)).toEqual(FIRST_VISIT);
    // A restarted worker takes the page's next report from the top.
    const restarted = env();
    await report(restarted);
    expect(await lines(restarted)).toEqual(FIRST_VISIT);
    // And a store done without its lines first (an older worker) makes no lines later for what it stored.
    await storeSnapshots(await restarted.db(), parsed, 'global', NOW);
    await report(restarted);
    expect(await lines(restarted)).toEqual(FIRST_VISIT);
  });

  it('the panel frame reads the timeline newest first, by order or by dispute', async () => {
    const worker = env();
    await seen(worker, 'load-aaaaaaaa');
    await report(worker);
    await seen(at(worker, NOW + 3_600_000), 'load-bbbbbbbb');
    const byDispute = await handleMessage({ type: 'case-timeline', disputeId: DISPUTE }, frame, worker);
    const byOrder = await handleMessage({ type: 'case-timeline', orderId: ORDER }, frame, worker);
    expect(byDispute).toEqual(byOrder);
    const timeline = byOrder.ok ? (byOrder.result as { lines: Array<{ kind: string; at: number }> }).lines : [];
    expect(timeline).toHaveLength(FIRST_VISIT.length + 1);
    expect(timeline[0]).toMatchObject({ kind: 'page-seen', at: NOW + 3_600_000 });
    expect(timeline.map((line) => line.at)).toEqual(timeline.map((line) => line.at).sort((a, b) => b - a));
    // Only the panel frame may ask: a page's content script may not read the buyer's log.
    expect(
      await handleMessage({ type: 'case-timeline', orderId: ORDER }, contentScriptAt(disputeUrl), worker),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });
});

describe('the buyer’s own steps', () => {
  const check = (worker: WorkerEnv, text: string, verdict: 'ready' | 'needs_work' = 'needs_work') =>
    handleMessage({ type: 'check-ran', orderId: '8190000123456790', text, verdict }, frame, worker);
  it('a check the panel ran is one line per text checked', async () => {
    const worker = env();
    await check(worker, 'The parcel never arrived; tracking has not moved since 3 March.');
    await check(worker, 'The parcel never arrived; tracking has not moved since 3 March.');
    await check(worker, 'The parcel never arrived. Tracking stopped on 3 March, photos attached.', 'ready');
    const events = await readCaseEvents(await worker.db(), '8190000123456790');
    expect(events.map((event) => event.key)).toEqual(['reminders.log.checked', 'reminders.log.checked']);
    expect(events.map((event) => event.params.verdict)).toEqual(['needs_work', 'ready']);
    // The draft's words are not in the log.
    expect(JSON.stringify(events)).not.toContain('tracking');
  });

  it('only the panel frame may add one', async () => {
    const worker = env();
    const formUrl = 'https://www.aliexpress.com/p/reverse-pages/start.html?orderId=8190000123456790';
    expect(
      await handleMessage(
        { type: 'check-ran', orderId: '8190000123456790', text: 'Forged.', verdict: 'ready' },
        contentScriptAt(formUrl),
        worker,
      ),
    ).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await readCaseEvents(await worker.db(), '8190000123456790')).toEqual([]);
  });
});
