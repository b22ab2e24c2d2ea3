import { MatchPattern } from 'wxt/utils/match-patterns';
import { describe, expect, it } from 'vitest';
import { ALIEXPRESS_MATCH_PATTERNS, isAliExpressUrl, OBSERVER_MATCH_PATTERNS } from '../../../lib/aliexpress/hosts';
import { observedEndpointOf } from '../../../lib/aliexpress/endpoints';
import { URLS_BY_KIND, URLS_OF_NO_KIND } from '../pages/page-urls';

const matches = (patterns: readonly string[], url: string) =>
  patterns.some((pattern) => new MatchPattern(pattern).includes(url));

describe('https only', () => {
  it('match patterns name the https scheme and nothing else', () => {
    for (const pattern of [...ALIEXPRESS_MATCH_PATTERNS, ...OBSERVER_MATCH_PATTERNS]) {
      expect(pattern).toMatch(/^https:\/\/\*\.aliexpress\.(com|ru|us)\//);
    }
  });

  it.each([
    'http://www.aliexpress.com/p/order/index.html',
    'http://trade.aliexpress.com/order_list.htm',
    'ws://www.aliexpress.com/',
    'https://aliexpress.com.evil.example/p/order/index.html',
  ])('%s is not an AliExpress page of ours', (url) => {
    expect(isAliExpressUrl(url)).toBe(false);
    expect(matches(ALIEXPRESS_MATCH_PATTERNS, url)).toBe(false);
  });

  it('an observed endpoint must be https', () => {
    const url = 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.list/1.0/';
    expect(observedEndpointOf(url)).toBe('order-list');
    expect(observedEndpointOf(url.replace('https:', 'http:'))).toBeNull();
  });
});

describe('the observer runs on order and dispute pages only', () => {
  it('every https URL of every page kind is in its scope', () => {
    for (const [kind, urls] of Object.entries(URLS_BY_KIND)) {
      for (const [url] of urls) {
        if (url.startsWith('https:')) expect(matches(OBSERVER_MATCH_PATTERNS, url), `${kind}: ${url}`).toBe(true);
      }
    }
  });

  it.each([
    'https://www.aliexpress.com/',
    'https://www.aliexpress.com/item/1005006123456789.html',
    'https://www.aliexpress.com/p/shoppingcart/index.html',
    'https://www.aliexpress.com/p/trade/confirm.html',
    'https://login.aliexpress.com/',
    'https://login.aliexpress.ru/',
    'https://www.aliexpress.com/p/message/index.html',
    'https://www.aliexpress.com/w/wholesale-usb-cable.html',
  ])('not on %s', (url) => {
    expect(matches(OBSERVER_MATCH_PATTERNS, url)).toBe(false);
  });

  it('of the URLs of no kind, only near-misses inside the order sections are in scope', () => {
    const inScope = URLS_OF_NO_KIND.filter((url) => URL.canParse(url) && matches(OBSERVER_MATCH_PATTERNS, url));
    for (const url of inScope) expect(new URL(url).pathname).toMatch(/^\/(p\/(order|re)|order|issue\/)/i);
  });
});
