import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DISPUTE_FORM,
  GLOBAL_DISPUTE_DETAIL,
  GLOBAL_ORDER_DETAIL,
  GLOBAL_ORDER_LIST,
} from '../../../lib/aliexpress/selectors/global';
import { LEGACY_ORDER_DETAIL } from '../../../lib/aliexpress/selectors/legacy';
import { RU_ORDER_DETAIL, RU_ORDER_LIST } from '../../../lib/aliexpress/selectors/ru';
import { matchAll, type SelectorList } from '../../../lib/aliexpress/selectors/selector-list';
import { loadPage, parseHtml, PAGES_DIR } from './support/load-page';
import { readFileSync } from 'node:fs';

type Expected = Record<string, [fallbackIndex: number, count: number]>;
const LEGACY_CAPTURE = path.resolve(
  import.meta.dirname,
  '../../../../shared/fixtures/real/aliexpress-2014-trade-order-detail.redacted.html',
);

function counts(root: ParentNode, lists: Record<string, SelectorList>): Expected {
  return Object.fromEntries(
    Object.entries(lists).map(([name, list]) => {
      const { index, elements } = matchAll(root, list);
      return [name, [index, elements.length]];
    }),
  );
}

const allOf = (lists: Record<string, SelectorList>, value: [number, number]) =>
  Object.fromEntries(Object.keys(lists).map((name) => [name, value]));

describe('selectors on each fixture page (markup only, scripts not run): fallback used and match count', () => {
  it('com/order-list.html', () => {
    expect(counts(loadPage('com/order-list.html'), GLOBAL_ORDER_LIST)).toEqual({
      card: [0, 4],
      status: [0, 4],
      headerInfo: [0, 8],
      storeLink: [0, 4],
      itemName: [0, 4],
      itemNumber: [0, 4],
      itemQuantity: [0, 4],
      total: [0, 4],
      detailLink: [0, 4],
    });
  });

  it('com/order-detail.html', () => {
    expect(counts(loadPage('com/order-detail.html'), GLOBAL_ORDER_DETAIL)).toEqual({
      layout: [0, 5],
      infoRow: [0, 5],
      status: [0, 1],
      storeName: [0, 1],
      item: [0, 1],
      itemTitle: [0, 1],
      itemSku: [0, 1],
      itemPrice: [0, 1],
      itemQuantity: [0, 1],
      priceRow: [0, 5],
      priceLabel: [0, 5],
      priceValue: [0, 5],
      trackingNumber: [0, 1],
      trackingCarrier: [0, 1],
    });
  });

  it('com/order-detail-renamed.html and mobile/order-detail.html: nothing matches', () => {
    expect(counts(loadPage('com/order-detail-renamed.html'), GLOBAL_ORDER_DETAIL)).toEqual(
      allOf(GLOBAL_ORDER_DETAIL, [-1, 0]),
    );
    expect(counts(loadPage('mobile/order-detail.html'), GLOBAL_ORDER_DETAIL)).toEqual(
      allOf(GLOBAL_ORDER_DETAIL, [-1, 0]),
    );
    expect(counts(loadPage('common/unknown-layout.html'), GLOBAL_ORDER_LIST)).toEqual(
      allOf(GLOBAL_ORDER_LIST, [-1, 0]),
    );
  });

  it('com/dispute-detail.html', () => {
    expect(counts(loadPage('com/dispute-detail.html'), GLOBAL_DISPUTE_DETAIL)).toEqual({
      status: [0, 1],
      sellerSolution: [0, 1],
      history: [0, 3],
      historyTime: [0, 10],
      countdown: [0, 1],
    });
  });

  it('com/dispute-start.html', () => {
    expect(counts(loadPage('com/dispute-start.html'), DISPUTE_FORM)).toEqual({
      description: [0, 1],
      reason: [0, 1],
      resolution: [0, 1],
      amount: [0, 1],
      amountCurrencyHint: [0, 1],
      thumbs: [-1, 0],
      submit: [0, 1],
      nextStep: [0, 1],
    });
  });

  it('ru/order-list.html and ru/order-detail.html', () => {
    expect(counts(loadPage('ru/order-list.html'), RU_ORDER_LIST)).toEqual({
      card: [0, 3],
      number: [0, 3],
      status: [0, 3],
      total: [0, 3],
      link: [0, 3],
    });
    expect(counts(loadPage('ru/order-detail.html'), RU_ORDER_DETAIL)).toEqual({
      number: [0, 1],
      seller: [0, 1],
      product: [0, 1],
      productText: [0, 1],
      productPrice: [0, 1],
      status: [1, 1],
    });
  });

  it.skipIf(!existsSync(LEGACY_CAPTURE))(`the real 2014 capture (${LEGACY_CAPTURE})`, () => {
    expect(counts(loadPage(LEGACY_CAPTURE), LEGACY_ORDER_DETAIL)).toEqual({
      ...allOf(LEGACY_ORDER_DETAIL, [0, 1]),
      itemOptionName: [0, 2],
    });
  });

  it('falls back to prefix matches when a deployment adds hashes to the class names', () => {
    const html = readFileSync(path.join(PAGES_DIR, 'com/order-list.html'), 'utf8')
      .replaceAll('class="order-item-header-status-text"', 'class="order-item-header-status-text--x7Yh2"')
      .replaceAll('class="order-item-content-opt-price-total"', 'class="OrderItem--price-total--9Kd2"');
    const page = parseHtml(html);
    expect(matchAll(page, GLOBAL_ORDER_LIST.status)).toMatchObject({ index: 1, elements: { length: 4 } });
    expect(matchAll(page, GLOBAL_ORDER_LIST.total)).toMatchObject({ index: 1, elements: { length: 4 } });

    const ru = readFileSync(path.join(PAGES_DIR, 'ru/order-list.html'), 'utf8').replaceAll(
      'RedOrderList_OrderList__item',
      'RedOrderListV2_OrderList__item',
    );
    expect(matchAll(parseHtml(ru), RU_ORDER_LIST.card)).toMatchObject({ index: 1, elements: { length: 3 } });
  });

  it('every selector list says where it was seen', () => {
    for (const file of ['global.ts', 'ru.ts', 'legacy.ts']) {
      const source = readFileSync(path.resolve(import.meta.dirname, '../../../lib/aliexpress/selectors', file), 'utf8');
      const lists = source.match(/selectorList\(/g)?.length ?? 0;
      const documented = source.match(/\/\* Seen: [^*]{5,}\*\/\s*selectorList\(/g)?.length ?? 0;
      expect(documented, file).toBe(lists);
    }
    for (const lists of [
      GLOBAL_ORDER_LIST,
      GLOBAL_ORDER_DETAIL,
      GLOBAL_DISPUTE_DETAIL,
      DISPUTE_FORM,
      RU_ORDER_LIST,
      RU_ORDER_DETAIL,
      LEGACY_ORDER_DETAIL,
    ]) {
      for (const list of Object.values(lists)) {
        expect(list.selectors.length).toBeGreaterThan(0);
      }
    }
  });
});
