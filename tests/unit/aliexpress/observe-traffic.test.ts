import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  installTrafficObserver,
  MAX_OBSERVED_CHARS,
  OBSERVED_TAG,
  REPLAY_TAG,
  type ObservedResponse,
} from '../../../lib/aliexpress/observe-traffic';

const ORDER_LIST = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/?appKey=12574478';
const SEARCH = 'https://acs.aliexpress.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/';

type PageWindow = globalThis.Window & typeof globalThis;
let posted: ObservedResponse[];
let window: PageWindow;
let document: Document;

/** Stands in for the browser's XHR: `send` never touches the network; tests fire `load` themselves. */
interface FakeXhr extends EventTarget {
  responseType: string;
  responseText: string;
  response: unknown;
  open(method: string, url: string): void;
  send(body?: string): void;
}
const fakeXhrClass = () =>
  class extends EventTarget implements FakeXhr {
    responseType = '';
    responseText = '';
    response: unknown = null;
    open(): void {}
    send(): void {}
  };

beforeEach(() => {
  // A fresh window per test: the observer patches globals and prototypes, exactly once per page.
  window = new Window({ url: 'https://www.aliexpress.com/p/order/index.html' }) as unknown as PageWindow;
  document = window.document;
  (window as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = fakeXhrClass();
  posted = [];
  vi.spyOn(window, 'postMessage').mockImplementation((message: unknown) => {
    if ((message as ObservedResponse).tag === OBSERVED_TAG) posted.push(message as ObservedResponse);
  });
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('fetch', () => {
  it('copies observed responses and hands the page an unread body', async () => {
    window.fetch = vi.fn(async () => new window.Response('{"orders":[1]}')) as typeof fetch;
    installTrafficObserver(window);

    const response = await window.fetch(ORDER_LIST, { method: 'POST' });
    expect(await response.text()).toBe('{"orders":[1]}');
    await settle();
    expect(posted).toEqual([{ tag: OBSERVED_TAG, requestUrl: ORDER_LIST, text: '{"orders":[1]}' }]);
  });

  it('ignores other requests, failures and oversized bodies, and passes errors through', async () => {
    const pageFetch = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input).includes('fail')) throw new TypeError('offline');
      return new window.Response(String(input).includes('huge') ? 'x'.repeat(MAX_OBSERVED_CHARS + 1) : '{}');
    });
    window.fetch = pageFetch as typeof fetch;
    installTrafficObserver(window);

    await window.fetch(SEARCH);
    await window.fetch(`${ORDER_LIST}&huge=1`);
    await expect(window.fetch(`${ORDER_LIST}&fail=1`)).rejects.toThrow('offline');
    await settle();
    expect(posted).toEqual([]);
    expect(pageFetch).toHaveBeenCalledTimes(3);
  });
});

describe('XHR', () => {
  it('copies text and json responses of observed requests', async () => {
    installTrafficObserver(window);
    const text = new window.XMLHttpRequest() as unknown as FakeXhr;
    text.open('POST', ORDER_LIST);
    text.responseText = '{"a":1}';
    text.send('data');
    text.dispatchEvent(new Event('load'));

    const json = new window.XMLHttpRequest() as unknown as FakeXhr;
    json.open('GET', ORDER_LIST);
    json.responseType = 'json';
    json.response = { b: 2 };
    json.send();
    json.dispatchEvent(new Event('load'));

    const other = new window.XMLHttpRequest() as unknown as FakeXhr;
    other.open('GET', SEARCH);
    other.responseText = '{"c":3}';
    other.send();
    other.dispatchEvent(new Event('load'));
    expect(posted.map((m) => m.text)).toEqual(['{"a":1}', '{"b":2}']);
  });
});

describe('JSONP', () => {
  it('wraps the callback named by an observed script and still calls the page', async () => {
    installTrafficObserver(window);
    const pageCallback = vi.fn(() => 'page result');
    const globals = window as unknown as Record<string, unknown>;
    globals.mtopjsonp7 = pageCallback;
    const script = document.createElement('script');
    script.setAttribute('type', 'text/plain');
    script.src = `${ORDER_LIST}&type=jsonp&callback=mtopjsonp7`;
    document.head.append(script);
    await settle();

    const result = (globals.mtopjsonp7 as (data: unknown) => unknown)({ data: { ok: true } });
    expect(result).toBe('page result');
    expect(pageCallback).toHaveBeenCalledWith({ data: { ok: true } });
    expect(posted[0]).toMatchObject({ text: '{"data":{"ok":true}}' });
  });
});

describe('replay', () => {
  it('re-posts recent responses when the content script asks, only from the same window', async () => {
    window.fetch = vi.fn(async () => new window.Response('{"n":1}')) as typeof fetch;
    installTrafficObserver(window);
    await window.fetch(ORDER_LIST);
    await settle();
    posted = [];

    window.dispatchEvent(new window.MessageEvent('message', { data: { tag: REPLAY_TAG }, source: null }));
    expect(posted).toEqual([]);
    window.dispatchEvent(new window.MessageEvent('message', { data: { tag: REPLAY_TAG }, source: window }));
    expect(posted.map((m) => m.text)).toEqual(['{"n":1}']);
  });
});
