import { describe, expect, it } from 'vitest';
import type { LocalEntry, SyncEntry } from '../../../lib/sync/entry';
import { nextLedger, stampLocal, fingerprint, ABSENT, type Ledger } from '../../../lib/sync/ledger';
import { merge } from '../../../lib/sync/merge';
import { decodeAll, decodeEntry, encodeEntry } from '../../../lib/sync/wire';
import { parseItemKey } from '../../../lib/sync/item-key';

const ORDER = '8190000123456789';
const EV = `ev:${ORDER}`;
const MF = `mf:${ORDER}`;
const ticks = (...t: string[]) => ({ p: 'damaged', t });

const entries = <T extends { key: string }>(...list: T[]) => new Map(list.map((entry) => [entry.key, entry]));

describe('merge: the newest change of each item wins', () => {
  it('an item only here goes out; an item only there comes in', () => {
    const mine: SyncEntry = { key: EV, at: 10, by: 'devicea1', value: ticks('a') };
    const theirs: SyncEntry = {
      key: 'set:reminders',
      at: 5,
      by: 'deviceb2',
      value: { leadMinutes: [60], extensionDays: 3 },
    };
    const result = merge(entries<LocalEntry>(mine), entries(theirs));
    expect(result.toRemote).toEqual([mine]);
    expect(result.toLocal).toEqual([theirs]);
    expect(result.wanted).toEqual([mine, theirs]);
  });

  it('changed on both sides: the newer wins, whichever side it is on', () => {
    const older: SyncEntry = { key: EV, at: 100, by: 'devicea1', value: ticks('a') };
    const newer: SyncEntry = { key: EV, at: 200, by: 'deviceb2', value: ticks('a', 'b') };
    expect(merge(entries<LocalEntry>(older), entries(newer))).toEqual({
      toLocal: [newer],
      toRemote: [],
      wanted: [newer],
    });
    expect(merge(entries<LocalEntry>(newer), entries(older))).toEqual({
      toLocal: [],
      toRemote: [newer],
      wanted: [newer],
    });
  });

  it('equal times: the larger device id wins, the same on both devices', () => {
    const a: SyncEntry = { key: EV, at: 100, by: 'devicea1', value: ticks('a') };
    const b: SyncEntry = { key: EV, at: 100, by: 'deviceb2', value: ticks('b') };
    // Device a sees b's change come in; device b keeps its own: both end with b's.
    expect(merge(entries<LocalEntry>(a), entries(b)).toLocal).toEqual([b]);
    expect(merge(entries<LocalEntry>(b), entries(a)).toRemote).toEqual([b]);
  });

  it('the same change on both sides: nothing to do', () => {
    const same: SyncEntry = { key: EV, at: 100, by: 'devicea1', value: ticks('a') };
    expect(merge(entries<LocalEntry>(same), entries({ ...same }))).toEqual({
      toLocal: [],
      toRemote: [],
      wanted: [same],
    });
  });

  it('a newer deletion clears the item here; an older one is overwritten', () => {
    const here: SyncEntry = { key: EV, at: 100, by: 'devicea1', value: ticks('a') };
    const deleted: SyncEntry = { key: EV, at: 150, by: 'deviceb2', deleted: true };
    expect(merge(entries<LocalEntry>(here), entries(deleted)).toLocal).toEqual([deleted]);
    const newerHere = { ...here, at: 200 };
    expect(merge(entries<LocalEntry>(newerHere), entries(deleted)).toRemote).toEqual([newerHere]);
  });

  it('a deletion of something never here is not applied', () => {
    const deleted: SyncEntry = { key: EV, at: 150, by: 'deviceb2', deleted: true };
    expect(merge(new Map(), entries(deleted)).toLocal).toEqual([]);
  });

  it('a held item never goes out, and takes only a newer change', () => {
    const held: LocalEntry = { key: MF, at: 100, by: 'devicea1', held: true };
    const same: SyncEntry = { key: MF, at: 100, by: 'devicea1', value: { o: '2026-10-01' } };
    expect(merge(entries(held), new Map())).toEqual({ toLocal: [], toRemote: [], wanted: [] });
    expect(merge(entries(held), entries(same)).toLocal).toEqual([]);
    const newer = { ...same, at: 300 };
    expect(merge(entries(held), entries(newer)).toLocal).toEqual([newer]);
  });
});

