import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { deleteDB } from 'idb';
import { afterEach, describe, expect, it } from 'vitest';
import { createDbConnection } from '../../../lib/db/connection';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';
import { handleMessage } from '../../../lib/worker/handle-message';
import type { WorkerEnv } from '../../../lib/worker/worker-env';
import { FakeWatcherHost } from '../../support/fake-watcher-host';
import type { SenderInfo } from '../../../lib/messaging/sender';

const NAME = 'handle-message-test';
const self = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const pageUrl = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const sender: SenderInfo = {
  id: self.id,
  url: pageUrl,
  origin: 'https://www.aliexpress.com',
  tab: { id: 1 },
  frameId: 0,
};

const opened: Db[] = [];
function env(overrides: Partial<WorkerEnv> = {}): WorkerEnv {
  const connect = createDbConnection((_name, _version, hooks) => openDisputeDb(NAME, undefined, hooks));
  return {
    self,
    db: async () => {
      const db = await connect();
      opened.push(db);
      return db;
    },
    now: () => 1_750_000_000_000,
    toContentScript: async () => undefined,
    watcher: new FakeWatcherHost(),
    ...overrides,
  };
}
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await deleteDB(NAME);
});

async function storedOrders() {
  const db = await openDisputeDb(NAME);
  opened.push(db);
  return db.getAll('orders');
}

describe('handleMessage', () => {
  it('page-seen records the order and answers with the page, visit and panel settings', async () => {
    const reply = await handleMessage({ type: 'page-seen', url: pageUrl, language: 'en' }, sender, env());
    expect(reply).toEqual({
      ok: true,
      result: {
        page: { kind: 'order-detail', site: 'global', orderId: '8190000123456789' },
        visit: { firstSeen: 1_750_000_000_000, visits: 1 },
        panel: {},
        facts: {},
      },
    });
    expect(await storedOrders()).toHaveLength(1);
  });

  it('page-seen sends no strings: the panel frame carries its own, in both languages', async () => {
    for (const language of ['ru', 'en'] as const) {
      const reply = await handleMessage({ type: 'page-seen', url: pageUrl, language }, sender, env());
      expect(reply.ok && 'strings' in reply.result).toBe(false);
    }
  });

  it('panel-set-collapsed is remembered and returned by the next page-seen', async () => {
    const worker = env();
    expect(await handleMessage({ type: 'panel-set-collapsed', collapsed: true }, sender, worker)).toEqual({
      ok: true,
      result: { collapsed: true },
    });
    const reply = await handleMessage({ type: 'page-seen', url: pageUrl, language: 'en' }, sender, env());
    expect(reply.ok && reply.result).toMatchObject({ panel: { collapsed: true } });
  });

  it.each([
    ['not an object', 'page-seen'],
    ['null', null],
    ['unknown type', { type: 'wipe-everything' }],
    ['prototype key as type', { type: '__proto__' }],
    ['inherited type', { type: 'toString' }],
    ['missing url', { type: 'page-seen' }],
    ['extra key', { type: 'page-seen', url: pageUrl, language: 'en', admin: true }],
    ['wrong value type', { type: 'panel-set-collapsed', collapsed: 'yes' }],
    ['huge url', { type: 'page-seen', url: `${pageUrl}&x=${'a'.repeat(10_000)}`, language: 'en' }],
  ])('rejects a malformed message (%s) and stores nothing', async (_label, message) => {
    const reply = await handleMessage(message, sender, env());
    expect(reply).toMatchObject({ ok: false, error: { code: 'bad-message' } });
    expect(await storedOrders()).toHaveLength(0);
  });

  it.each<[string, SenderInfo]>([
    ['another extension', { ...sender, id: 'x' }],
    ['a sub-frame', { ...sender, frameId: 2 }],
    ['a non-AliExpress page', { ...sender, url: 'https://evil.example/', origin: 'https://evil.example' }],
    ['an extension page sending a content-script message', { id: self.id, url: `${self.baseUrl}popup.html` }],
  ])('rejects a forged sender (%s) and stores nothing', async (_label, forged) => {
    const reply = await handleMessage({ type: 'page-seen', url: pageUrl, language: 'en' }, forged, env());
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
    expect(await storedOrders()).toHaveLength(0);
  });

  it('a content script cannot report a page of another AliExpress site than its own', async () => {
    const reply = await handleMessage(
      { type: 'page-seen', url: 'https://aliexpress.ru/order-list/5385013512515995', language: 'en' },
      sender,
      env(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('a page that is not ours is refused', async () => {
    const productSender = { ...sender, url: 'https://www.aliexpress.com/item/1005006123456789.html' };
    const reply = await handleMessage(
      { type: 'page-seen', url: productSender.url, language: 'en' },
      productSender,
      env(),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'not-our-page' } });
  });

  it('a full disk becomes a storage-full error answer, not a throw', async () => {
    const quota = new DOMException('quota', 'QuotaExceededError');
    const reply = await handleMessage(
      { type: 'page-seen', url: pageUrl, language: 'en' },
      sender,
      env({ db: () => Promise.reject(quota) }),
    );
    expect(reply).toEqual({ ok: false, error: { code: 'storage-full', message: 'QuotaExceededError: quota' } });
  });

  it('an unopenable database becomes a storage-failed error answer', async () => {
    const broken = new DOMException('Internal error opening backing store', 'UnknownError');
    const reply = await handleMessage(
      { type: 'page-seen', url: pageUrl, language: 'en' },
      sender,
      env({ db: () => Promise.reject(broken) }),
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'storage-failed' } });
  });

  it('fuzz: arbitrary JSON, including __proto__ and constructor keys, is answered with an error and pollutes nothing', async () => {
    const worker = env();
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            type: fc.constantFrom('page-seen', 'panel-set-collapsed'),
            url: fc.jsonValue(),
            collapsed: fc.jsonValue(),
          }),
          fc
            .jsonValue()
            .map((value) => JSON.parse(`{"type":"page-seen","__proto__":${JSON.stringify(value ?? null)}}`)),
          fc.constant(JSON.parse('{"type":"page-seen","url":"x","constructor":{"prototype":{"polluted":1}}}')),
        ),
        async (message) => {
          const reply = await handleMessage(message, sender, worker);
          expect(reply.ok).toBe(false);
          expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
        },
      ),
      { numRuns: 300 },
    );
    expect(await storedOrders()).toHaveLength(0);
  });
});
