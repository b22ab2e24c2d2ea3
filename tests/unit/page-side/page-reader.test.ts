// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendToWorker } from '../../../lib/messaging/client';
import { readPageMarkup } from '../../../lib/page-side/page-reader';
import type { DetectedPage } from '../../../lib/pages/detect-page';

// What the page shows does not matter here, only that there is something to report and how the worker answers.
vi.mock('../../../lib/aliexpress/dom/read-page', () => ({
  readSnapshotsFromDom: () => ({ orders: [{ orderId: '8190000123456789' }], disputes: [] }),
}));
vi.mock('../../../lib/messaging/client', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../lib/messaging/client')>()),
  sendToWorker: vi.fn(),
}));

const send = vi.mocked(sendToWorker);
const PAGE = { kind: 'order-detail', site: 'com', orderId: '8190000123456789' } as unknown as DetectedPage;
const ctx = {
  setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
} as unknown as ContentScriptContext;
const NO_ANSWER = { ok: false, error: { code: 'no-answer', message: 'the worker did not answer' } } as const;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  send.mockReset();
});
afterEach(() => vi.useRealTimers());

describe('readPageMarkup', () => {
  it('sends a report the worker did not take again with back-off for about three minutes, then stops', async () => {
    send.mockResolvedValue(NO_ANSWER as never);
    const controller = new AbortController();
    readPageMarkup(ctx, PAGE, controller.signal, { onRead: () => undefined });
    await vi.advanceTimersByTimeAsync(400);
    expect(send).toHaveBeenCalledTimes(1);
    // 1, 2, 4 and 8 seconds, then every 8 seconds: more than the 25 reads a page may take, none of them a read.
    const waits = [1000, 2000, 4000, ...Array<number>(22).fill(8000)];
    for (const [index, wait] of waits.entries()) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(send).toHaveBeenCalledTimes(index + 1);
      await vi.advanceTimersByTimeAsync(1);
      expect(send).toHaveBeenCalledTimes(index + 2);
    }
    await vi.advanceTimersByTimeAsync(600_000);
    expect(send).toHaveBeenCalledTimes(26);
    controller.abort();
  });

  it('does not send again a report the worker refused (a page script cannot make it repeat one)', async () => {
    send.mockResolvedValue({ ok: false, error: { code: 'bad-message', message: 'not a page report' } } as never);
    const controller = new AbortController();
    readPageMarkup(ctx, PAGE, controller.signal, { onRead: () => undefined });
    await vi.advanceTimersByTimeAsync(600_000);
    expect(send).toHaveBeenCalledTimes(1);
    controller.abort();
  });

  it('stops sending again once the worker takes the report', async () => {
    send.mockResolvedValueOnce(NO_ANSWER as never).mockResolvedValue({ ok: true, result: {} } as never);
    const onRead = vi.fn();
    const controller = new AbortController();
    readPageMarkup(ctx, PAGE, controller.signal, { onRead });
    await vi.advanceTimersByTimeAsync(400 + 1000);
    expect(send).toHaveBeenCalledTimes(2);
    expect(onRead).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(600_000);
    expect(send).toHaveBeenCalledTimes(2);
    controller.abort();
  });
});
