import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANSWER_TIMEOUT_MS, sendToWorker, worthSendingAgain } from '../../../lib/messaging/client';

const message = { type: 'panel-set-collapsed', collapsed: true } as const;
// The fake's sendMessage is typed as returning void; the real one resolves to the listener's answer.
const spyOnSend = () =>
  vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as MockInstance<(message: unknown) => Promise<unknown>>;

afterEach(() => {
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

describe('sendToWorker', () => {
  it('returns the worker reply', async () => {
    spyOnSend().mockResolvedValue({ ok: true, result: { collapsed: true } });
    expect(await sendToWorker(message)).toEqual({ ok: true, result: { collapsed: true } });
  });

  it('retries once when the worker cannot be reached, then succeeds', async () => {
    const send = spyOnSend()
      .mockRejectedValueOnce(new Error('Could not establish connection. Receiving end does not exist.'))
      .mockResolvedValueOnce({ ok: true, result: { collapsed: true } });
    expect(await sendToWorker(message)).toEqual({ ok: true, result: { collapsed: true } });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['nothing', undefined],
    ['a string', 'ok'],
    ['an object without ok', { result: 1 }],
    ['ok without result', { ok: true }],
  ])('turns %s into a no-answer error', async (_label, reply) => {
    spyOnSend().mockResolvedValue(reply);
    expect(await sendToWorker(message)).toEqual({
      ok: false,
      error: { code: 'no-answer', message: 'the worker did not answer' },
    });
  });

  it('gives up after the retry', async () => {
    const send = spyOnSend().mockRejectedValue(new Error('gone'));
    expect(await sendToWorker(message)).toMatchObject({ ok: false, error: { code: 'no-answer' } });
    expect(send).toHaveBeenCalledTimes(2);
  });

  it('a message left unsettled (the worker stopped while answering) comes back as no answer in the end', async () => {
    vi.useFakeTimers();
    try {
      spyOnSend().mockReturnValue(new Promise(() => undefined));
      const reply = sendToWorker(message);
      await vi.advanceTimersByTimeAsync(ANSWER_TIMEOUT_MS);
      expect(await reply).toMatchObject({ ok: false, error: { code: 'no-answer' } });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('worthSendingAgain', () => {
  it.each([
    ['no-answer', true],
    ['storage-failed', true],
    ['storage-full', true],
    ['bad-message', false],
    ['not-our-page', false],
    ['outdated', false],
    ['forbidden-sender', false],
  ] as const)('a report answered %s goes again: %s', (code, again) => {
    expect(worthSendingAgain({ ok: false, error: { code } })).toBe(again);
  });

  it('a report the worker took does not', () => {
    expect(worthSendingAgain({ ok: true })).toBe(false);
  });
});
