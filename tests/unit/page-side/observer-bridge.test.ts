import { Window } from 'happy-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CHANNEL_ATTRIBUTE, CHANNEL_ELEMENT, encodeObserved } from '../../../lib/aliexpress/observe-traffic';
import {
  listenToObserver,
  MAX_CHARS_PER_PAGE,
  MAX_MESSAGES_PER_PAGE,
  openObserverBridge,
  type BridgedResponse,
} from '../../../lib/page-side/observer-bridge';

const ORDER_LIST = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/?appKey=12574478';
const NAME = 'dh-0f8fad5b-d9cb-469f-a165-70867728950e';

let window: Window;
let document: Document;
/** Stands in for the isolated world's global object. */
let scope: object;
let channel: Element;

/** What the observer does at document_start: leave the channel element for the bridge. */
function leaveChannel(name = NAME): Element {
  const element = document.createElement(CHANNEL_ELEMENT);
  element.setAttribute(CHANNEL_ATTRIBUTE, name);
  document.documentElement.append(element);
  return element;
}

function send(requestUrl: string, text: string, target: EventTarget = channel, name = NAME) {
  const detail: unknown = encodeObserved(requestUrl, text);
  target.dispatchEvent(new window.CustomEvent(name, { detail: detail as object }) as unknown as Event);
}

function fakeCtx() {
  const invalidated: Array<() => void> = [];
  return {
    isInvalid: false,
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
    onInvalidated: (cb: () => void) => invalidated.push(cb),
  } as unknown as ContentScriptContext;
}

/**
 * Deliveries are promises, so when they land depends on the machine's load. `until` waits (in real time: only
 * setTimeout is ever faked here) for what must happen; `flush` gives what must not happen ample time.
 */
const tick = () => new Promise((resolve) => setImmediate(resolve));
async function until(condition: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await tick();
}
async function flush(ms = 300): Promise<void> {
  await until(() => false, ms);
}

beforeEach(() => {
  window = new Window({ url: 'https://www.aliexpress.com/p/order/index.html' });
  document = window.document as unknown as Document;
  scope = {};
  channel = leaveChannel();
});
afterEach(() => vi.useRealTimers());

describe('openObserverBridge', () => {
  it('takes the channel element out of the page at once and hears only the channel', async () => {
    openObserverBridge(document, scope);
    expect(document.documentElement.querySelector(CHANNEL_ELEMENT)).toBeNull();
    const received: BridgedResponse[] = [];
    listenToObserver(fakeCtx(), async (response) => (received.push(response), true), scope);

    // Forgeries: the old window message, and the right name on the document or the window.
    window.postMessage({ tag: 'dispute-helper:observed-response', requestUrl: ORDER_LIST, text: '{"forged":1}' }, '*');
    send(ORDER_LIST, '{"forged":2}', document);
    send(ORDER_LIST, '{"forged":3}', window as unknown as EventTarget);
    send(ORDER_LIST, '{"real":1}');
    await until(() => received.length > 0);
    await flush();
    expect(received).toEqual([{ requestUrl: ORDER_LIST, text: '{"real":1}', receivedAt: expect.any(Number) }]);
  });

  it('passes on how the page asked, and counts the request body against the page budget', async () => {
    openObserverBridge(document, scope);
    const received: BridgedResponse[] = [];
    listenToObserver(fakeCtx(), async (response) => (received.push(response), true), scope);
    const request = { method: 'POST' as const, body: 'data=%7B%7D', contentType: 'application/x-www-form-urlencoded' };
    const dispatch = (detail: string) =>
      channel.dispatchEvent(new window.CustomEvent(NAME, { detail: detail as unknown as object }) as unknown as Event);
    dispatch(encodeObserved(ORDER_LIST, '{"a":1}', request));
    // A body alone over the cap is not passed on at all.
    const huge = { method: 'POST' as const, body: 'x'.repeat(100_001) };
    dispatch(encodeObserved(ORDER_LIST, '{"b":2}', huge));
    await until(() => received.length > 0);
    await flush();
    expect(received).toEqual([{ requestUrl: ORDER_LIST, text: '{"a":1}', ...request, receivedAt: expect.any(Number) }]);
  });

  it('stays deaf without a channel element, or with a malformed name', async () => {
    channel.remove();
    openObserverBridge(document, scope);
    expect(listenToObserver(fakeCtx(), async () => true, scope).replay()).toBeUndefined();

    const other = leaveChannel('not-a-channel');
    const scope2 = {};
    openObserverBridge(document, scope2);
    const received = vi.fn(async () => true);
    listenToObserver(fakeCtx(), received, scope2);
    send(ORDER_LIST, '{}', other, 'not-a-channel');
    await flush();
    expect(received).not.toHaveBeenCalled();
  });

  it('refuses http, foreign and unobserved URLs', async () => {
    openObserverBridge(document, scope);
    const received = vi.fn(async () => true);
    listenToObserver(fakeCtx(), received, scope);
    send(ORDER_LIST.replace('https:', 'http:'), '{}');
    send('https://acs.aliexpress.com.evil.example/h5/mtop.aliexpress.trade.buyer.order.list/1.0/', '{}');
    send('https://acs.aliexpress.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/', '{}');
    await flush();
    expect(received).not.toHaveBeenCalled();
  });

  it('caps messages and characters per page load', async () => {
    openObserverBridge(document, scope);
    const received = vi.fn(async () => true);
    listenToObserver(fakeCtx(), received, scope);
    for (let i = 0; i < MAX_MESSAGES_PER_PAGE + 5; i++) send(ORDER_LIST, `{"n":${i}}`);
    await until(() => received.mock.calls.length >= MAX_MESSAGES_PER_PAGE);
    await flush();
    expect(received).toHaveBeenCalledTimes(MAX_MESSAGES_PER_PAGE);

    const scope2 = {};
    channel = leaveChannel();
    openObserverBridge(document, scope2);
    const big = vi.fn(async () => true);
    listenToObserver(fakeCtx(), big, scope2);
    const chunk = 'x'.repeat(1_999_999);
    for (let i = 0; i < 6; i++) send(ORDER_LIST, `${i}${chunk}`);
    await until(() => big.mock.calls.length >= 4);
    await flush();
    expect(big).toHaveBeenCalledTimes(Math.floor(MAX_CHARS_PER_PAGE / 2_000_000));
  });
});

