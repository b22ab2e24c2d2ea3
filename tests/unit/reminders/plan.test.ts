import { describe, expect, it } from 'vitest';
import { planReminders, parcelStillMoving, type PlanInput } from '../../../lib/reminders/plan';
import { reconcileAlarms } from '../../../lib/reminders/reconcile';
import { DEFAULT_REMINDER_SETTINGS, reminderSettingsOf } from '../../../lib/reminders/settings';
import { orderFacts } from '../deadlines/support';
import { DAY, deadline, HOUR, NOW } from './support';

const settings = DEFAULT_REMINDER_SETTINGS;
const plan = (input: Partial<PlanInput>) =>
  planReminders({ deadlines: [], settings, sent: new Set(), now: NOW, ...input });

describe('reminder settings', () => {
  it.each<[unknown, number[], number]>([
    [undefined, [4320, 1440, 180], 7],
    [{ leadMinutes: [60, 1440, 60], extensionDays: 5 }, [1440, 60], 5],
    [{ leadMinutes: [], extensionDays: 5 }, [4320, 1440, 180], 7],
    [{ leadMinutes: [1], extensionDays: 5 }, [4320, 1440, 180], 7], // under 5 minutes
    [{ leadMinutes: [60.5], extensionDays: 5 }, [4320, 1440, 180], 7],
    [{ leadMinutes: [60], extensionDays: 5, extra: true }, [4320, 1440, 180], 7],
  ])('%j', (raw, leads, extensionDays) => {
    expect(reminderSettingsOf(raw)).toEqual({ leadMinutes: leads, extensionDays });
  });
});

describe('planning', () => {
  it('plans one alarm per lead for a future deadline, nothing due', () => {
    const result = plan({ deadlines: [deadline('buyer_response', NOW + 5 * DAY)] });
    expect(result.due).toEqual([]);
    expect(result.alarms.map((a) => (a.when - NOW) / HOUR)).toEqual([48, 96, 117]);
    expect(new Set(result.alarms.map((a) => a.name)).size).toBe(3);
  });

  it('is a pure function of its input: rebuilding after a restart gives the same alarms', () => {
    const deadlines = [deadline('buyer_response', NOW + 5 * DAY), deadline('protection_end', NOW + 20 * DAY)];
    const first = plan({ deadlines });
    const again = plan({ deadlines: [...deadlines].reverse() });
    expect(again).toEqual(first);
    // Reconciling against what the first plan created changes nothing.
    const existing = first.alarms.map((a) => ({ name: a.name, scheduledTime: a.when }));
    expect(reconcileAlarms(existing, again.alarms)).toEqual({ create: [], clear: [] });
  });

  it('the same deadline given twice gives one set of alarms', () => {
    const d = deadline('buyer_response', NOW + 5 * DAY);
    expect(plan({ deadlines: [d, { ...d }] }).alarms).toHaveLength(3);
  });

  it('a moved deadline gets new keys, so its reminders show again', () => {
    const before = plan({ deadlines: [deadline('seller_response', NOW + 5 * DAY)] }).alarms.map((a) => a.name);
    const after = plan({ deadlines: [deadline('seller_response', NOW + 6 * DAY)] }).alarms.map((a) => a.name);
    expect(after.some((name) => before.includes(name))).toBe(false);
  });

  it('on time: the reminder is due once, not late, and not again once sent', () => {
    const d = deadline('buyer_response', NOW + 3 * DAY);
    const result = plan({ deadlines: [d] });
    expect(result.due).toEqual([expect.objectContaining({ leadMinutes: 4320, late: false, type: 'deadline' })]);
    expect(plan({ deadlines: [d], sent: new Set([result.due[0]!.key]) }).due).toEqual([]);
  });

  it('after sleep: only the latest missed lead shows, once, late', () => {
    const d = deadline('return_shipping', NOW + 2 * HOUR); // the 3-day, 1-day and 3-hour times all passed
    const result = plan({ deadlines: [d] });
    expect(result.due).toHaveLength(1);
    expect(result.due[0]).toMatchObject({ leadMinutes: 180, late: true });
    expect(result.alarms).toEqual([]);
    // Once it is recorded, the earlier missed leads do not come back.
    expect(plan({ deadlines: [d], sent: new Set([result.due[0]!.key]) }).due).toEqual([]);
  });

  it('a missed earlier lead does not show once a later one was sent', () => {
    const d = deadline('buyer_response', NOW + 20 * HOUR);
    const dayKey = plan({ deadlines: [d] }).due[0]!.key;
    expect(dayKey).toContain(':1440:');
    expect(plan({ deadlines: [d], sent: new Set([dayKey]) }).due).toEqual([]);
  });

  it('a passed deadline gives nothing', () => {
    expect(plan({ deadlines: [deadline('buyer_response', NOW - 1)] })).toEqual({ alarms: [], due: [] });
    expect(plan({ deadlines: [deadline('buyer_response', NOW)] })).toEqual({ alarms: [], due: [] });
  });

  it('openings are not counted down to', () => {
    expect(
      plan({ deadlines: [deadline('escalation_opens', NOW + 5 * DAY), deadline('dispute_opens', NOW + DAY)] }),
    ).toEqual({ alarms: [], due: [] });
  });

  it('keys separate orders, disputes and kinds', () => {
    const result = plan({
      deadlines: [
        deadline('seller_response', NOW + 5 * DAY, { disputeId: '5012345678901201', whose: 'seller' }),
        deadline('seller_response', NOW + 5 * DAY, { disputeId: '5012345678901202', whose: 'seller' }),
        deadline('protection_end', NOW + 5 * DAY),
      ],
    });
    expect(new Set(result.alarms.map((a) => a.name)).size).toBe(9);
  });
});