describe('stamps: what changed here since the last pass', () => {
  const value = ticks('a');
  const ledger: Ledger = { [EV]: { h: fingerprint(value), at: 100, by: 'deviceb2' } };

  it('an unchanged value keeps the change it came with', () => {
    const stamped = stampLocal(new Map([[EV, { value, changedAt: 100 }]]), ledger, 'devicea1', 5_000);
    expect(stamped.get(EV)).toEqual({ key: EV, at: 100, by: 'deviceb2', value });
  });

  it('a changed value is a change of this device, at its own time, never older than what it replaces', () => {
    const changed = ticks('a', 'b');
    expect(
      stampLocal(new Map([[EV, { value: changed, changedAt: 4_000 }]]), ledger, 'devicea1', 5_000).get(EV),
    ).toEqual({
      key: EV,
      at: 4_000,
      by: 'devicea1',
      value: changed,
    });
    // A clock behind the other device's still makes a newer change.
    expect(
      stampLocal(new Map([[EV, { value: changed, changedAt: 50 }]]), ledger, 'devicea1', 5_000).get(EV),
    ).toMatchObject({
      at: 101,
    });
    // A setting has no time of its own: now.
    expect(
      stampLocal(new Map([['set:watcherOff', { value: true }]]), {}, 'devicea1', 5_000).get('set:watcherOff'),
    ).toMatchObject({ at: 5_000, by: 'devicea1' });
  });

  it('a checklist gone here is a deletion, once; typed dates gone here are held', () => {
    const gone = stampLocal(new Map(), { ...ledger, [MF]: { h: 'x', at: 100, by: 'deviceb2' } }, 'devicea1', 5_000);
    expect(gone.get(EV)).toEqual({ key: EV, at: 5_000, by: 'devicea1', deleted: true });
    expect(gone.get(MF)).toEqual({ key: MF, at: 100, by: 'deviceb2', held: true });
    // Recorded as gone, the deletion keeps its time on later passes.
    const again = stampLocal(new Map(), { [EV]: { h: ABSENT, at: 5_000, by: 'devicea1' } }, 'devicea1', 9_000);
    expect(again.get(EV)).toEqual({ key: EV, at: 5_000, by: 'devicea1', deleted: true });
  });

  it("the ledger after a pass gives applied items the other device's change, so they do not go back out", () => {
    const theirs: SyncEntry = { key: EV, at: 300, by: 'deviceb2', value: ticks('z') };
    const after = nextLedger(new Map([[EV, { value: ticks('z'), changedAt: 300 }]]), new Map(), [theirs]);
    expect(after[EV]).toEqual({ h: fingerprint(ticks('z')), at: 300, by: 'deviceb2' });
    const next = stampLocal(new Map([[EV, { value: ticks('z'), changedAt: 300 }]]), after, 'devicea1', 9_000);
    expect(merge(next, entries(theirs))).toMatchObject({ toLocal: [], toRemote: [] });
  });
});

describe('wire: what comes from sync storage is checked, never trusted', () => {
  const good = encodeEntry({ key: EV, at: 100, by: 'deviceb2', value: ticks('a') });

  it('a valid item decodes to its entry, and a deletion to a deletion', () => {
    expect(decodeEntry(EV, good)).toEqual({ key: EV, at: 100, by: 'deviceb2', value: ticks('a') });
    expect(decodeEntry(EV, { at: 1, by: 'deviceb2', del: true })).toEqual({
      key: EV,
      at: 1,
      by: 'deviceb2',
      deleted: true,
    });
  });

  it.each([
    ["another extension's key", 'theme', good],
    ['an unknown setting', 'set:somethingElse', { at: 1, by: 'deviceb2', v: true }],
    ['an order id that is not one', 'ev:../../x', good],
    ['not an object', EV, 'hello'],
    ['a negative time', EV, { ...good, at: -1 }],
    ['a device id with odd characters', EV, { ...good, by: '<script>' }],
    ['an unknown field', EV, { ...good, extra: 1 }],
    ['a tick that is not an item id', EV, { ...good, v: { t: ['DROP TABLE'] } }],
    ['an unknown problem', EV, { ...good, v: { p: 'bored', t: [] } }],
    ['a date that does not exist', MF, { at: 1, by: 'deviceb2', v: { o: '2026-02-30' } }],
    ['a deletion with a value', EV, { ...good, del: true }],
    [
      'reminder leads out of range',
      'set:reminders',
      { at: 1, by: 'deviceb2', v: { leadMinutes: [1], extensionDays: 3 } },
    ],
  ])('%s is ignored', (_name, key, raw) => {
    expect(() => decodeEntry(key, raw)).not.toThrow();
    expect(decodeEntry(key, raw)).toBeNull();
  });

  it('decodeAll keeps the valid items and names the rest', () => {
    const { entries: valid, ignored } = decodeAll({ [EV]: good, [MF]: { broken: true }, foreign: 1 });
    expect([...valid.keys()]).toEqual([EV]);
    expect(ignored.sort()).toEqual(['foreign', MF]);
  });

  it('item keys are ours only', () => {
    expect(parseItemKey(`ev:${ORDER}`)).toEqual({ kind: 'evidence', orderId: ORDER });
    expect(parseItemKey('set:reminders')).toEqual({ kind: 'setting', name: 'reminders' });
    expect(parseItemKey(`ev:${ORDER}:x`)).toBeNull();
    expect(parseItemKey('set:toString')).toBeNull();
  });
});
