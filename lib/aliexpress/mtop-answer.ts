import { safeParseUrl } from './hosts';

/**
 * What an answer from AliExpress's API means for the watcher. Codes: `FAIL_SYS_SESSION_EXPIRED` and
 * `FAIL_SYS_TOKEN_EXOIRED` (sic) / `FAIL_SYS_TOKEN_EXPIRED` are recorded in
 * ../shared/docs/aliexpress-pages-and-disputes.md §3.1 (from a public extension verified live); `TOKEN_EMPTY` and
 * `ILLEGAL_ACCESS` are the mtop gateway's answers to a missing or wrong token (a bad sign), which the pages cure
 * the same way: the failed answer sets a fresh `_m_h5_tk` cookie, and the request is signed again once.
 * Login hosts are from the same section (`login.aliexpress.*`, `passport.aliexpress.*`, `havana`).
 */
export type AnswerClass = 'ok' | 'token-expired' | 'signed-out' | 'error';

const TOKEN_CODES = /^FAIL_SYS_(TOKEN_EXOIRED|TOKEN_EXPIRED|TOKEN_EMPTY|ILLEGAL_ACCESS)\b/;
const SESSION_CODES = /^FAIL_SYS_SESSION_EXPIRED\b/;
const LOGIN_HOST = /^(login|passport)\.aliexpress\.(com|ru|us)$/;

export interface ApiAnswer {
  status: number;
  /** The address the answer finally came from, after redirects. */
  finalUrl: string;
  text: string;
}

export function classifyAnswer({ status, finalUrl, text }: ApiAnswer): AnswerClass {
  if (isLoginPage(finalUrl) || status === 401) return 'signed-out';
  if (status < 200 || status >= 300) return 'error';
  const body = parseBody(text);
  if (body === undefined) return 'error';
  const ret = typeof body === 'object' && body !== null && 'ret' in body ? (body as { ret: unknown }).ret : undefined;
  // Without `ret` the answer is not from the mtop gateway (.ru's JSON API): valid JSON is an answer.
  if (ret === undefined) return 'ok';
  const codes = (Array.isArray(ret) ? ret : [ret]).filter((code): code is string => typeof code === 'string');
  if (codes.some((code) => SESSION_CODES.test(code))) return 'signed-out';
  if (codes.some((code) => TOKEN_CODES.test(code))) return 'token-expired';
  if (codes.some((code) => code.startsWith('SUCCESS'))) return 'ok';
  return 'error';
}

// Only the address's host and path count: a query parameter may mention anything.
function isLoginPage(address: string): boolean {
  const url = safeParseUrl(address);
  return url !== null && (LOGIN_HOST.test(url.hostname.toLowerCase()) || /havana/i.test(url.pathname));
}

/** JSON, or JSONP (`mtopjsonp3({...})`) as the pages request it. */
function parseBody(text: string): unknown {
  const trimmed = text.trim();
  const jsonp = /^[\w$.]+\(([\s\S]*)\)\s*;?$/.exec(trimmed);
  try {
    return JSON.parse(jsonp ? jsonp[1]! : trimmed) as unknown;
  } catch {
    return undefined;
  }
}
