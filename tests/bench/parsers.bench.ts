import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Window } from 'happy-dom';
import { readSnapshotsFromDom } from '../../lib/aliexpress/dom/read-page';
import { finishDomDrafts } from '../../lib/aliexpress/page-data/finish-dom-drafts';
import { parseObservedResponse } from '../../lib/aliexpress/page-data/parse-response';
import { measure, type BenchRow } from './measure';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures');
const read = (file: string) => readFileSync(path.join(FIXTURES, file), 'utf8');
const mtop = (api: string) => `https://acs.aliexpress.com/h5/${api}/1.0/?jsv=2.7.2&appKey=12574478&api=${api}&v=1.0`;

/** The fixture order list grown to 200 cards (distinct ids), as one mtop response. */
function orderListResponse(count: number): string {
  const body = JSON.parse(read('api/com/order-list.json'));
  const components = body.data.data as Record<string, { tag?: string; id: string; fields: { orderId: string } }>;
  const template = Object.values(components).find((component) => component.tag === 'pc_om_list_order')!;
  for (const key of Object.keys(components)) if (components[key]!.tag === 'pc_om_list_order') delete components[key];
  const keys: string[] = [];
  for (let i = 0; i < count; i++) {
    const orderId = String(8190000200000000 + i);
    const key = `pc_om_list_order_${orderId}`;
    components[key] = { ...template, id: orderId, fields: { ...template.fields, orderId } };
    keys.push(key);
  }
  body.data.hierarchy.structure.pc_om_list_body_119702 = keys;
  return JSON.stringify(body);
}

/** The fixture case with a 300-entry negotiation history. */
function disputeDetailResponse(entries: number): string {
  const body = JSON.parse(read('api/com/dispute-detail/5012345678901201.json'));
  const history = body.data.module.processList as unknown[];
  body.data.module.processList = Array.from({ length: entries }, (_, i) => history[i % history.length]);
  return JSON.stringify(body);
}

/** The fixture list page with its first card repeated to 200 cards (distinct ids). */
function orderListPage(count: number): Document {
  const window = new Window({ url: 'https://www.aliexpress.com/p/order/index.html' });
  const document = new window.DOMParser().parseFromString(read('pages/com/order-list.html'), 'text/html');
  const list = document.querySelector('.order-content')!;
  const template = list.querySelector('.order-item')!;
  list.replaceChildren();
  for (let i = 0; i < count; i++) {
    const card = template.cloneNode(true) as typeof template;
    const idLine = [...card.querySelectorAll('.order-item-header-right-info > div')][1]!;
    idLine.textContent = `Order ID: ${8190000200000000 + i}`;
    list.append(card);
  }
  return document as unknown as Document;
}

export default function parserBenchmarks(): BenchRow[] {
  const list = orderListResponse(200);
  const dispute = disputeDetailResponse(300);
  const page = orderListPage(200);
  const listApi = mtop('mtop.aliexpress.trade.buyer.order.list');
  const disputeApi = mtop('mtop.aliexpress.buyer.reverse.reverseOrderLineRenderForBuyer');
  const detected = { kind: 'order-list', site: 'global' } as const;
  const drafts = readSnapshotsFromDom(page, detected);
  const observedAt = new Date();

  const checks: Array<[string, number, number]> = [
    ['json list', parseObservedResponse({ requestUrl: listApi, text: list }).orders.length, 200],
    ['dom list', finishDomDrafts(drafts, observedAt).orders.length, 200],
    [
      'dispute history',
      parseObservedResponse({ requestUrl: disputeApi, text: dispute }).disputes[0]?.history?.length ?? 0,
      300,
    ],
  ];
  for (const [name, got, want] of checks) if (got !== want) throw new Error(`${name}: ${got} instead of ${want}`);

  const pageOfTen = read('api/com/order-list.json');
  return [
    measure(
      'parse 10-order list response (JSON, one real page)',
      () => parseObservedResponse({ requestUrl: listApi, text: pageOfTen }),
      { target: '< 5 ms', note: `${Math.round(pageOfTen.length / 1024)} KB; the site pages by 10` },
    ),
    measure(
      'parse 200-order list response (JSON, mtop)',
      () => parseObservedResponse({ requestUrl: listApi, text: list }),
      {
        runs: 50,
        warmups: 5,
        target: '< 5 ms',
        note: `${Math.round(list.length / 1024)} KB`,
      },
    ),
    measure('read 200-order list page (DOM, happy-dom)', () => readSnapshotsFromDom(page, detected), {
      runs: 50,
      warmups: 5,
      target: '< 5 ms',
      note: 'content script: drafts of plain text',
    }),
    measure('finish 200 order drafts from the DOM (worker)', () => finishDomDrafts(drafts, observedAt), {
      runs: 50,
      warmups: 5,
      target: '< 5 ms',
      note: 'parse and validate',
    }),
    measure(
      'parse dispute detail, 300 history entries',
      () => parseObservedResponse({ requestUrl: disputeApi, text: dispute }),
      {
        runs: 100,
        warmups: 10,
        target: '< 5 ms',
        note: `${Math.round(dispute.length / 1024)} KB`,
      },
    ),
  ];
}
