import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSnapshotsFromDom } from '../../../lib/aliexpress/dom/read-page';
import { finishDomDrafts } from '../../../lib/aliexpress/page-data/finish-dom-drafts';
import { parseObservedResponse } from '../../../lib/aliexpress/page-data/parse-response';
import type { DisputeSnapshot, OrderSnapshot } from '../../../lib/model/snapshots';
import { detectPage } from '../../../lib/pages/detect-page';
import { fixtureFileFor } from '../../support/aliexpress-fixtures';
import { fixtureApiFor } from '../../support/fixture-api';
import { FIXTURE_FACTS, type DataRequest } from '../../support/fixture-facts';
import { loadPage } from './support/load-page';

const API_DIR = path.resolve(import.meta.dirname, '../../fixtures/api');
const OBSERVED_AT = new Date('2026-01-08T12:00:00Z');

function requestUrl(request: DataRequest, orderId: string | undefined): string {
  if (request.api.startsWith('/')) return `https://aliexpress.ru${request.api}?_bx-v=2.5.11`;
  const data = encodeURIComponent(JSON.stringify(orderId ? { tradeOrderId: orderId } : {}));
  return `https://acs.aliexpress.com/h5/${request.api}/1.0/?jsv=2.7.2&appKey=12574478&api=${request.api}&v=1.0&data=${data}`;
}

describe('fixture facts: every fixture URL, its page, its data requests and what they yield', () => {
  for (const facts of FIXTURE_FACTS) {
    it(facts.url, () => {
      const url = new URL(facts.url);
      expect(fixtureFileFor(url)).toBe(facts.page);
      const page = detectPage(facts.url)!;
      expect({ kind: page.kind, site: page.site }).toEqual({ kind: facts.kind, site: facts.site });

      const fromDom = finishDomDrafts(readSnapshotsFromDom(loadPage(facts.page, facts.url), page), OBSERVED_AT);
      expect(fromDom.orders.length + fromDom.disputes.length > 0).toBe(facts.fromDom && facts.kind !== 'dispute-start');
      const orders: OrderSnapshot[] = [...fromDom.orders];
      const disputes: DisputeSnapshot[] = [...fromDom.disputes];
      for (const request of facts.requests) {
        const target = requestUrl(request, page.orderId);
        expect(fixtureApiFor(new URL(target), null)?.file).toBe(request.response);
        const parsed = parseObservedResponse({
          requestUrl: target,
          text: readFileSync(path.join(API_DIR, request.response), 'utf8'),
          observedAt: OBSERVED_AT,
        });
        orders.push(...parsed.orders);
        disputes.push(...parsed.disputes);
      }
      if (!facts.recognised) expect({ orders, disputes }).toEqual({ orders: [], disputes: [] });

      for (const expected of facts.orders) {
        const found = orders.filter((order) => order.orderId === expected.orderId);
        const has = (check: (order: OrderSnapshot) => boolean) => found.some(check);
        expect(found.length, expected.orderId).toBeGreaterThan(0);
        if (expected.status)
          expect(
            has((o) => o.status === expected.status),
            'status',
          ).toBe(true);
        if (expected.statusText)
          expect(
            has((o) => o.statusText === expected.statusText),
            'statusText',
          ).toBe(true);
        if (expected.storeName)
          expect(
            has((o) => o.store?.name === expected.storeName),
            'store',
          ).toBe(true);
        if (expected.total) expect(found.map((o) => o.total).filter(Boolean)).toContainEqual(expected.total);
        if (expected.itemCount)
          expect(
            has((o) => o.items?.length === expected.itemCount),
            'items',
          ).toBe(true);
        if (expected.trackingNumber) {
          expect(
            has(
              (o) =>
                o.tracking?.some((t) => t.number === expected.trackingNumber && t.carrier === expected.carrier) ===
                true,
            ),
          ).toBe(true);
        }
        for (const field of ['orderedOn', 'paidOn', 'shippedOn', 'protectionEndsOn'] as const) {
          if (expected[field])
            expect(
              has((o) => o[field] === expected[field]),
              field,
            ).toBe(true);
        }
      }
      for (const expected of facts.disputes) {
        const found = disputes.filter((dispute) => dispute.disputeId === expected.disputeId);
        expect(found.length, expected.disputeId).toBeGreaterThan(0);
        const has = (check: (dispute: DisputeSnapshot) => boolean) => found.some(check);
        if (expected.orderId)
          expect(
            has((d) => d.orderId === expected.orderId),
            'orderId',
          ).toBe(true);
        if (expected.status)
          expect(
            has((d) => d.status === expected.status),
            'status',
          ).toBe(true);
        if (expected.awaiting)
          expect(
            has((d) => d.awaiting === expected.awaiting),
            'awaiting',
          ).toBe(true);
        if (expected.deadlineOn)
          expect(
            has((d) => d.deadline?.on === expected.deadlineOn),
            'deadline',
          ).toBe(true);
        if (expected.historyCount)
          expect(
            has((d) => d.history?.length === expected.historyCount),
            'history',
          ).toBe(true);
      }
    });
  }
});
