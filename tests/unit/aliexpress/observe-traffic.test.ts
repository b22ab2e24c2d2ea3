import { Window } from 'happy-dom';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  CHANNEL_ATTRIBUTE,
  CHANNEL_ELEMENT,
  CHANNEL_NAME,
  decodeObserved,
  installTrafficObserver,
  MAX_OBSERVED_BYTES,
  MAX_OBSERVED_CHARS,
  type ObservedResponse,
} from '../../../lib/aliexpress/observe-traffic';

const ORDER_LIST = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/?appKey=12574478';
const SEARCH = 'https://acs.aliexpress.com/h5/mtop.relationrecommend.wirelessrecommend.recommend/2.0/';

type PageWindow = globalThis.Window & typeof globalThis;
let posted: ObservedResponse[];
let window: PageWindow;
let document: Document;
let postMessage: ReturnType<typeof vi.fn>;

/** Stands in for the browser's XHR: `send` never touches the network; tests fire `load` themselves. */
interface FakeXhr extends EventTarget {
  responseType: string;
  responseText: string;
  response: unknown;
  opened: string[];
  sent: unknown[];
  headers: Array<[string, string]>;
  open(method: string, url: string): void;
  setRequestHeader(name: string, value: string): void;
  send(body?: unknown): void;
}
/** Like the browser's, its response fields are prototype getters (the observer reads them through those). */
const fakeXhrClass = (win: PageWindow) =>
  class extends win.EventTarget {
    #type = '';
    #text = '';
    #response: unknown = null;
    opened: string[] = [];
    sent: unknown[] = [];
    get responseType() {
      return this.#type;
    }
    set responseType(value: string) {
      this.#type = value;
    }
    get responseText() {
      return this.#text;
    }
    set responseText(value: string) {
      this.#text = value;
    }
    get response() {
      return this.#response;
    }
    set response(value: unknown) {
      this.#response = value;
    }
    headers: Array<[string, string]> = [];
    open(_method: string, url: string): void {
      this.opened.push(url);
    }
    setRequestHeader(name: string, value: string): void {
      this.headers.push([name, value]);
    }
    send(body?: unknown): void {
      this.sent.push(body);
    }
  };

/** Does what the isolated bridge does: takes the channel element out and listens on it. */
function takeChannel(): Element {
  const channel = document.documentElement.querySelector(CHANNEL_ELEMENT)!;
  const name = channel.getAttribute(CHANNEL_ATTRIBUTE)!;
  channel.remove();
  channel.addEventListener(name, (event) => {
    const message = decodeObserved((event as CustomEvent<unknown>).detail);
    if (message) posted.push(message);
  });
  return channel;
}

function install(): void {
  installTrafficObserver(window);
  takeChannel();
}

beforeEach(() => {
  // A fresh window per test: the observer patches globals and prototypes, exactly once per page.
  window = new Window({ url: 'https://www.aliexpress.com/p/order/index.html' }) as unknown as PageWindow;
  document = window.document;
  (window as unknown as { XMLHttpRequest: unknown }).XMLHttpRequest = fakeXhrClass(window);
  posted = [];
  postMessage = vi.fn();
  window.postMessage = postMessage as typeof window.postMessage;
});

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('channel', () => {
  it('leaves one element with a random event name for the bridge, and sends only on it', async () => {
    window.fetch = vi.fn(async () => new window.Response('{"orders":[1]}')) as typeof fetch;
    const pageListener = vi.fn();
    installTrafficObserver(window);
    const channels = document.documentElement.querySelectorAll(CHANNEL_ELEMENT);
    expect(channels).toHaveLength(1);
    expect(channels[0]!.getAttribute(CHANNEL_ATTRIBUTE)).toMatch(CHANNEL_NAME);
    takeChannel();
    window.addEventListener('message', pageListener);
    document.addEventListener('message', pageListener);

    await (await window.fetch(ORDER_LIST)).text();
    await settle();
    expect(posted).toEqual([{ requestUrl: ORDER_LIST, text: '{"orders":[1]}', method: 'GET' }]);
    expect(postMessage).not.toHaveBeenCalled();
    expect(pageListener).not.toHaveBeenCalled();
  });

  it('says nothing while its element is still in the document (no bridge took it)', async () => {
    window.fetch = vi.fn(async () => new window.Response('{"orders":[1]}')) as typeof fetch;
    installTrafficObserver(window);
    const channel = document.documentElement.querySelector(CHANNEL_ELEMENT)!;
    const heard = vi.fn();
    channel.addEventListener(channel.getAttribute(CHANNEL_ATTRIBUTE)!, heard);
    await window.fetch(ORDER_LIST);
    await settle();
    expect(heard).not.toHaveBeenCalled();
  });

  it('removes a channel element the markup planted and uses a fresh name each page', () => {
    const planted = document.createElement(CHANNEL_ELEMENT);
    planted.setAttribute(CHANNEL_ATTRIBUTE, 'dh-00000000-0000-4000-8000-000000000000');
    document.documentElement.append(planted);
    installTrafficObserver(window);
    const channels = document.documentElement.querySelectorAll(CHANNEL_ELEMENT);
    expect(channels).toHaveLength(1);
    expect(channels[0]).not.toBe(planted);
  });

  it('sends with the functions it captured: patching them later sees nothing', async () => {
    window.fetch = vi.fn(async () => new window.Response('{"orders":[1]}')) as typeof fetch;
    install();
    const seen = vi.fn();
    window.EventTarget.prototype.dispatchEvent = seen;
    window.CustomEvent = seen as unknown as typeof CustomEvent;
    Object.defineProperty(Object.prototype, 'detail', { get: seen, configurable: true });
    try {
      await window.fetch(ORDER_LIST);
      await settle();
    } finally {
      delete (Object.prototype as { detail?: unknown }).detail;
    }
    expect(seen).not.toHaveBeenCalled();
    expect(posted).toHaveLength(1);
  });
});

