import { describe, expect, it } from 'vitest';
import { handleMessage } from '../../../lib/worker/handle-message';
import { contentScriptAt, useTestWorker } from '../support/worker-env';

const env = useTestWorker('check-dispute-test');
const ORDER = '8190000123456789';
const detailUrl = `https://www.aliexpress.com/p/order/detail.html?orderId=${ORDER}`;
const formUrl = `https://www.aliexpress.com/p/reverse-pages/start.html?orderId=${ORDER}`;
const TEXT =
  'The parcel arrived on 3 March with a cracked screen: photos of the crack and the box are attached. Please refund 40 of the price.';

async function knownOrderTotal(worker: ReturnType<typeof env>) {
  await handleMessage(
    { type: 'page-dom', pageUrl: detailUrl, orders: [{ orderId: ORDER, totalText: 'US $11.48' }], disputes: [] },
    contentScriptAt(detailUrl),
    worker,
  );
}

const check = (worker: ReturnType<typeof env>, currencyText: string | undefined) =>
  handleMessage(
    {
      type: 'check-dispute',
      pageUrl: formUrl,
      uiLanguage: 'en',
      draft: {
        text: TEXT,
        resolution: 'partial_refund',
        amount: 40,
        attachedFiles: 2,
        ...(currencyText && { currencyText }),
      },
    },
    contentScriptAt(formUrl),
    worker,
  );

const codes = (reply: Awaited<ReturnType<typeof check>>) =>
  reply.ok
    ? (reply.result as { result: { findings: Array<{ code: string }> } }).result.findings.map((f) => f.code)
    : [];

describe('check-dispute', () => {
  it('compares the amount with what was paid when the form shows the same currency', async () => {
    const worker = env();
    await knownOrderTotal(worker);
    expect(codes(await check(worker, 'Max. US $12.99'))).toContain('amount_exceeds_total');
  });

  it('does not compare amounts in different currencies', async () => {
    const worker = env();
    await knownOrderTotal(worker);
    expect(codes(await check(worker, 'Не более 1 000 ₽'))).not.toContain('amount_exceeds_total');
  });

  it('counts the files attached in the page’s form as evidence', async () => {
    const worker = env();
    const reply = await check(worker, undefined);
    expect(codes(reply)).not.toContain('evidence_not_attached');
    expect(codes(reply)).not.toContain('missing_evidence');
  });
});

describe('check-dispute with the learned model', () => {
  it('passes the worker’s learned model to the check', async () => {
    const text = `${TEXT} My cousin has heard all about this order.`;
    const threatOn = (cousin: number) => ({
      insult: { bias: -10, threshold: 0.5, weights: {} },
      threat: { bias: -10, threshold: 0.5, weights: { cousi: cousin } },
      vague: { bias: -10, threshold: 0.5, weights: {} },
      vocabulary: ['cousi'],
    });
    const run = async (model: ReturnType<typeof threatOn> | undefined) =>
      codes(
        await handleMessage(
          { type: 'check-dispute', pageUrl: formUrl, uiLanguage: 'en', draft: { text, attachedFiles: 2 } },
          contentScriptAt(formUrl),
          { ...env(), learnedModel: async () => model },
        ),
      );
    expect(await run(threatOn(20))).toContain('threat');
    expect(await run(threatOn(0))).not.toContain('threat');
    expect(await run(undefined)).not.toContain('threat');
  });
});
