import { EvidenceState } from '../../db/evidence-records';
import { storeSnapshots } from '../../db/facts';
import type { Db } from '../../db/schema';
import { OrderFacts } from '../../model/facts';
import type { PageSnapshots } from '../../model/snapshots';
import { validSnapshots } from '../../aliexpress/page-data/keep-valid';
import { isDeletion, type SyncEntry } from '../../sync/entry';
import { encodeItemKey, parseItemKey } from '../../sync/item-key';
import { EvidenceItem, ManualFactsItem } from '../../sync/item-values';
import type { LocalItem } from '../../sync/ledger';
import { SYNCED_SETTINGS, type SyncedSettingName } from '../../sync/synced-settings';
import { keepReadings } from '../keep-readings';

/** The typed dates a manual-facts item carries, by the order fact each one is. */
const TYPED_FIELDS = { o: 'orderedOn', s: 'shippedOn', e: 'protectionEndsOn' } as const;

/**
 * Everything this device has to share, by item key: each order's checklist state, the dates the buyer typed (the
 * fields of an order whose value came from the buyer, not a page), and the synced settings. Never a file. Records
 * that do not validate are left out, never thrown on.
 */
export async function readLocalItems(db: Db): Promise<Map<string, LocalItem>> {
  const items = new Map<string, LocalItem>();
  for (const row of await db.getAll('evidenceState')) {
    const state = EvidenceState.safeParse(row);
    if (!state.success) continue;
    const { orderId, problem, ticked, updatedAt } = state.data;
    const value: EvidenceItem = { ...(problem && { p: problem }), t: [...ticked].sort() };
    items.set(encodeItemKey({ kind: 'evidence', orderId }), { value, changedAt: updatedAt });
  }
  for (const row of await db.getAll('orderFacts')) {
    const typed = typedFactsOf(row);
    if (typed) items.set(encodeItemKey({ kind: 'manual-facts', orderId: typed.orderId }), typed.item);
  }
  for (const [name, { storeKey, schema }] of Object.entries(SYNCED_SETTINGS)) {
    const setting = schema.safeParse(await db.get('settings', storeKey));
    if (setting.success) {
      items.set(encodeItemKey({ kind: 'setting', name: name as SyncedSettingName }), { value: setting.data });
    }
  }
  return items;
}

function typedFactsOf(row: unknown): { orderId: string; item: LocalItem } | undefined {
  // Most orders have nothing typed: a glance at the origins first, the full check only where the buyer typed.
  const origins = (row as { origins?: Record<string, { source?: unknown }> } | undefined)?.origins;
  if (!origins || !Object.values(origins).some((origin) => origin?.source === 'manual')) return undefined;
  const parsed = OrderFacts.safeParse(row);
  if (!parsed.success) return undefined;
  const { orderId, site, facts } = parsed.data;
  const value: ManualFactsItem = { ...(site && { site }) };
  let changedAt = 0;
  for (const [short, field] of Object.entries(TYPED_FIELDS)) {
    const origin = parsed.data.origins[field];
    const date = facts[field];
    if (origin?.source !== 'manual' || !date) continue;
    value[short as keyof typeof TYPED_FIELDS] = date;
    changedAt = Math.max(changedAt, origin.at);
  }
  return changedAt ? { orderId, item: { value, changedAt } } : undefined;
}

/**
 * Stores a newer change from another device. A checklist changed here after that change keeps the local one; typed
 * dates are merged like dates typed here (a page's reading is never replaced). Throws if the database refuses.
 */
export async function applyEntry(db: Db, entry: SyncEntry, now: number): Promise<void> {
  const key = parseItemKey(entry.key);
  if (!key) return;
  if (key.kind === 'evidence') {
    const known = EvidenceState.safeParse(await db.get('evidenceState', key.orderId));
    if (known.success && known.data.updatedAt > entry.at) return;
    if (isDeletion(entry)) return db.delete('evidenceState', key.orderId);
    const { p, t } = EvidenceItem.parse(entry.value);
    await db.put(
      'evidenceState',
      EvidenceState.parse({ orderId: key.orderId, ...(p && { problem: p }), ticked: t, updatedAt: entry.at }),
    );
    return;
  }
  if (isDeletion(entry)) return;
  if (key.kind === 'manual-facts') {
    const { site, ...dates } = ManualFactsItem.parse(entry.value);
    const typed: Record<string, string> = {};
    for (const [short, field] of Object.entries(TYPED_FIELDS)) {
      const date = dates[short as keyof typeof TYPED_FIELDS];
      if (date) typed[field] = date;
    }
    const snapshots: PageSnapshots = validSnapshots({
      orders: [{ orderId: key.orderId, source: 'manual', ...typed }],
      disputes: [],
    });
    await storeSnapshots(db, snapshots, site ?? 'global', now);
    await keepReadings(db, snapshots, now);
    return;
  }
  const { storeKey, schema } = SYNCED_SETTINGS[key.name];
  await db.put('settings', schema.parse(entry.value), storeKey);
}
