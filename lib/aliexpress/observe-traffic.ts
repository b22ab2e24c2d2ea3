import { observedEndpointOf } from './endpoints';

/**
 * Runs in the page's own JavaScript world (MAIN) from document_start, on the order and dispute sections only: copies
 * the responses of the page's order, tracking and dispute requests (fetch, XHR and JSONP) and hands them to our
 * isolated bridge (lib/page-side/observer-bridge.ts) over a private channel. The page gets exactly what it would have
 * got, and sees the same functions: every hook is a Proxy of the native, whose toString, name, length and
 * constructor behaviour are the native's.
 *
 * The channel. Before any page script exists, the observer appends a `<dispute-helper-channel>` element carrying a
 * random event name to <html>; the bridge, the next content script in the same injection pass, takes the element
 * out of the document and keeps it. From then on the observer dispatches CustomEvents of that name on the detached
 * element, with browser functions captured at start. A page script that runs later cannot reach the element (it is
 * in no tree and no page-visible variable), cannot learn the name, sees no `message` event, and gains nothing by
 * patching `postMessage`, `dispatchEvent`, `CustomEvent` or `Object.prototype` afterwards.
 *
 * What a page script can still do: call the functions we wrapped (fetch, XHR, its own JSONP callbacks) and so
 * make us copy what it chooses, as if the page had received it. That is why the bridge caps messages and
 * characters per page load and the worker treats the text as untrusted input.
 */

export const CHANNEL_ELEMENT = 'dispute-helper-channel';
export const CHANNEL_ATTRIBUTE = 'data-channel';
/** The observer's event names: `dh-` and a random UUID. */
export const CHANNEL_NAME = /^dh-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
/** Larger bodies are skipped rather than cut, because a cut JSON body cannot be parsed. */
export const MAX_OBSERVED_CHARS = 2_000_000;
/** UTF-8 takes at most 3 bytes per UTF-16 unit: a longer body cannot decode to MAX_OBSERVED_CHARS or fewer. */
export const MAX_OBSERVED_BYTES = MAX_OBSERVED_CHARS * 3;

/** Longer request bodies are not kept (the watcher's learned request holds at most this much). */
export const MAX_REQUEST_BODY_CHARS = 100_000;
const MAX_CONTENT_TYPE_CHARS = 100;

/** How the page asked: what the seller-reply watcher needs to make the same request again later. */
export interface ObservedRequest {
  method: 'GET' | 'POST';
  body?: string;
  contentType?: string;
}

export interface ObservedResponse extends Partial<ObservedRequest> {
  requestUrl: string;
  text: string;
}

/**
 * One message on the channel: a string, so nothing in it can be a getter or a proxy. The first line is the URL (a
 * parsed URL holds no tab or line break), then, tab-separated, the method, the content type and the body's length;
 * the body and then the response text follow the line break.
 */
export function encodeObserved(requestUrl: string, text: string, request?: ObservedRequest): string {
  if (!request) return `${requestUrl}\n${text}`;
  const body = request.body ?? '';
  const type = request.contentType ?? '';
  return `${requestUrl}\t${request.method}\t${type}\t${request.body === undefined ? '' : body.length}\n${body}${text}`;
}

export function decodeObserved(detail: unknown): ObservedResponse | null {
  if (typeof detail !== 'string') return null;
  const cut = detail.indexOf('\n');
  if (cut <= 0) return null;
  const [requestUrl = '', method, contentType, bodyLength] = detail.slice(0, cut).split('\t');
  const rest = detail.slice(cut + 1);
  if (method === undefined) return { requestUrl, text: rest };
  if ((method !== 'GET' && method !== 'POST') || !/^\d{0,6}$/.test(bodyLength ?? 'x')) return null;
  const size = bodyLength ? Number(bodyLength) : 0;
  if (size > MAX_REQUEST_BODY_CHARS || size > rest.length || (contentType ?? '').length > MAX_CONTENT_TYPE_CHARS)
    return null;
  return {
    requestUrl,
    text: rest.slice(size),
    method,
    ...(bodyLength && { body: rest.slice(0, size) }),
    ...(contentType && { contentType }),
  };
}

/** The request as the page made it, or undefined for a method we never replay (the page gets it all the same). */
function requestOf(method: unknown, body: unknown, contentType: unknown): ObservedRequest | undefined {
  // A regular expression rather than a string method the page could have replaced.
  const upper = typeof method !== 'string' ? 'GET' : /^post$/i.test(method) ? 'POST' : /^get$/i.test(method) && 'GET';
  if (!upper) return undefined;
  const request: ObservedRequest = { method: upper };
  if (typeof body === 'string' && body.length <= MAX_REQUEST_BODY_CHARS) request.body = body;
  // Printable ASCII without a tab: it travels in the channel's first line.
  if (typeof contentType === 'string' && /^[\x20-\x7e]{1,100}$/.test(contentType)) request.contentType = contentType;
  return request;
}

