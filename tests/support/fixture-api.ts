import { readFile } from 'node:fs/promises';
import path from 'node:path';

const API_DIR = path.resolve(import.meta.dirname, '../fixtures/api');

/** Which fixture answers a data request, and how: the file, the ids to stamp into it, the JSONP callback. */
export interface FixtureApi {
  file: string;
  /** Template id → requested id, when the file stands in for an order or case we have no file for. */
  stamp: Record<string, string>;
  callback?: string;
}

interface ByIdFixture {
  folder: string;
  idField: string;
  template: string;
  /** Other ids in the template replaced by request fields of these names. */
  alsoStamp?: Record<string, string>;
}

// mtop API names as the page writes them in the path, lower-cased (doc §3.1; same table as lib/aliexpress/endpoints).
const MTOP_FIXTURES: Record<string, string | ByIdFixture> = {
  'mtop.aliexpress.trade.buyer.order.list': 'com/order-list.json',
  'mtop.aliexpress.trade.buyer.order.detail': {
    folder: 'com/order-detail',
    idField: 'tradeOrderId',
    template: '8190000123456789',
  },
  'mtop.ae.ld.querydetail': { folder: 'com/tracking', idField: 'tradeOrderId', template: '8190000123456789' },
  'mtop.aliexpress.buyer.reverse.queryreverseorderpagelistforbuyer': 'com/dispute-list.json',
  'mtop.aliexpress.buyer.reverse.reverseorderlinerenderforbuyer': {
    folder: 'com/dispute-detail',
    idField: 'reverseOrderLineId',
    template: '5012345678901201',
    alsoStamp: { '8190000123456703': 'tradeOrderId' },
  },
};
const RU_FIXTURES: Record<string, string> = {
  '/aer-jsonapi/bx/orders/v3/web-order-list': 'ru/web-order-list.json',
};
const JSONP_CALLBACK = /^[A-Za-z_$][\w$]{0,40}$/;

/**
 * The fixture for an AliExpress data request: mtop calls on acs.aliexpress.com (`/h5/<api>/1.0/`, request data in
 * the `data` query parameter or a form-encoded POST body, JSONP when `type=jsonp`) and the .ru aer-jsonapi list.
 * Null for every other URL.
 */
export function fixtureApiFor(url: URL, postData: string | null): FixtureApi | null {
  if (!/(^|\.)aliexpress\.(com|ru|us)$/.test(url.hostname)) return null;
  const pathname = url.pathname.toLowerCase().replace(/\/+$/, '');
  if (url.hostname.endsWith('aliexpress.ru') && RU_FIXTURES[pathname])
    return { file: RU_FIXTURES[pathname]!, stamp: {} };

  const api = /^\/h5\/([a-z0-9.]+)\/1\.0$/.exec(pathname)?.[1];
  const fixture = api ? MTOP_FIXTURES[api] : undefined;
  if (!fixture) return null;
  const callbackParam = url.searchParams.get('callback') ?? '';
  const callback =
    url.searchParams.get('type') === 'jsonp' && JSONP_CALLBACK.test(callbackParam) ? callbackParam : undefined;
  if (typeof fixture === 'string') return { file: fixture, stamp: {}, callback };

  const requestData = `${url.searchParams.get('data') ?? ''} ${formData(postData)}`;
  const requestField = (name: string) => new RegExp(`"${name}"\\s*:\\s*"?(\\d{6,24})`).exec(requestData)?.[1];
  const id = requestField(fixture.idField) ?? fixture.template;
  const stamp: Record<string, string> = {};
  if (id !== fixture.template) stamp[fixture.template] = id;
  for (const [templateId, field] of Object.entries(fixture.alsoStamp ?? {})) {
    const requested = requestField(field);
    if (requested && requested !== templateId) stamp[templateId] = requested;
  }
  return { file: `${fixture.folder}/${id}.json`, stamp, callback };
}

/** The fixture file's text; a file named by an id we have no file for falls back to the template, stamped. */
export async function apiResponseBody(api: FixtureApi): Promise<string> {
  const fallback = Object.keys(api.stamp)[0];
  let text: string;
  try {
    text = await readFile(path.join(API_DIR, api.file), 'utf8');
    return text.trim();
  } catch {
    if (!fallback) throw new Error(`no fixture ${api.file}`);
  }
  text = await readFile(path.join(API_DIR, path.dirname(api.file), `${fallback}.json`), 'utf8');
  for (const [from, to] of Object.entries(api.stamp)) text = text.split(from).join(to);
  return text.trim();
}

function formData(postData: string | null): string {
  if (!postData) return '';
  try {
    return new URLSearchParams(postData).get('data') ?? postData;
  } catch {
    return postData;
  }
}