describe('fetch', () => {
  it('copies observed responses and hands the page an unread body', async () => {
    window.fetch = vi.fn(async () => new window.Response('{"orders":[1]}')) as typeof fetch;
    install();

    const response = await window.fetch(ORDER_LIST, { method: 'POST' });
    expect(await response.text()).toBe('{"orders":[1]}');
    await settle();
    expect(posted).toEqual([{ requestUrl: ORDER_LIST, text: '{"orders":[1]}', method: 'POST' }]);
  });

  it('ignores other requests, failures and oversized bodies, and passes errors through', async () => {
    const pageFetch = vi.fn(async (input: RequestInfo | URL) => {
      if (String(input).includes('fail')) throw new TypeError('offline');
      return new window.Response(String(input).includes('huge') ? 'x'.repeat(MAX_OBSERVED_CHARS + 1) : '{}');
    });
    window.fetch = pageFetch as typeof fetch;
    install();

    await window.fetch(SEARCH);
    await window.fetch(`${ORDER_LIST}&huge=1`);
    await expect(window.fetch(`${ORDER_LIST}&fail=1`)).rejects.toThrow('offline');
    await settle();
    expect(posted).toEqual([]);
    expect(pageFetch).toHaveBeenCalledTimes(3);
  });

  it("returns the native promise itself for requests it does not read, and never handles the page's failure", async () => {
    const native = Promise.reject(new TypeError('offline'));
    native.catch(() => undefined);
    window.fetch = vi.fn(() => native) as typeof fetch;
    install();
    expect(window.fetch(SEARCH)).toBe(native);

    const failure = new TypeError('offline');
    const observedNative = Promise.reject(failure);
    const then = vi.spyOn(observedNative, 'then');
    // A plain function: vi.fn would itself watch the promise it returns.
    window.fetch = (() => observedNative) as typeof fetch;
    installTrafficObserver(window);
    const derived = window.fetch(ORDER_LIST);
    expect(derived).not.toBe(observedNative);
    // No rejection handler of ours: the derived promise rejects, unhandled unless the page handles it.
    await expect(derived).rejects.toBe(failure);
    expect(then).not.toHaveBeenCalled();
  });

  it("runs the page's toString of a URL-like input once, as the browser would", async () => {
    const pageFetch = vi.fn(async () => new window.Response('{}'));
    window.fetch = pageFetch as typeof fetch;
    install();
    const toString = vi.fn(() => ORDER_LIST);
    await window.fetch({ toString } as unknown as string);
    expect(toString).toHaveBeenCalledTimes(1);
    expect(pageFetch).toHaveBeenCalledWith(ORDER_LIST);

    const failing = { toString: () => Promise.reject(new Error('never')) as never };
    failing.toString = () => {
      throw new Error('bad input');
    };
    await expect(window.fetch(failing as unknown as string)).rejects.toThrow('bad input');
  });

  it('looks like the native: toString, name, length, prototype, new', () => {
    const native = window.fetch;
    const toString = window.Function.prototype.toString;
    const before = {
      text: toString.call(native),
      name: native.name,
      length: native.length,
      prototype: 'prototype' in native,
    };
    install();
    const wrapped = window.fetch;
    expect(wrapped).not.toBe(native);
    expect({
      text: window.Function.prototype.toString.call(wrapped),
      name: wrapped.name,
      length: wrapped.length,
      prototype: 'prototype' in wrapped,
    }).toEqual(before);
    expect(String(wrapped)).toBe(before.text);
    expect(window.Function.prototype.toString.call(window.Function.prototype.toString)).toBe(toString.call(toString));
    expect(() => new (wrapped as unknown as new () => unknown)()).toThrow(TypeError);
  });

  it('skips a body whose Content-Length is over the cap without cloning it', async () => {
    const clone = vi.spyOn(window.Response.prototype, 'clone');
    window.fetch = vi.fn(
      async () => new window.Response('{}', { headers: { 'content-length': String(MAX_OBSERVED_BYTES + 1) } }),
    ) as typeof fetch;
    install();
    await window.fetch(ORDER_LIST);
    await settle();
    expect(clone).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });

  it('stops reading an undeclared body once it passes the cap', async () => {
    const chunk = new Uint8Array(1_000_000).fill(0x20);
    let pulled = 0;
    const stream = new window.ReadableStream({
      pull(controller) {
        pulled++;
        if (pulled > 20) controller.close();
        else controller.enqueue(chunk);
      },
    });
    window.fetch = vi.fn(async () => new window.Response(stream)) as typeof fetch;
    install();
    await window.fetch(ORDER_LIST);
    for (let i = 0; i < 30; i++) await settle();
    expect(posted).toEqual([]);
    expect(pulled).toBeLessThanOrEqual(Math.ceil(MAX_OBSERVED_BYTES / chunk.byteLength) + 3);
  });
});

