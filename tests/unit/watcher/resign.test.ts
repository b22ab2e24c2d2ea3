import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { classifyAnswer, type ApiAnswer } from '../../../lib/aliexpress/mtop-answer';
import { mtopSign, mtopTokenOf } from '../../../lib/aliexpress/mtop-sign';
import { API_HOST_PERMISSIONS } from '../../../lib/aliexpress/api-hosts';
import { LearnedRequest } from '../../../lib/aliexpress/learned-request';
import { resignRequest } from '../../../lib/watcher/resign';

const API = 'mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer';
const DATA = '{"terminalType":"PC","reverseOrderLineId":"5012345678901201","tradeOrderId":"8190000123456789"}';
const GET_URL =
  `https://acs.aliexpress.com/h5/${API.toLowerCase()}/1.0/?jsv=2.5.1&appKey=12574478&t=1700000000000` +
  `&sign=0123456789abcdef0123456789abcdef&api=${API}&v=1.0&type=originaljson&dataType=json&data=${encodeURIComponent(DATA)}`;
const POST_URL = `https://acs.aliexpress.com/h5/${API}/1.0/?jsv=2.5.1&appKey=12574478&t=1700000000000&sign=00&api=${API}&v=1.0`;
const TOKEN = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
const NOW = 1_760_000_000_123;
const expectedSign = (t: number) => createHash('md5').update(`${TOKEN}&${t}&12574478&${DATA}`).digest('hex');

describe('mtop token and sign', () => {
  it.each([
    [`${TOKEN}_1760000000000`, { token: TOKEN, expiresAt: 1760000000000 }],
    [TOKEN, { token: TOKEN }],
    [' ' + TOKEN + '_1760000000000 ', { token: TOKEN, expiresAt: 1760000000000 }],
    ['', undefined],
    [undefined, undefined],
    ['short_1760000000000', undefined],
    [`${TOKEN};evil=1`, undefined],
  ])('token of %j', (cookie, expected) => {
    expect(mtopTokenOf(cookie)).toEqual(expected);
  });

  it('signs as md5(token&t&appKey&data)', () => {
    expect(mtopSign({ token: TOKEN, t: NOW, appKey: '12574478', data: DATA })).toBe(expectedSign(NOW));
  });
});

describe('learned requests', () => {
  it.each([
    [GET_URL, true],
    [POST_URL, true],
    ['https://acs.aliexpress.us/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/?appKey=1&data=%7B%7D', true],
    ['https://aliexpress.ru/aer-jsonapi/bx/orders/v3/web-order-list?_bx-v=2.5.11', true],
    [GET_URL.replace('https:', 'http:'), false],
    [GET_URL.replace('acs.aliexpress.com', 'acs.aliexpress.com.evil.example'), false],
    [GET_URL.replace('acs.aliexpress.com', 'acs.aliexpress.com:8443'), false],
    [GET_URL.replace('acs.aliexpress.com', 'user:pw@acs.aliexpress.com'), false],
    [GET_URL.replace('acs.aliexpress.com', 'www.aliexpress.com'), false], // a page host, not the API gateway
    ['https://acs.aliexpress.com/h5/mtop.aliexpress.buyer.reverse.submit/1.0/?appKey=1', false], // a write API
    ['https://acs.aliexpress.com/h5/mtop.aliexpress.search/1.0/', false],
    ['javascript:alert(1)', false],
    [GET_URL.replace('acs.aliexpress.com', 'acs-m.aliexpress.com'), false], // no host permission there
  ])('%s allowed: %s', (url, allowed) => {
    expect(LearnedRequest.safeParse({ url, method: 'GET' }).success).toBe(allowed);
    // Whatever may be replayed is within the manifest's host permissions, so its cookies are sent.
    if (allowed) expect(API_HOST_PERMISSIONS).toContain(`${new URL(url).origin}/*`);
  });

  it('a GET gets a fresh t and its sign; nothing else changes', () => {
    const result = resignRequest({ url: GET_URL, method: 'GET' }, TOKEN, NOW);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const url = new URL(result.request.url);
    expect(url.searchParams.get('t')).toBe(String(NOW));
    expect(url.searchParams.get('sign')).toBe(expectedSign(NOW));
    expect(result.request.url.replace(/&t=\d+/, '').replace(/&sign=[0-9a-f]+/, '')).toBe(
      GET_URL.replace(/&t=\d+/, '').replace(/&sign=[0-9a-f]+/, ''),
    );
  });

  it('a POST signs the data in its form body', () => {
    const body = `data=${encodeURIComponent(DATA)}`;
    const result = resignRequest({ url: POST_URL, method: 'POST', body }, TOKEN, NOW);
    expect(result).toMatchObject({ ok: true, request: { method: 'POST', body } });
    if (result.ok) expect(new URL(result.request.url).searchParams.get('sign')).toBe(expectedSign(NOW));
  });

  it('a request without t or sign gets them', () => {
    const bare = GET_URL.replace(/&t=\d+/, '').replace(/&sign=[0-9a-f]+/, '');
    const result = resignRequest({ url: bare, method: 'GET' }, TOKEN, NOW);
    if (!result.ok) throw new Error('not signed');
    expect(new URL(result.request.url).searchParams.get('sign')).toBe(expectedSign(NOW));
  });

  it.each([
    [{ url: GET_URL, method: 'GET' }, undefined, 'no-token'],
    [{ url: POST_URL, method: 'POST' }, TOKEN, 'not-signable'], // no data anywhere
    [{ url: GET_URL.replace('appKey=12574478', 'appKey=x'), method: 'GET' }, TOKEN, 'not-signable'],
    [{ url: GET_URL, method: 'DELETE' }, TOKEN, 'not-allowed'],
    [{ url: 'https://evil.example/h5/x/1.0/', method: 'GET' }, TOKEN, 'not-allowed'],
  ])('%j refused: %s', (request, token, reason) => {
    expect(resignRequest(request, token, NOW)).toEqual({ ok: false, reason });
  });

  it('the .ru JSON API is not mtop: returned unchanged', () => {
    const request = {
      url: 'https://aliexpress.ru/aer-jsonapi/bx/orders/v3/web-order-list',
      method: 'POST',
      body: '{"page":1}',
    };
    expect(resignRequest(request, undefined, NOW)).toEqual({ ok: true, request });
  });
});

