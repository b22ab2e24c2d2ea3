import { describe, expect, it } from 'vitest';
import { FROM_PANEL } from '../../../lib/messaging/panel-channel';
import { handleMessage } from '../../../lib/worker/handle-message';
import { delivered, SELF, useTestWorker } from '../support/worker-env';

const env = useTestWorker('panel-frame-test');
const frameIn = (tabId: number) => ({ id: SELF.id, url: `${SELF.baseUrl}panel.html`, tab: { id: tabId }, frameId: 7 });

describe('the panel frame’s messages', () => {
  it('hello answers the tab the browser says the frame is in', async () => {
    expect(await handleMessage({ type: 'panel-hello' }, frameIn(42), env())).toEqual({
      ok: true,
      result: { tabId: 42 },
    });
  });

  it('a request goes to the content script of the frame’s own tab, and nowhere else', async () => {
    const reply = await handleMessage({ type: 'panel-request', request: { type: 'check' } }, frameIn(9), env());
    // The content script's answer comes back to the frame.
    expect(reply).toEqual({ ok: true, result: { answer: { done: true } } });
    expect(delivered).toEqual([{ tabId: 9, message: { type: FROM_PANEL, request: { type: 'check' } } }]);
  });

  it('the panel page cannot use the extension pages’ rights, even in its own tab', async () => {
    const reply = await handleMessage({ type: 'delete-all-data', confirmed: true }, frameIn(9), env());
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('typed facts from the panel are checked like any message: a bad date is refused', async () => {
    const reply = await handleMessage(
      {
        type: 'panel-request',
        request: {
          type: 'manual-facts',
          requestId: 1,
          facts: { orderId: '8190000123456789', orderedOn: '2026-02-30' },
        },
      },
      frameIn(9),
      env(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(delivered).toEqual([]);
  });
});
