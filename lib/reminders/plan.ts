import { OPENING_KINDS, type Deadline } from '../model/deadlines';
import type { OrderFacts } from '../model/facts';
import { encodeAlarmName } from './alarm-names';
import type { ReminderSettings } from './settings';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** A reminder shown this long after its time says it is late (alarms normally fire within a minute). */
export const LATE_AFTER_MS = 15 * MINUTE;
/** Chrome allows 500 alarms (reliability doc §1.3); keep room for the tick and watcher alarms. */
export const MAX_REMINDER_ALARMS = 400;

export interface PlanInput {
  deadlines: readonly Deadline[];
  settings: ReminderSettings;
  /** Keys (alarm names) of reminders already shown. */
  sent: ReadonlySet<string>;
  now: number;
  /** Orders whose parcel is still on its way (see parcelStillMoving), for the "ask for an extension" reminder. */
  movingOrderIds?: ReadonlySet<string>;
}

export interface PlannedAlarm {
  name: string;
  when: number;
}

export interface Reminder {
  key: string;
  type: 'deadline' | 'extension';
  deadline: Deadline;
  /** How long before the deadline it was meant to show (for the extension: the extension lead). */
  leadMinutes: number;
  fireAt: number;
  late: boolean;
}

export interface ReminderPlan {
  /** The alarms that should exist, soonest first: the same input always gives the same set. */
  alarms: PlannedAlarm[];
  /** Reminders to show now; record their keys as sent once shown. */
  due: Reminder[];
}

/**
 * The reminder alarms that should exist and the reminders due now. Pure, so the worker can rebuild everything on
 * each start: alarm names are stable, so re-creating them replaces rather than duplicates. A reminder whose time
 * passed unseen (the computer slept, an alarm was cleared) shows once, flagged late; when several leads of one
 * deadline passed unseen, only the latest shows. A deadline that has passed gives nothing.
 */
export function planReminders({ deadlines, settings, sent, now, movingOrderIds }: PlanInput): ReminderPlan {
  const alarms = new Map<string, PlannedAlarm>();
  const due = new Map<string, Reminder>();
  const leads = [...new Set(settings.leadMinutes)].sort((a, b) => b - a);

  for (const deadline of deadlines) {
    if (deadline.due.at <= now) continue;
    const schedule: Array<Omit<Reminder, 'late'>> = [];
    if (!OPENING_KINDS.has(deadline.kind)) {
      for (const leadMinutes of leads) {
        const key = encodeAlarmName({
          type: 'reminder',
          kind: deadline.kind,
          orderId: deadline.orderId,
          ...(deadline.disputeId && { disputeId: deadline.disputeId }),
          leadMinutes,
          dueAt: deadline.due.at,
        });
        schedule.push({ key, type: 'deadline', deadline, leadMinutes, fireAt: deadline.due.at - leadMinutes * MINUTE });
      }
    }
    const moving = deadline.kind === 'protection_end' && !deadline.disputeId && movingOrderIds?.has(deadline.orderId);
    if (moving) {
      const key = encodeAlarmName({ type: 'extension', orderId: deadline.orderId, dueAt: deadline.due.at });
      const fireAt = deadline.due.at - settings.extensionDays * DAY;
      schedule.push({ key, type: 'extension', deadline, leadMinutes: settings.extensionDays * 24 * 60, fireAt });
    }
    addSchedule(schedule, sent, now, alarms, due);
  }
  // Sorted by time, then name: the plan does not depend on the order deadlines were given in.
  const byName = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sortedAlarms = [...alarms.values()].sort((a, b) => a.when - b.when || byName(a.name, b.name));
  const sortedDue = [...due.values()].sort((a, b) => a.fireAt - b.fireAt || byName(a.key, b.key));
  return { alarms: sortedAlarms.slice(0, MAX_REMINDER_ALARMS), due: sortedDue };
}

function addSchedule(
  schedule: Array<Omit<Reminder, 'late'>>,
  sent: ReadonlySet<string>,
  now: number,
  alarms: Map<string, PlannedAlarm>,
  due: Map<string, Reminder>,
): void {
  for (const type of ['deadline', 'extension'] as const) {
    const ofType = schedule.filter((entry) => entry.type === type);
    for (const entry of ofType) if (entry.fireAt > now) alarms.set(entry.key, { name: entry.key, when: entry.fireAt });
    // Of the reminders whose time has come, only the latest counts: an earlier one is stale once a later one is due.
    const latestPassed = ofType.filter((entry) => entry.fireAt <= now).sort((a, b) => b.fireAt - a.fireAt)[0];
    if (latestPassed && !sent.has(latestPassed.key))
      due.set(latestPassed.key, { ...latestPassed, late: now - latestPassed.fireAt > LATE_AFTER_MS });
  }
}

/** Shipped, not delivered, not finished: the parcel is still moving and protection may run out before it arrives. */
export function parcelStillMoving(order: OrderFacts): boolean {
  return order.facts.status === 'shipped' && order.facts.deliveredOn === undefined;
}