describe('XHR', () => {
  it('copies text and json responses of observed requests', async () => {
    install();
    const text = new window.XMLHttpRequest() as unknown as FakeXhr;
    text.open('POST', ORDER_LIST);
    text.responseText = '{"a":1}';
    text.send('data');
    text.dispatchEvent(new window.Event('load'));

    const json = new window.XMLHttpRequest() as unknown as FakeXhr;
    json.open('GET', ORDER_LIST);
    json.responseType = 'json';
    json.response = { b: 2 };
    json.send();
    json.dispatchEvent(new window.Event('load'));

    const other = new window.XMLHttpRequest() as unknown as FakeXhr;
    other.open('GET', SEARCH);
    other.responseText = '{"c":3}';
    other.send();
    other.dispatchEvent(new window.Event('load'));
    expect(posted.map((m) => m.text)).toEqual(['{"a":1}', '{"b":2}']);
  });

  it('a reused XHR: another URL is never copied under the old one, and listeners do not pile up', () => {
    install();
    const xhr = new window.XMLHttpRequest() as unknown as FakeXhr;
    const add = vi.spyOn(window.EventTarget.prototype, 'addEventListener');
    for (let i = 0; i < 3; i++) {
      xhr.open('GET', ORDER_LIST);
      xhr.responseText = `{"round":${i}}`;
      xhr.send();
      xhr.dispatchEvent(new window.Event('load'));
    }
    xhr.open('POST', SEARCH);
    xhr.responseText = '{"search":true}';
    xhr.send('body');
    xhr.dispatchEvent(new window.Event('load'));
    // A stray load (the page dispatching one) copies nothing.
    xhr.dispatchEvent(new window.Event('load'));

    expect(posted.map((m) => m.text)).toEqual(['{"round":0}', '{"round":1}', '{"round":2}']);
    expect(add).not.toHaveBeenCalled(); // the observer uses the addEventListener it captured, once per XHR
    expect(xhr.sent).toEqual([undefined, undefined, undefined, 'body']);
  });

  it("open's URL object is converted once; open and send look native", () => {
    const proto = window.XMLHttpRequest.prototype;
    const toString = window.Function.prototype.toString;
    const before = [proto.open, proto.send].map((f) => ({ name: f.name, length: f.length, text: toString.call(f) }));
    install();
    const after = [proto.open, proto.send].map((f) => ({
      name: f.name,
      length: f.length,
      text: window.Function.prototype.toString.call(f),
    }));
    expect(after).toEqual(before);

    const xhr = new window.XMLHttpRequest() as unknown as FakeXhr;
    const url = { toString: vi.fn(() => ORDER_LIST) };
    xhr.open('GET', url as unknown as string);
    expect(url.toString).toHaveBeenCalledTimes(1);
    expect(xhr.opened).toEqual([ORDER_LIST]);
  });
});

