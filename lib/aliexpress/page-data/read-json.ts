/**
 * Turns a response body into a JSON value without ever evaluating it: plain JSON, or JSONP such as
 * `mtopjsonp3({...})` and `/**\/cb({...});`, whose wrapper is cut off by pattern, not run.
 * Integers too long for a double (ids above 2^53) are read as strings so no digit is lost.
 * Returns undefined for anything that is not JSON.
 */
const MAX_BODY_CHARS = 8_000_000;
const JSONP_WRAPPER = /^(?:\/\*\*\/)?\s*[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*\s*\(([\s\S]*)\)\s*;?\s*$/;
const LONG_INTEGER_VALUE = /[:[,]\s*-?\d{16,}/;
const STRING_OR_LONG_INTEGER = /"(?:[^"\\]|\\.)*"|-?\d{16,}(?:\.\d+)?(?:[eE][+-]?\d+)?/g;

export function readJson(text: string): unknown {
  if (typeof text !== 'string' || text.length > MAX_BODY_CHARS) return undefined;
  let body = text.trim();
  if (body.charCodeAt(0) === 0xfeff) body = body.slice(1);
  if (body[0] !== '{' && body[0] !== '[') {
    const wrapped = JSONP_WRAPPER.exec(body);
    if (!wrapped) return undefined;
    body = wrapped[1]!.trim();
  }
  if (LONG_INTEGER_VALUE.test(body)) body = body.replace(STRING_OR_LONG_INTEGER, quoteLongInteger);
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

function quoteLongInteger(token: string): string {
  if (token[0] === '"') return token;
  return /^-?\d+$/.test(token) ? `"${token}"` : token;
}
