import { md5 } from './md5';

/**
 * mtop request signing as AliExpress's pages do it (../shared/docs/aliexpress-pages-and-disputes.md §3.1):
 * sign = md5(token + "&" + t + "&" + appKey + "&" + data), where token is the part of the `_m_h5_tk` cookie before
 * its first "_" (the part after it is the token's expiry, in epoch ms) and t is the current time in epoch ms.
 */
export const MTOP_TOKEN_COOKIE = '_m_h5_tk';
/** The appKey the global site's pages use (§3.1); a learned request carries its own and that one is used. */
export const GLOBAL_APP_KEY = '12574478';

export function mtopSign(parts: { token: string; t: number; appKey: string; data: string }): string {
  return md5(`${parts.token}&${parts.t}&${parts.appKey}&${parts.data}`);
}

/** The token (and, if present, its expiry) from the `_m_h5_tk` cookie value; undefined for anything else. */
export function mtopTokenOf(cookieValue: string | undefined): { token: string; expiresAt?: number } | undefined {
  const match = /^([0-9A-Za-z]{16,64})(?:_(\d{10,15}))?$/.exec(cookieValue?.trim() ?? '');
  if (!match) return undefined;
  return { token: match[1]!, ...(match[2] && { expiresAt: Number(match[2]) }) };
}
