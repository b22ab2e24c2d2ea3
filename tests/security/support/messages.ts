import 'fake-indexeddb/auto';
import { deleteDB } from 'idb';
import { createDbConnection } from '../../../lib/db/connection';
import { openDisputeDb } from '../../../lib/db/open-db';
import type { Db } from '../../../lib/db/schema';
import type { WorkerEnv } from '../../../lib/worker/worker-env';
import { FakeWatcherHost } from '../../support/fake-watcher-host';
import type { Message, MessageType, SenderRole } from '../../../lib/messaging/protocol';
import type { SenderInfo } from '../../../lib/messaging/sender';

export const SELF = {
  id: 'abcdefghijklmnopabcdefghijklmnop',
  baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/',
};
const PAGE_URL = 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000123456789';
const ALIEXPRESS_TAB = { id: SELF.id, url: PAGE_URL, origin: 'https://www.aliexpress.com', tab: { id: 1 }, frameId: 0 };

/**
 * A valid message of every type. Typed over MessageType, so a new message does not compile until it has an
 * example here, and from then on every property test covers it.
 */
export const EXAMPLES: { [T in MessageType]: Message<T> } = {
  'page-seen': { type: 'page-seen', url: PAGE_URL, language: 'ru' },
  'page-data': {
    type: 'page-data',
    pageUrl: PAGE_URL,
    requestUrl: 'https://acs.aliexpress.com/h5/mtop.aliexpress.trade.buyer.order.detail/1.0/',
    text: '{"api":"mtop.aliexpress.trade.buyer.order.detail","ret":["SUCCESS::ok"],"data":{}}',
  },
  'page-dom': {
    type: 'page-dom',
    pageUrl: PAGE_URL,
    orders: [{ orderId: '8190000123456789', statusText: 'Awaiting delivery' }],
    disputes: [],
  },
  'manual-facts': { type: 'manual-facts', pageUrl: PAGE_URL, orderId: '8190000123456789', orderedOn: '2026-10-01' },
  // Only what may not be left out: the reason and the currency text are optional.
  'check-context': { type: 'check-context', orderId: '8190000123456789' },
  'check-ran': {
    type: 'check-ran',
    orderId: '8190000123456789',
    text: 'The parcel has not arrived.',
    verdict: 'ready',
  },
  'panel-set-collapsed': { type: 'panel-set-collapsed', collapsed: true },
  'list-records': { type: 'list-records' },
  'panel-hello': { type: 'panel-hello' },
  'panel-request': { type: 'panel-request', request: { type: 'toggle' } },
  'case-timeline': { type: 'case-timeline', orderId: '8190000123456789' },
  'evidence-state': { type: 'evidence-state', orderId: '8190000123456789' },
  // Optional keys left out: S5 refuses each key of an example set to undefined.
  'panel-watch': { type: 'panel-watch', disputeId: '5012345678901201', site: 'global' },
  'watcher-setting': { type: 'watcher-setting' },
  'count-stored-data': { type: 'count-stored-data' },
  'reminder-settings': { type: 'reminder-settings' },
  'delete-all-data': { type: 'delete-all-data', confirmed: true },
  'sync-setting': { type: 'sync-setting' },
  'sync-changed': { type: 'sync-changed' },
  'notification-settings': { type: 'notification-settings' },
  'watch-interval': { type: 'watch-interval' },
  'backup-restored': { type: 'backup-restored' },
  dashboard: { type: 'dashboard', timeZone: 'Europe/Berlin' },
};

/** Senders, real and forged, with the role each one must get (null: nobody we trust). */
export const SENDERS: Array<{ name: string; sender: SenderInfo; role: SenderRole | null }> = [
  { name: 'our content script on AliExpress', sender: ALIEXPRESS_TAB, role: 'content-script' },
  { name: 'our popup', sender: { id: SELF.id, url: `${SELF.baseUrl}popup.html` }, role: 'extension-page' },
  {
    name: 'our options page in a tab',
    sender: { id: SELF.id, url: `${SELF.baseUrl}options.html`, tab: { id: 2 }, frameId: 0 },
    role: 'extension-page',
  },
  {
    name: 'our panel frame on an AliExpress page',
    sender: { id: SELF.id, url: `${SELF.baseUrl}panel.html`, tab: { id: 1 }, frameId: 5 },
    role: 'panel-frame',
  },
  { name: 'our panel page outside a tab', sender: { id: SELF.id, url: `${SELF.baseUrl}panel.html` }, role: null },
  {
    name: 'another extension',
    sender: { id: 'another-extension', url: 'chrome-extension://another/x.html' },
    role: null,
  },
  { name: "another extension's content script", sender: { ...ALIEXPRESS_TAB, id: 'another-extension' }, role: null },
  { name: 'an AliExpress sub-frame', sender: { ...ALIEXPRESS_TAB, frameId: 3 }, role: null },
  { name: 'an AliExpress page outside a tab', sender: { ...ALIEXPRESS_TAB, tab: undefined }, role: null },
  {
    name: 'a lookalike host',
    sender: {
      ...ALIEXPRESS_TAB,
      url: 'https://aliexpress.com.evil.example/p/order/detail.html?orderId=8190000123456789',
      origin: 'https://aliexpress.com.evil.example',
    },
    role: null,
  },
  {
    name: 'an origin that contradicts the URL',
    sender: { ...ALIEXPRESS_TAB, origin: 'https://evil.example' },
    role: null,
  },
  {
    name: 'a web page',
    sender: { ...ALIEXPRESS_TAB, url: 'https://evil.example/', origin: 'https://evil.example' },
    role: null,
  },
  { name: 'no URL', sender: { id: SELF.id }, role: null },
];

export function senderWithRole(role: SenderRole): SenderInfo {
  return SENDERS.find((candidate) => candidate.role === role)!.sender;
}

const NAME = 'security-properties';

/** A worker environment over a database that already holds one order, so a wrongful write or wipe shows. */
export async function seededWorker(): Promise<{
  env: WorkerEnv;
  snapshot: () => Promise<unknown>;
  close: () => Promise<void>;
}> {
  const opened: Db[] = [];
  const connect = createDbConnection((_name, _version, hooks) => openDisputeDb(NAME, undefined, hooks));
  const env: WorkerEnv = {
    self: SELF,
    db: async () => {
      const db = await connect();
      opened.push(db);
      return db;
    },
    now: () => 1_750_000_000_000,
    toContentScript: async () => undefined,
    // Refuses every request and records every alarm: a message that set one off would show in the test.
    watcher: new FakeWatcherHost(),
  };
  const db = await env.db();
  await db.put('orders', {
    id: '8190000000000001',
    site: 'global',
    kind: 'order-detail',
    url: 'https://www.aliexpress.com/p/order/detail.html?orderId=8190000000000001',
    firstSeen: 1,
    lastSeen: 1,
    visits: 1,
  });
  await db.put('settings', { collapsed: false }, 'panel');
  return {
    env,
    snapshot: async () =>
      Object.fromEntries(
        await Promise.all([...db.objectStoreNames].map(async (store) => [store, await db.getAll(store)])),
      ),
    close: async () => {
      for (const connection of opened) connection.close();
      await deleteDB(NAME);
    },
  };
}