describe('listenToObserver', () => {
  it('marks a response seen only once the worker took it, and retries with back-off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    openObserverBridge(document, scope);
    let answer = false;
    const onResponse = vi.fn(async () => answer);
    const listener = listenToObserver(fakeCtx(), onResponse, scope);
    send(ORDER_LIST, '{"a":1}');
    await until(() => onResponse.mock.calls.length > 0);
    expect(onResponse).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(999);
    expect(onResponse).toHaveBeenCalledTimes(1);
    answer = true;
    await vi.advanceTimersByTimeAsync(1);
    await until(() => onResponse.mock.calls.length >= 2);
    expect(onResponse).toHaveBeenCalledTimes(2);

    // Accepted: neither a retry nor a replay sends it again.
    await vi.advanceTimersByTimeAsync(60_000);
    listener.replay();
    await flush();
    expect(onResponse).toHaveBeenCalledTimes(2);
  });

  it('retries with back-off for about three minutes, then gives up; a replay offers it again', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout'] });
    openObserverBridge(document, scope);
    const onResponse = vi.fn(async () => false);
    const listener = listenToObserver(fakeCtx(), onResponse, scope);
    send(ORDER_LIST, '{"a":1}');
    await until(() => onResponse.mock.calls.length > 0);
    // 1, 2, 4 and 8 seconds, then every 8 seconds, up to 25 retries.
    const waits = [1000, 2000, 4000, ...Array<number>(22).fill(8000)];
    for (const [index, wait] of waits.entries()) {
      await vi.advanceTimersByTimeAsync(wait - 1);
      expect(onResponse).toHaveBeenCalledTimes(index + 1);
      await vi.advanceTimersByTimeAsync(1);
      await until(() => onResponse.mock.calls.length >= index + 2);
    }
    await vi.advanceTimersByTimeAsync(600_000);
    await flush();
    expect(onResponse).toHaveBeenCalledTimes(26);
    listener.replay();
    await until(() => onResponse.mock.calls.length >= 27);
    expect(onResponse).toHaveBeenCalledTimes(27);
  });

  it('tells apart two answers of one request that differ in a single character, anywhere', async () => {
    openObserverBridge(document, scope);
    const onResponse = vi.fn(async (_response: BridgedResponse) => true);
    const listener = listenToObserver(fakeCtx(), onResponse, scope);
    const base = 'a'.repeat(100_001);
    const changed = `${base.slice(0, 50_001)}b${base.slice(50_002)}`;
    send(ORDER_LIST, base);
    send(ORDER_LIST, changed);
    send(ORDER_LIST, base);
    await until(() => onResponse.mock.calls.length >= 2);
    await flush();
    listener.replay();
    await flush();
    expect(onResponse.mock.calls.map(([response]) => response.text === base)).toEqual([true, false]);
  });

  it('replays what arrived before the panel listened', async () => {
    openObserverBridge(document, scope);
    send(ORDER_LIST, '{"early":1}');
    const onResponse = vi.fn(async () => true);
    listenToObserver(fakeCtx(), onResponse, scope).replay();
    await until(() => onResponse.mock.calls.length > 0);
    expect(onResponse).toHaveBeenCalledWith({
      requestUrl: ORDER_LIST,
      text: '{"early":1}',
      receivedAt: expect.any(Number),
    });
  });
});