describe('answer classifier', () => {
  const mtop = (ret: string[], extra = {}) => JSON.stringify({ api: API, ret, data: {}, ...extra });
  const answer = (text: string, status = 200, finalUrl = GET_URL): ApiAnswer => ({ status, finalUrl, text });

  it.each<[string, ApiAnswer, string]>([
    ['success', answer(mtop(['SUCCESS::调用成功'])), 'ok'],
    ['success as JSONP', answer(`mtopjsonp3(${mtop(['SUCCESS::调用成功'])})`), 'ok'],
    ['token expired (sic)', answer(mtop(['FAIL_SYS_TOKEN_EXOIRED::令牌过期'])), 'token-expired'],
    ['token expired', answer(mtop(['FAIL_SYS_TOKEN_EXPIRED::令牌过期'])), 'token-expired'],
    ['token empty', answer(mtop(['FAIL_SYS_TOKEN_EMPTY::令牌为空'])), 'token-expired'],
    ['bad sign', answer(mtop(['FAIL_SYS_ILLEGAL_ACCESS::非法请求'])), 'token-expired'],
    ['session expired', answer(mtop(['FAIL_SYS_SESSION_EXPIRED::Session过期'])), 'signed-out'],
    ['redirected to login', answer('<html>', 200, 'https://login.aliexpress.com/?return_url=x'), 'signed-out'],
    ['.ru login', answer('<html>', 200, 'https://login.aliexpress.ru/?flag=1'), 'signed-out'],
    ['401', answer('', 401), 'signed-out'],
    ['havana login path', answer('<html>', 200, 'https://www.aliexpress.com/havana/login.htm'), 'signed-out'],
    [
      'a query mentioning login is not a login page',
      answer(mtop(['SUCCESS::ok']), 200, `${GET_URL}&next=login.aliexpress.com/havana`),
      'ok',
    ],
    ['busy / captcha', answer(mtop(['FAIL_SYS_USER_VALIDATE::哎哟喂,被挤爆啦'])), 'error'],
    ['server error', answer('oops', 502), 'error'],
    ['not JSON', answer('<html>maintenance</html>'), 'error'],
    ['.ru JSON without ret', answer('{"data":{"items":[]}}', 200, 'https://aliexpress.ru/aer-jsonapi/x'), 'ok'],
    ['empty ret', answer(mtop([])), 'error'],
  ])('%s', (_name, input, expected) => {
    expect(classifyAnswer(input)).toBe(expected);
  });
});