describe('ask the seller to extend protection', () => {
  const protection = deadline('protection_end', NOW + 10 * DAY);
  const moving = new Set([protection.orderId]);

  it('an alarm 7 days before protection ends while the parcel moves', () => {
    const result = plan({ deadlines: [protection], movingOrderIds: moving });
    const extension = result.alarms.filter((a) => a.name.startsWith('dh:x:'));
    expect(extension).toEqual([{ name: `dh:x:${protection.orderId}:${protection.due.at}`, when: NOW + 3 * DAY }]);
  });

  it('inside the window: due now, once', () => {
    const close = deadline('protection_end', NOW + 5 * DAY);
    const result = plan({ deadlines: [close], movingOrderIds: moving });
    expect(result.due).toEqual([expect.objectContaining({ type: 'extension', late: true })]);
    expect(plan({ deadlines: [close], movingOrderIds: moving, sent: new Set([result.due[0]!.key]) }).due).toEqual([]);
  });

  it('none when the parcel is not moving or the protection has passed', () => {
    expect(plan({ deadlines: [protection] }).alarms.some((a) => a.name.startsWith('dh:x:'))).toBe(false);
    expect(plan({ deadlines: [deadline('protection_end', NOW - 1)], movingOrderIds: moving }).due).toEqual([]);
  });

  it.each([
    [{ status: 'shipped' as const }, true],
    [{ status: 'shipped' as const, deliveredOn: '2025-09-01' }, false],
    [{ status: 'delivered' as const }, false],
    [{ status: 'in_dispute' as const }, false],
    [{}, false],
  ])('parcel still moving: %j → %s', (facts, expected) => {
    expect(parcelStillMoving(orderFacts(facts))).toBe(expected);
  });
});

describe('reconciling with the browser alarms', () => {
  it('creates what is missing or mistimed and clears only our stale reminder alarms', () => {
    const planned = [
      { name: 'dh:r:buyer_response:8190000123456789:-:180:100', when: 50 },
      { name: 'dh:r:buyer_response:8190000123456789:-:1440:100', when: 40 },
    ];
    const existing = [
      { name: 'dh:r:buyer_response:8190000123456789:-:180:100', scheduledTime: 50 },
      { name: 'dh:r:buyer_response:8190000123456789:-:1440:100', scheduledTime: 41 },
      { name: 'dh:r:buyer_response:8190000123456789:-:4320:90', scheduledTime: 10 },
      { name: 'dh:x:8190000123456789:90', scheduledTime: 10 },
      { name: 'dh:tick', scheduledTime: 10 },
      { name: 'dh:w:5012345678901201', scheduledTime: 10 },
      { name: 'someone-else', scheduledTime: 10 },
    ];
    expect(reconcileAlarms(existing, planned)).toEqual({
      create: [planned[1]],
      clear: ['dh:r:buyer_response:8190000123456789:-:4320:90', 'dh:x:8190000123456789:90'],
    });
  });
});
