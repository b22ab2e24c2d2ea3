import { describe, expect, it } from 'vitest';
import { addEvidenceFile, writeEvidenceState } from '../../../lib/db/evidence';
import { checklistFor } from '../../../lib/evidence/checklists';
import { checkDispute } from '../../../lib/analyzer';
import type { CheckResult } from '../../../lib/analyzer/types';
import type { CheckContext } from '../../../lib/messaging/protocol';
import { draftToCheck } from '../../../lib/panel/dispute-checker';
import { handleMessage } from '../../../lib/worker/handle-message';
import { orderEvidence } from '../../../lib/worker/evidence-progress';
import { contentScriptAt, SELF, useTestWorker } from '../support/worker-env';

const env = useTestWorker('evidence-worker-test');
const ORDER = '8190000123456789';
const OTHER = '8190000123456790';
const formUrl = `https://www.aliexpress.com/p/reverse-pages/start.html?orderId=${ORDER}`;
const listUrl = 'https://www.aliexpress.com/p/order/index.html';
const frame = { id: SELF.id, url: `${SELF.baseUrl}panel.html`, tab: { id: 1 }, frameId: 7 };
const PROMISE = 'The cable arrived broken on 12 December: the plug is cracked. I attach photos. I want a full refund.';
const PROMISE_RU = 'Кабель пришёл 12 декабря сломанным: штекер треснул. Фото прилагаю. Прошу вернуть деньги полностью.';
const png = () =>
  new Blob([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3])], { type: 'image/png' });

type Worker = ReturnType<typeof env>;
const photo = async (worker: Worker, itemId: string, orderId = ORDER) =>
  addEvidenceFile(
    await worker.db(),
    { orderId, itemId, name: 'plug.png', mime: 'image/png', kind: 'image', size: 11 },
    png(),
  );

/** The check as the panel frame runs it: the worker's context for the order, then the analyzer. */
async function check(worker: Worker, text: string, reason?: string) {
  const reply = await handleMessage(
    { type: 'check-context', orderId: ORDER, ...(reason && { reason }) },
    frame,
    worker,
  );
  if (!reply.ok) throw new Error(reply.error.message);
  return checkDispute(draftToCheck({ text, ...(reason && { reason }) }, reply.result as CheckContext));
}
const codes = (result: CheckResult) => result.findings.map((finding) => finding.code);

describe('the check counts the checklist’s files as evidence', () => {
  it.each([
    ['English', PROMISE],
    ['Russian', PROMISE_RU],
  ])('%s: "photos attached" with none is evidence_not_attached until the order has a photo', async (_, text) => {
    const worker = env();
    expect(codes(await check(worker, text))).toContain('evidence_not_attached');
    await photo(worker, 'damage-photos');
    expect(codes(await check(worker, text))).not.toContain('evidence_not_attached');
  });

  it('names the required items still missing, for the form’s reason, and drops each once it has a file', async () => {
    const worker = env();
    const required = checklistFor('damaged').filter((item) => item.required && item.accepts.length > 0);
    const missing = async () =>
      (await check(worker, PROMISE, 'Item damaged')).findings.find((f) => f.code === 'evidence_items_missing')?.items;
    expect(await missing()).toEqual(expect.arrayContaining(required.map((item) => item.id)));
    await photo(worker, required[0]!.id);
    expect(await missing()).not.toContain(required[0]!.id);
  });

  it('another order’s files do not count', async () => {
    const worker = env();
    await photo(worker, 'damage-photos', OTHER);
    expect(codes(await check(worker, PROMISE))).toContain('evidence_not_attached');
  });
});

describe('the evidence score the worker reads', () => {
  it('follows the buyer’s pick and ticks, and counts files per item', async () => {
    const worker = env();
    const db = await worker.db();
    expect((await orderEvidence(db, ORDER)).started).toBe(false);
    await writeEvidenceState(db, ORDER, { problem: 'not_received', ticked: ['tracking-number'] });
    await photo(worker, 'tracking-screenshot');
    const { progress, files, started } = await orderEvidence(db, ORDER);
    const required = checklistFor('not_received').filter((item) => item.required).length;
    expect({ started, files, required: progress.required }).toEqual({ started: true, files: 1, required });
    expect(progress.done).toBe(2);
  });

  it('the order list gets a score for the orders the buyer gathers evidence for, and none for the rest', async () => {
    const worker = env();
    await photo(worker, 'seller-chat');
    const reply = await handleMessage(
      { type: 'page-dom', pageUrl: listUrl, orders: [], disputes: [], listedOrderIds: [ORDER, OTHER] },
      contentScriptAt(listUrl),
      worker,
    );
    expect(reply.ok && (reply.result as { evidence?: unknown }).evidence).toEqual({
      [ORDER]: { done: 1, required: checklistFor('other').filter((item) => item.required).length },
    });
  });

  it('a panel frame without storage of its own gets the state, never a file; a page cannot ask', async () => {
    const worker = env();
    await writeEvidenceState(await worker.db(), ORDER, { problem: 'damaged' });
    await photo(worker, 'damage-photos');
    const reply = await handleMessage({ type: 'evidence-state', orderId: ORDER }, frame, worker);
    expect(reply).toEqual({ ok: true, result: { problem: 'damaged', ticked: [], counts: { 'damage-photos': 1 } } });
    const fromPage = await handleMessage({ type: 'evidence-state', orderId: ORDER }, contentScriptAt(formUrl), worker);
    expect(fromPage.ok).toBe(false);
  });
});
