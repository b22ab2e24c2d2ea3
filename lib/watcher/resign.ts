import { isMtopUrl } from '../aliexpress/api-hosts';
import { mtopSign } from '../aliexpress/mtop-sign';
import { LearnedRequest } from '../aliexpress/learned-request';

export type Resigned =
  { ok: true; request: LearnedRequest } | { ok: false; reason: 'not-allowed' | 'not-signable' | 'no-token' };

/**
 * The learned request again, with a fresh `t` and its `sign` for the current token. Only `t` and `sign` change
 * (replaced in the query text, so the rest keeps the page's own encoding). Requests that are not mtop (the .ru JSON
 * API, signed by cookies alone) come back unchanged.
 */
export function resignRequest(learned: unknown, token: string | undefined, now: number): Resigned {
  const parsed = LearnedRequest.safeParse(learned);
  if (!parsed.success) return { ok: false, reason: 'not-allowed' };
  const request = parsed.data;
  if (!isMtopUrl(request.url)) return { ok: true, request };
  if (!token) return { ok: false, reason: 'no-token' };

  const url = new URL(request.url);
  const appKey = url.searchParams.get('appKey');
  const data = url.searchParams.get('data') ?? formField(request, 'data');
  if (!appKey || !/^\d{1,12}$/.test(appKey) || data === undefined) return { ok: false, reason: 'not-signable' };

  const t = Math.floor(now);
  const sign = mtopSign({ token, t, appKey, data });
  const [base, hash = ''] = request.url.split('#', 2) as [string, string?];
  const withT = setQueryParam(base, 't', String(t));
  const signed = setQueryParam(withT, 'sign', sign) + (hash ? `#${hash}` : '');
  return { ok: true, request: { ...request, url: signed } };
}

/** A field of a form-encoded POST body, the way mtop POSTs carry `data`. */
function formField(request: LearnedRequest, name: string): string | undefined {
  if (request.method !== 'POST' || request.body === undefined) return undefined;
  return new URLSearchParams(request.body).get(name) ?? undefined;
}

function setQueryParam(url: string, name: string, value: string): string {
  const pattern = new RegExp(`([?&])${name}=[^&]*`);
  if (pattern.test(url)) return url.replace(pattern, `$1${name}=${value}`);
  return `${url}${url.includes('?') ? '&' : '?'}${name}=${value}`;
}