type PageWindow = Window & typeof globalThis;
type Publish = (requestUrl: string, text: unknown, request?: ObservedRequest) => void;
type ObservedUrl = (raw: string) => string | null;
type Disguise = <T extends object>(native: T, handler: ProxyHandler<T>) => T;
// Captured when this module runs, at document_start, before the page can replace them.
const { apply, getOwnPropertyDescriptor } = Reflect;
const { setPrototypeOf } = Object;
const ProxyClass = Proxy;

export function installTrafficObserver(win: PageWindow): void {
  const send = openChannel(win);
  if (!send) return;
  const publish: Publish = (requestUrl, text, request) => {
    if (typeof text === 'string' && text.length > 0 && text.length <= MAX_OBSERVED_CHARS)
      send(encodeObserved(requestUrl, text, request));
  };
  const URLClass = win.URL;
  const href = getter(URLClass.prototype, 'href');
  const observedUrl: ObservedUrl = (raw) => {
    try {
      const url = apply(href, new URLClass(raw, win.document.baseURI), []) as string;
      return observedEndpointOf(url) ? url : null;
    } catch {
      return null;
    }
  };
  const disguise = disguiser(win);
  watchFetch(win, observedUrl, publish, disguise);
  watchXhr(win, observedUrl, publish, disguise);
  watchJsonp(win, observedUrl, publish, disguise);
}

/** Leaves the channel element for the bridge and returns the function that sends on it. */
function openChannel(win: PageWindow): ((detail: string) => void) | null {
  const document = win.document;
  const root = document.documentElement;
  if (!root || typeof win.crypto?.randomUUID !== 'function') return null;
  const CustomEventClass = win.CustomEvent;
  const dispatch = win.EventTarget.prototype.dispatchEvent;
  const isConnected = getter(win.Node.prototype, 'isConnected');
  // Anything of that name already there came from the markup, not from us.
  for (const stale of Array.from(root.getElementsByTagName(CHANNEL_ELEMENT))) stale.remove();
  const channel = document.createElement(CHANNEL_ELEMENT);
  const name = `dh-${win.crypto.randomUUID()}`;
  channel.setAttribute(CHANNEL_ATTRIBUTE, name);
  root.append(channel);
  return (detail) => {
    // Still in the document: the bridge never took it (it runs in the same pass, right after us), so say nothing.
    if (apply(isConnected, channel, [])) return;
    // A null prototype: a getter the page put on Object.prototype cannot see or change the event's init.
    const init = { __proto__: null, detail } as CustomEventInit<string>;
    apply(dispatch, channel, [new CustomEventClass(name, init)]);
  };
}

/**
 * Wraps natives in Proxies and makes `Function.prototype.toString` answer for each Proxy as for its native
 * (engines print a Proxy as `function () { [native code] }`, without the name).
 */
function disguiser(win: PageWindow): Disguise {
  const natives = new WeakMap<object, object>();
  const get = WeakMap.prototype.get;
  const set = WeakMap.prototype.set;
  const functionProto = win.Function.prototype;
  const nativeToString = functionProto.toString;
  const disguise: Disguise = (native, handler) => {
    // Traps come from the handler alone, never from a page-patched Object.prototype.
    setPrototypeOf(handler, null);
    const proxy = new ProxyClass(native, handler);
    apply(set, natives, [proxy, native]);
    return proxy;
  };
  functionProto.toString = disguise(nativeToString, {
    apply: (target, self, args) => apply(target, apply(get, natives, [self]) ?? self, args),
  });
  return disguise;
}

/** The native getter of an accessor property, looked up now (on the prototype or one it inherits from). */
function getter(proto: object | null | undefined, name: string): (...args: unknown[]) => unknown {
  for (let at = proto; at; at = Object.getPrototypeOf(at) as object | null) {
    const found = getOwnPropertyDescriptor(at, name)?.get;
    if (found) return found;
  }
  // Browsers define these as prototype getters; a test DOM may keep them as own fields.
  return function (this: Record<string, unknown>) {
    return this[name];
  };
}

