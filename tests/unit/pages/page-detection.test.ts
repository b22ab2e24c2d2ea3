import { describe, expect, it } from 'vitest';
import { detectPage } from '../../../lib/pages/detect-page';
import { PAGE_KINDS } from '../../../lib/pages/page-kind';
import { URLS_BY_KIND, URLS_OF_NO_KIND } from './page-urls';

const allUrls = [...Object.values(URLS_BY_KIND).flatMap((rows) => rows.map(([url]) => url)), ...URLS_OF_NO_KIND];

describe('detectPage: every URL against every kind', () => {
  it('has a real table to check', () => {
    expect(allUrls.length).toBeGreaterThanOrEqual(60);
    for (const kind of PAGE_KINDS) expect(URLS_BY_KIND[kind].length, kind).toBeGreaterThanOrEqual(5);
  });

  for (const kind of PAGE_KINDS) {
    const own = new Set(URLS_BY_KIND[kind].map(([url]) => url));
    it(`recognises ${kind} on its own URLs and on no other`, () => {
      for (const url of allUrls) {
        const detected = detectPage(url)?.kind === kind;
        const message = own.has(url)
          ? `${url} is listed as ${kind} but detectPage says ${detectPage(url)?.kind ?? 'null'}: the detection is wrong`
          : `${url} was detected as ${kind}. Is it one? Add it to URLS_BY_KIND['${kind}']. No? The ${kind} route is too broad.`;
        expect(detected, message).toBe(own.has(url));
      }
    });
  }

  it('returns the site and ids of each listed URL, exactly', () => {
    for (const kind of PAGE_KINDS) {
      for (const [url, expected] of URLS_BY_KIND[kind]) {
        expect(detectPage(url), url).toEqual({ kind, ...expected });
      }
    }
  });

  it('returns null for lookalike hosts and pages that are not ours', () => {
    for (const url of URLS_OF_NO_KIND) expect(detectPage(url), url).toBeNull();
  });
});

describe('detectPage: odd input', () => {
  it.each([
    [
      'upper-case host and path',
      'HTTPS://WWW.ALIEXPRESS.COM/P/ORDER/DETAIL.HTML?orderId=8190000123456789',
      'order-detail',
    ],
    ['trailing dot host', 'https://www.aliexpress.com./p/order/index.html', 'order-list'],
    ['double slashes', 'https://www.aliexpress.com//p//order//index.html', 'order-list'],
    ['id in the hash', 'https://m.aliexpress.com/p/order/detail.html#/?orderId=8190000123456789', 'order-detail'],
    [
      'lower-case parameter name',
      'https://www.aliexpress.com/p/order/detail.html?orderid=8190000123456789',
      'order-detail',
    ],
  ])('%s', (_label, url, kind) => {
    expect(detectPage(url)?.kind).toBe(kind);
  });

  it('keeps the id from the hash', () => {
    expect(detectPage('https://m.aliexpress.com/p/order/detail.html#/?orderId=8190000123456789')?.orderId).toBe(
      '8190000123456789',
    );
  });

  it('never throws on hostile strings', () => {
    const hostile = [
      'javascript:alert(1)//www.aliexpress.com/p/order/index.html',
      'data:text/html,<script>alert(1)</script>',
      `https://www.aliexpress.com/p/order/detail.html?orderId=${'9'.repeat(100_000)}`,
      'https://www.aliexpress.com/%E0%A4%A/p/order/index.html',
      'https://user:pass@www.aliexpress.com/p/order/index.html?__proto__=1&constructor=2',
    ];
    for (const url of hostile) expect(() => detectPage(url)).not.toThrow();
    expect(detectPage(hostile[2]!)).toEqual({ kind: 'order-detail', site: 'global' });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
