import { afterEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ANSWER_TIMEOUT_MS, sendToWorker } from '../../../lib/messaging/client';
import { PANEL_WAIT_MS, type PanelAnswer, type PanelView } from '../../../lib/messaging/panel-channel';
import { followView } from '../../../lib/panel/follow-view';

const viewNumber = (n: number) => ({ page: { kind: 'dispute-start', n } }) as unknown as PanelView;

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
  fakeBrowser.reset();
});

/**
 * The content script as the frame meets it through the worker: a wait is answered at once when the view is newer,
 * at the next change, or unchanged after PANEL_WAIT_MS.
 */
function fakeContentScript() {
  let version = 0;
  const waiting = new Set<() => void>();
  const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage') as unknown as MockInstance<
    (message: { request: { since: number } }) => Promise<unknown>
  >;
  send.mockImplementation(
    ({ request }) =>
      new Promise((resolve) => {
        const answer = () => {
          waiting.delete(answer);
          resolve({ ok: true, result: { answer: { view: viewNumber(version), version } } });
        };
        if (version > request.since) return answer();
        waiting.add(answer);
        setTimeout(answer, PANEL_WAIT_MS);
      }),
  );
  return {
    change: () => {
      version++;
      for (const wake of [...waiting]) wake();
    },
  };
}

describe('followView', () => {
  it('the content script answers a quiet wait well before the client stops waiting for it', () => {
    // Room for the worker to pass the answer on while it is busy or starting.
    expect(PANEL_WAIT_MS + 3000).toBeLessThan(ANSWER_TIMEOUT_MS);
  });

  it('a page left quiet for an hour is still followed, and its next change shows at once', async () => {
    vi.useFakeTimers();
    const page = fakeContentScript();
    const seen: PanelView[] = [];
    const asked: Array<PanelAnswer | undefined> = [];
    const stop = new AbortController();
    void followView({
      wait: async (since) => {
        const reply = await sendToWorker({ type: 'panel-request', request: { type: 'wait', since } });
        const answer = reply.ok ? (reply.result.answer as PanelAnswer) : undefined;
        asked.push(answer);
        return answer;
      },
      changed: (view) => seen.push(view),
      signal: stop.signal,
    });
    await vi.advanceTimersByTimeAsync(60 * 60_000);
    expect(seen).toEqual([viewNumber(0)]);
    // Every quiet wait was answered: none counted as the page failing.
    expect(asked.length).toBeGreaterThan(300);
    expect(asked.filter((answer) => answer === undefined)).toEqual([]);

    page.change();
    await vi.advanceTimersByTimeAsync(0);
    expect(seen).toEqual([viewNumber(0), viewNumber(1)]);
    stop.abort();
    page.change();
  });

  it('never gives up on a page that stops answering, and asks again within seconds once it does', async () => {
    vi.useFakeTimers();
    let answering = false;
    const seen: PanelView[] = [];
    const stop = new AbortController();
    // Once answering, the page holds a wait for a view it already gave (a long poll) rather than answering it again.
    const wait = vi.fn((since: number): Promise<PanelAnswer | undefined> => {
      if (!answering) return Promise.resolve(undefined);
      return since === 7 ? new Promise(() => undefined) : Promise.resolve({ view: viewNumber(7), version: 7 });
    });
    void followView({ wait, changed: (view) => seen.push(view), signal: stop.signal });
    await vi.advanceTimersByTimeAsync(30 * 60_000);
    expect(wait.mock.calls.length).toBeGreaterThan(400);
    expect(seen).toEqual([]);

    answering = true;
    await vi.advanceTimersByTimeAsync(4000);
    expect(seen).toEqual([viewNumber(7)]);
    stop.abort();
  });

  it('an unchanged answer is not a change, and ends the waiting between failed asks', async () => {
    vi.useFakeTimers();
    const answers: Array<PanelAnswer | undefined> = [
      { view: viewNumber(1), version: 1 },
      undefined,
      undefined,
      undefined,
      { view: viewNumber(1), version: 1 },
      undefined,
      { view: viewNumber(2), version: 2 },
    ];
    const sleeps: number[] = [];
    const seen: PanelView[] = [];
    const stop = new AbortController();
    await followView({
      wait: async () => {
        const next = answers.shift();
        if (!answers.length) stop.abort();
        return next;
      },
      changed: (view) => seen.push(view),
      sleep: async (ms) => void sleeps.push(ms),
      signal: stop.signal,
    });
    expect(seen).toEqual([viewNumber(1)]);
    expect(sleeps).toEqual([500, 1000, 1500, 500]);
  });

  it('a view the panel fails to show, or an ask that throws, does not end the following', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const answers: Array<() => Promise<PanelAnswer | undefined>> = [
      async () => ({ view: viewNumber(1), version: 1 }),
      () => Promise.reject(new Error('the worker went away')),
      async () => ({ view: viewNumber(2), version: 2 }),
    ];
    const seen: number[] = [];
    const stop = new AbortController();
    await followView({
      wait: () => answers.shift()!(),
      changed: (view) => {
        const n = (view.page as unknown as { n: number }).n;
        if (n === 1) throw new Error('the panel could not paint');
        seen.push(n);
        stop.abort();
      },
      sleep: async () => undefined,
      signal: stop.signal,
    });
    expect(seen).toEqual([2]);
    expect(errors).toHaveBeenCalledTimes(1);
  });
});