function watchFetch(win: PageWindow, observedUrl: ObservedUrl, publish: Publish, disguise: Disguise): void {
  const nativeFetch = win.fetch;
  if (typeof nativeFetch !== 'function') return;
  const toString = win.String;
  const promise = win.Promise;
  const reject = promise.reject.bind(promise);
  const then = promise.prototype.then;
  const requestUrl = win.Request ? getter(win.Request.prototype, 'url') : undefined;
  const requestMethod = win.Request ? getter(win.Request.prototype, 'method') : undefined;
  const headerValue = win.Headers.prototype.get;
  const readBody = bodyReader(win);
  // Own data properties only: reading them runs no page getter, so the page sees its init read as without us.
  const field = (target: unknown, name: string): unknown =>
    typeof target === 'object' && target !== null ? getOwnPropertyDescriptor(target, name)?.value : undefined;
  const requestOfFetch = (input: unknown, fromRequest: boolean, init: unknown): ObservedRequest | undefined => {
    const headers = field(init, 'headers');
    let type = field(headers, 'content-type') ?? field(headers, 'Content-Type');
    try {
      type ??= apply(headerValue, headers, ['content-type']);
    } catch {
      // Not a Headers object (or none): no content type known.
    }
    // A Request's own body cannot be read without consuming it: such requests are kept without one.
    const method = field(init, 'method') ?? (fromRequest && requestMethod ? apply(requestMethod, input, []) : 'GET');
    return requestOf(method, field(init, 'body'), type);
  };

  win.fetch = disguise(nativeFetch, {
    apply(target, self, args: unknown[]) {
      const input = args[0];
      let url: string | null = null;
      let fromRequest: unknown;
      try {
        // The getter's own brand check tells a Request apart without running page code (instanceof would).
        fromRequest = requestUrl ? apply(requestUrl, input, []) : undefined;
      } catch {
        fromRequest = undefined;
      }
      if (typeof fromRequest === 'string') url = observedUrl(fromRequest);
      else if (typeof input === 'string') url = observedUrl(input);
      else if ((typeof input === 'object' && input !== null) || typeof input === 'function') {
        // Converted once here and handed on as a string, so the page's toString runs once, as without us.
        try {
          args[0] = toString(input);
        } catch (error) {
          return reject(error);
        }
        url = observedUrl(args[0] as string);
      }
      const pending = apply(target, self, args) as Promise<Response>;
      if (!url) return pending;
      const observed = url;
      const request = requestOfFetch(input, typeof fromRequest === 'string', args[1]);
      // A derived promise: the page gets the same response or error, and a failure it leaves unhandled is still
      // reported as unhandledrejection. Our handler runs first, so the clone is taken before the page reads.
      return apply(then, pending, [
        (response: Response) => {
          readBody(response, (text) => publish(observed, text, request));
          return response;
        },
      ]);
    },
  });
}

/** Reads a clone of the body without ever holding more than MAX_OBSERVED_BYTES; larger bodies are skipped. */
function bodyReader(win: PageWindow): (response: Response, done: (text: string) => void) => void {
  const responseProto = win.Response.prototype;
  const clone = responseProto.clone;
  const headers = getter(responseProto, 'headers');
  const body = getter(responseProto, 'body');
  const headerValue = win.Headers.prototype.get;
  const getReader = win.ReadableStream.prototype.getReader;
  const readerProto = Object.getPrototypeOf(
    apply(getReader, new win.ReadableStream(), []),
  ) as ReadableStreamDefaultReader;
  const read = readerProto.read;
  const cancel = readerProto.cancel;
  const then = win.Promise.prototype.then;
  const TextDecoderClass = win.TextDecoder;
  const decode = TextDecoderClass.prototype.decode;
  const ignore = () => undefined;

  return (response, done) => {
    try {
      const declared = Number(apply(headerValue, apply(headers, response, []), ['content-length']));
      if (declared > MAX_OBSERVED_BYTES) return;
      const stream = apply(body, apply(clone, response, []), []) as ReadableStream<Uint8Array> | null;
      if (!stream) return;
      const reader = apply(getReader, stream, []) as ReadableStreamDefaultReader<Uint8Array>;
      const decoder = new TextDecoderClass();
      let text = '';
      let size = 0;
      const next = (): void => {
        apply(then, apply(read, reader, []), [
          (chunk: ReadableStreamReadResult<Uint8Array>) => {
            if (chunk.done) return done(text + (apply(decode, decoder, []) as string));
            size += chunk.value.byteLength;
            if (size > MAX_OBSERVED_BYTES) return void apply(then, apply(cancel, reader, []), [ignore, ignore]);
            text += apply(decode, decoder, [chunk.value, { __proto__: null, stream: true }]) as string;
            next();
          },
          ignore,
        ]);
      };
      next();
    } catch {
      // A body already used or a stream that errors: nothing to copy.
    }
  };
}