describe('JSONP', () => {
  it('wraps the callback named by an observed script and still calls the page', async () => {
    install();
    const pageCallback = vi.fn(() => 'page result');
    const globals = window as unknown as Record<string, unknown>;
    globals.mtopjsonp7 = pageCallback;
    const script = document.createElement('script');
    script.setAttribute('type', 'text/plain');
    script.src = `${ORDER_LIST}&type=jsonp&callback=mtopjsonp7`;
    document.head.append(script);
    await settle();

    const wrapped = globals.mtopjsonp7 as (data: unknown) => unknown;
    expect(wrapped).not.toBe(pageCallback);
    expect(window.Function.prototype.toString.call(wrapped)).toBe(Function.prototype.toString.call(pageCallback));
    const result = wrapped({ data: { ok: true } });
    expect(result).toBe('page result');
    expect(pageCallback).toHaveBeenCalledWith({ data: { ok: true } });
    expect(posted[0]).toMatchObject({ text: '{"data":{"ok":true}}' });
  });
});

describe('how the page asked (for the seller-reply watcher)', () => {
  const DISPUTE =
    'https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer/1.0/?appKey=12574478';
  const FORM = 'data=%7B%22reverseOrderLineId%22%3A%225012345678901201%22%7D';

  it("keeps an XHR POST's method, string body and content type", () => {
    install();
    const xhr = new window.XMLHttpRequest() as unknown as FakeXhr;
    xhr.open('post', DISPUTE);
    xhr.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
    xhr.responseText = '{"ret":["SUCCESS::ok"]}';
    xhr.send(FORM);
    xhr.dispatchEvent(new window.Event('load'));
    expect(posted).toEqual([
      {
        requestUrl: DISPUTE,
        text: '{"ret":["SUCCESS::ok"]}',
        method: 'POST',
        body: FORM,
        contentType: 'application/x-www-form-urlencoded',
      },
    ]);
    expect(xhr.headers).toEqual([['Content-Type', 'application/x-www-form-urlencoded']]);
  });

  it("keeps a fetch's init without running the page's getters, and never a body it cannot read as text", async () => {
    window.fetch = vi.fn(async () => new window.Response('{"a":1}')) as typeof fetch;
    install();
    await window.fetch(DISPUTE, { method: 'POST', body: FORM, headers: { 'content-type': 'application/json' } });
    const getter = vi.fn(() => 'POST');
    const init = Object.defineProperty({}, 'method', { get: getter, enumerable: true });
    await window.fetch(DISPUTE, init);
    await window.fetch(DISPUTE, { method: 'DELETE' });
    await settle();
    expect(posted).toEqual([
      { requestUrl: DISPUTE, text: '{"a":1}', method: 'POST', body: FORM, contentType: 'application/json' },
      { requestUrl: DISPUTE, text: '{"a":1}', method: 'GET' },
      // A method we never replay: the response is still read, without how it was asked.
      { requestUrl: DISPUTE, text: '{"a":1}' },
    ]);
    // Only fetch itself read the getter (the mock does not), so the page sees it read as often as without us.
    expect(getter).not.toHaveBeenCalled();
  });

  it('refuses a message whose request part is malformed or oversized', () => {
    expect(decodeObserved(`${DISPUTE}\tPUT\t\t\n{}`)).toBeNull();
    expect(decodeObserved(`${DISPUTE}\tPOST\t\t99\nshort`)).toBeNull();
    expect(decodeObserved(`${DISPUTE}\tPOST\t${'x'.repeat(101)}\t\n{}`)).toBeNull();
    expect(decodeObserved(`${DISPUTE}\tPOST\t\t1000001\n{}`)).toBeNull();
    expect(decodeObserved(`${DISPUTE}\tGET\t\t\n{}`)).toEqual({ requestUrl: DISPUTE, text: '{}', method: 'GET' });
  });
});