function watchXhr(win: PageWindow, observedUrl: ObservedUrl, publish: Publish, disguise: Disguise): void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const toString = win.String;
  const stringify = win.JSON.stringify;
  const addListener = win.EventTarget.prototype.addEventListener;
  const responseType = getter(proto, 'responseType');
  const responseText = getter(proto, 'responseText');
  const response = getter(proto, 'response');
  /** The observed URL and method the last open() named, and the content type set since. */
  const openedUrls = new WeakMap<object, { url: string; method: unknown; type?: unknown }>();
  /** The observed request now in flight: set by send(), cleared by open() and by its load. */
  const sentUrls = new WeakMap<object, { url: string; request?: ObservedRequest }>();
  const listening = new WeakSet<object>();

  // One listener per XHR object for its whole life, reading which request just loaded.
  function onLoad(this: XMLHttpRequest) {
    const sent = sentUrls.get(this);
    if (!sent) return;
    sentUrls.delete(this);
    const { url, request } = sent;
    try {
      const type = apply(responseType, this, []);
      if (type === '' || type === 'text') publish(url, apply(responseText, this, []), request);
      else if (type === 'json') publish(url, safeStringify(stringify, apply(response, this, [])), request);
    } catch {
      // Nothing to copy.
    }
  }

  proto.open = disguise(proto.open, {
    apply(target, self: object, args: unknown[]) {
      const raw = args[1];
      // As for fetch: the page's toString runs once.
      if ((typeof raw === 'object' && raw !== null) || typeof raw === 'function') args[1] = toString(raw);
      const result: unknown = apply(target, self, args);
      // open() succeeded, so `self` is an XHR and the URL parsed.
      const url = typeof args[1] === 'string' ? observedUrl(args[1]) : null;
      if (url) openedUrls.set(self, { url, method: args[0] });
      else openedUrls.delete(self);
      sentUrls.delete(self);
      return result;
    },
  });

  proto.setRequestHeader = disguise(proto.setRequestHeader, {
    apply(target, self: object, args: unknown[]) {
      const result: unknown = apply(target, self, args);
      // It succeeded, so the request is open and the header valid; only the content type is kept.
      const opened = openedUrls.get(self);
      if (opened && typeof args[0] === 'string' && /^content-type$/i.test(args[0])) opened.type = args[1];
      return result;
    },
  });

  proto.send = disguise(proto.send, {
    apply(target, self: object, args: unknown[]) {
      const opened = typeof self === 'object' && self !== null ? openedUrls.get(self) : undefined;
      const url = opened?.url;
      if (opened && url) {
        // Before the native send: a synchronous request has loaded by the time it returns.
        if (!listening.has(self)) {
          apply(addListener, self, ['load', onLoad]);
          listening.add(self);
        }
        sentUrls.set(self, { url, request: requestOf(opened.method, args[0], opened.type) });
      }
      try {
        return apply(target, self, args) as unknown;
      } catch (error) {
        if (url) sentUrls.delete(self);
        throw error;
      }
    },
  });
}

/**
 * mtop's JSONP: the page defines `window.mtopjsonpN` and then appends `<script src="…&callback=mtopjsonpN">`.
 * We wrap the callback when the script element appears, long before the script can load and call it.
 */
function watchJsonp(win: PageWindow, observedUrl: ObservedUrl, publish: Publish, disguise: Disguise): void {
  const globals = win as unknown as Record<string, unknown>;
  const stringify = win.JSON.stringify;
  const URLClass = win.URL;
  const wrapped = new WeakSet<object>();
  const wrap = (name: string, url: string) => {
    const pageCallback = globals[name];
    if (typeof pageCallback !== 'function' || wrapped.has(pageCallback)) return;
    const proxy = disguise(pageCallback, {
      apply(target, self, args: unknown[]) {
        publish(url, safeStringify(stringify, args[0]), { method: 'GET' });
        return apply(target, self, args) as unknown;
      },
    });
    wrapped.add(proxy);
    globals[name] = proxy;
  };
  new win.MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node.nodeName !== 'SCRIPT') continue;
        const url = observedUrl((node as HTMLScriptElement).src);
        const name = url && new URLClass(url).searchParams.get('callback');
        if (name && /^[\w$]{1,64}$/.test(name)) wrap(name, url);
      }
    }
  }).observe(win.document, { childList: true, subtree: true });
}

function safeStringify(stringify: typeof JSON.stringify, value: unknown): string | undefined {
  try {
    return stringify(value);
  } catch {
    return undefined;
  }
}
